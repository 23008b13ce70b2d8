/// Demonyms and country names, each mapped to the country name reports use.
///
/// "Swedish RCT" → Sweden; "(Korea)" → South Korea. Extend `Data/Demonyms.tsv` freely.
enum Demonyms {
    /// Word (as written, case-sensitive) → country.
    static let table: [String: String] = VocabularyTable.extraction("Demonyms", columns: 2...2) {
        try $0.termMap()
    }

    private static let context = VocabularyTable.extractionPatterns(
        "DemonymPatterns", roles: ["name_follower", "name_precursor"], single: ["name_follower", "name_precursor"])
    /// Words after a demonym that make it part of a name, not a place ("American Journal …").
    static let nameFollowers = context.single("name_follower")
    /// Words before a demonym that make it part of a name ("University of South Australia").
    static let namePrecursors = context.single("name_precursor")
}
