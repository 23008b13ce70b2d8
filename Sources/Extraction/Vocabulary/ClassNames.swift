/// The names human reports give the design and verdict classes ("pilot RCT", "not
/// established"), one table per vocabulary in `Data/DesignNames.tsv` and
/// `Data/VerdictNames.tsv`. The JSON contract keeps the classes as spelled in DESIGN.md.
enum ClassNames {
    /// Design class → display name.
    static let design: [DesignClass: String] = table("DesignNames", DesignClass.self)
    /// Verdict class → display name.
    static let verdict: [VerdictClass: String] = table("VerdictNames", VerdictClass.self)

    /// A `class<TAB>name` table naming every case of `Class` once.
    private static func table<Class: RawRepresentable & CaseIterable & Hashable>(_ name: String, _: Class.Type)
        -> [Class: String] where Class.RawValue == String
    {
        VocabularyTable.extraction(name, columns: 2...2) { table in
            var names: [Class: String] = [:]
            for (raw, shown) in try table.termMap() {
                guard let value = Class(rawValue: raw) else {
                    throw ExtractionError.badVocabulary(file: table.file, line: 0, problem: "unknown class \"\(raw)\"",
                                                        expected: "a class of DESIGN.md \"Vocabularies\"")
                }
                names[value] = shown
            }
            if let missing = Class.allCases.first(where: { names[$0] == nil }) {
                throw ExtractionError.badVocabulary(file: table.file, line: 0, problem: "no name for \"\(missing.rawValue)\"",
                                                    expected: "one row per class")
            }
            return names
        }
    }
}
