/// Reads the country a study was run in from demonyms and country names
/// ("Swedish RCT" → Sweden, "Srisawat et al. (Thailand)" → Thailand).
public struct CountryExtractor: Sendable {
    private static let names = Demonyms.table.keys.sorted { $0.count > $1.count }
    private static let pattern = TextPattern(
        #"(?<![\p{L}.])("# + names.map { TextPattern.escape($0) }.joined(separator: "|") + #")(?![\p{L}])"#,
        caseSensitive: true)
    private static let follower = TextPattern(Demonyms.nameFollowers, caseSensitive: true)
    private static let precursor = TextPattern(Demonyms.namePrecursors, caseSensitive: true)

    /// Creates an extractor.
    public init() {}

    /// The first country named in `text` outside institution and journal names, or `nil`.
    public func country(in text: String) -> String? {
        for match in Self.pattern.matches(in: text) {
            guard let word = match.group(1), let country = Demonyms.table[word] else { continue }
            if Self.follower.isFound(in: String(text[match.range.upperBound...])) { continue }
            if Self.precursor.isFound(in: String(text[..<match.range.lowerBound])) { continue }
            return country
        }
        return nil
    }
}
