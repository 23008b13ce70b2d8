import Foundation

/// Publication month, when a claim's text names it with the claim's year ("published in
/// September 2019", "Dec. 2012", "March 3, 2015"); not a field of the JSON contract, read
/// from the claim's own words for matching.
///
/// Levels: equal; different (e-publication and print months differ, so weakly).
public enum MonthField {
    /// A month's name or its abbreviation, as a regular-expression alternation (also used by
    /// ``YearExtractor`` to tell a page's dateline from a study year).
    static let namePattern =
        "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?"

    /// A month name, an optional day, then a year (compiled once: this runs on every claim).
    private static let monthYear = TextPattern(#"\b("# + namePattern + #")\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d\d)\b"#)

    private static let names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// The month (1…12) the claim's label or quotes name just before its year, `nil` when none does.
    public static func value(of claim: StudyClaim) -> Int? {
        guard let year = claim.year else { return nil }
        let digits = String(year)
        for text in [claim.label] + claim.mentions.map(\.quote) {
            for window in windows(before: Array(digits.utf8), in: text) {
                for match in monthYear.matches(in: window) where match.group(2) == digits {
                    if let name = match.group(1), let index = names.firstIndex(of: String(name.lowercased().prefix(3))) {
                        return index + 1
                    }
                }
            }
        }
        return nil
    }

    /// The longest a month, day and their spacing can run before a year ("September 30th, ").
    private static let windowLength = 24

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    /// The stretches of `text` that end at an occurrence of `year` and reach back far enough for
    /// a month and day: the pattern runs on these few bytes, not on the whole quote (this runs
    /// on every claim of a matching run).
    private static func windows(before year: [UInt8], in text: String) -> [String] {
        let bytes = Array(text.utf8)
        guard bytes.count >= year.count else { return [] }
        var found: [String] = []
        for end in year.count...bytes.count where bytes[end - year.count] == year[0]
            && bytes[(end - year.count)..<end].elementsEqual(year)
        {
            var start = max(0, end - year.count - windowLength)
            // Back to the start of a word and of a character, so the window cuts neither.
            while start > 0 && (bytes[start] & 0xC0 == 0x80 || Self.isLetter(bytes[start - 1])) { start -= 1 }
            let stop = min(bytes.count, end + 1)  // one more byte, so a longer number is not a year
            found.append(String(decoding: bytes[start..<stop], as: UTF8.self))
        }
        return found
    }

    /// Equal or different.
    public static func agreement(_ a: Int, _ b: Int) -> FieldAgreement { a == b ? .equal : .different }

    /// "Sep" for 9.
    public static func display(_ month: Int) -> String {
        (1...12).contains(month) ? names[month - 1].prefix(1).uppercased() + names[month - 1].dropFirst() : "?"
    }
}
