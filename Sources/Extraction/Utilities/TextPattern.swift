import Foundation

/// A compiled regular expression over `String`s, matching case-insensitively by default.
///
/// `NSRegularExpression` is immutable after creation and documented as safe to share
/// between threads, which is why this wrapper may be `@unchecked Sendable`.
struct TextPattern: @unchecked Sendable {
    private let regex: NSRegularExpression?

    /// Compiles `pattern`; a pattern that does not compile matches nothing (patterns are
    /// constants of this module, covered by tests, never page data).
    init(_ pattern: String, caseSensitive: Bool = false) {
        var options: NSRegularExpression.Options = [.useUnicodeWordBoundaries]
        if !caseSensitive { options.insert(.caseInsensitive) }
        regex = try? NSRegularExpression(pattern: pattern, options: options)
    }

    /// Every non-overlapping match in `text`, in order.
    func matches(in text: String) -> [TextMatch] {
        guard let regex else { return [] }
        let whole = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: whole).compactMap { TextMatch($0, in: text) }
    }

    /// The first match in `text`.
    func firstMatch(in text: String) -> TextMatch? {
        guard let regex else { return nil }
        let whole = NSRange(text.startIndex..., in: text)
        return regex.firstMatch(in: text, range: whole).flatMap { TextMatch($0, in: text) }
    }

    /// Whether `text` contains a match.
    func isFound(in text: String) -> Bool { firstMatch(in: text) != nil }

    /// `text` with `\ . * + ? ( ) [ ] { } ^ $ |` escaped, for literal vocabulary words.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\.*+?()[]{}^$|".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// `text` with every match replaced by `template` (`$1` refers to groups).
    func replacing(in text: String, with template: String) -> String {
        guard let regex else { return text }
        let whole = NSRange(text.startIndex..., in: text)
        return regex.stringByReplacingMatches(in: text, range: whole, withTemplate: template)
    }
}

/// One match of a ``TextPattern``: its range and its capture groups.
struct TextMatch {
    /// The whole match.
    let range: Range<String.Index>
    /// Capture group ranges, index 0 is group 1; `nil` when a group did not take part.
    let groups: [Range<String.Index>?]
    /// The matched text.
    let text: String
    private let groupTexts: [String?]

    init?(_ result: NSTextCheckingResult, in source: String) {
        guard let whole = Range(result.range, in: source) else { return nil }
        range = whole
        text = String(source[whole])
        var ranges: [Range<String.Index>?] = []
        var texts: [String?] = []
        if result.numberOfRanges > 1 {
            for index in 1..<result.numberOfRanges {
                let r = Range(result.range(at: index), in: source)
                ranges.append(r)
                texts.append(r.map { String(source[$0]) })
            }
        }
        groups = ranges
        groupTexts = texts
    }

    /// The text of capture group `number` (1-based), when it took part.
    func group(_ number: Int) -> String? {
        guard number >= 1, number <= groupTexts.count else { return nil }
        return groupTexts[number - 1]
    }
}
