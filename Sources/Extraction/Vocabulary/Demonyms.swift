/// Demonyms and country names, each mapped to the country name reports use.
///
/// "Swedish RCT" → Sweden; "(Korea)" → South Korea. Extend freely.
enum Demonyms {
    /// Word (as written, case-sensitive) → country.
    static let table: [String: String] = [
        "Swedish": "Sweden", "Sweden": "Sweden", "German": "Germany", "Germany": "Germany",
        "Dutch": "Netherlands", "Netherlands": "Netherlands", "Korean": "South Korea",
        "Korea": "South Korea", "South Korea": "South Korea", "Australian": "Australia",
        "Australia": "Australia", "Brazilian": "Brazil", "Brazil": "Brazil", "Iranian": "Iran",
        "Iran": "Iran", "Italian": "Italy", "Italy": "Italy", "Danish": "Denmark",
        "Denmark": "Denmark", "Thai": "Thailand", "Thailand": "Thailand", "Armenian": "Armenia",
        "Armenia": "Armenia", "Swiss": "Switzerland", "Switzerland": "Switzerland",
        "American": "USA", "USA": "USA", "US": "USA", "United States": "USA", "U.S.": "USA",
        "British": "UK", "UK": "UK", "United Kingdom": "UK", "English": "UK", "Scottish": "UK",
        "Canadian": "Canada", "Canada": "Canada", "French": "France", "France": "France",
        "Spanish": "Spain", "Spain": "Spain", "Japanese": "Japan", "Japan": "Japan",
        "Chinese": "China", "China": "China", "Indian": "India", "India": "India",
        "Norwegian": "Norway", "Norway": "Norway", "Finnish": "Finland", "Finland": "Finland",
        "Austrian": "Austria", "Austria": "Austria", "Belgian": "Belgium", "Belgium": "Belgium",
        "Polish": "Poland", "Poland": "Poland", "Greek": "Greece", "Greece": "Greece",
        "Turkish": "Turkey", "Turkey": "Turkey", "Israeli": "Israel", "Israel": "Israel",
        "Mexican": "Mexico", "Mexico": "Mexico", "Irish": "Ireland", "Ireland": "Ireland",
        "Portuguese": "Portugal", "Portugal": "Portugal", "Taiwanese": "Taiwan", "Taiwan": "Taiwan",
        "Egyptian": "Egypt", "Egypt": "Egypt", "Pakistani": "Pakistan", "Pakistan": "Pakistan",
        "South African": "South Africa", "South Africa": "South Africa",
        "New Zealand": "New Zealand", "Czech": "Czech Republic", "Hungarian": "Hungary",
        "Hungary": "Hungary", "Saudi": "Saudi Arabia", "Nigerian": "Nigeria", "Nigeria": "Nigeria",
    ]

    /// Words after a demonym that make it part of a name, not a place ("American Journal …").
    static let nameFollowers = #"^\s+(?:Journal|Society|Association|College|Academy|Heart|Medical|Psychological|Psychiatric|Institute|Federation|Board|Council)\b"#
    /// Words before a demonym that make it part of a name ("University of South Australia").
    static let namePrecursors = #"(?:University|Institute|College|Society|Journal|Academy|School|Hospital) of (?:the )?(?:South |North |Western |Eastern )?$"#
}
