import Foundation

extension String {
    /// Lowercased, accents removed: for comparing names ("Schäferling" ~ "schaferling").
    var folded: String { TextFolding.fold(self) }

    /// Runs of whitespace collapsed to one space, ends trimmed.
    var collapsingWhitespace: String {
        split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Trimmed of whitespace and of the punctuation that frames a phrase (",;:.()–—-").
    var trimmingPhrasePunctuation: String {
        trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: ",;:.()[]–—-|\"'“”‘’")))
    }

    /// Integer value of digits with optional thousands separators ("1,024" → 1024).
    var integerValue: Int? {
        let digits = filter { $0 != "," && $0 != " " && $0 != "\u{202F}" && $0 != "\u{2009}" && $0 != "\u{00A0}" }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(digits)
    }
}

extension StringProtocol {
    /// The text without the leading and trailing characters that `drop` accepts, in pure Swift
    /// (Foundation's `trimmingCharacters(in:)` bridges through `NSString`, which costs far
    /// more on the extractor's per-word paths).
    func trimming(while drop: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !drop($0) }), let last = lastIndex(where: { !drop($0) }) else { return "" }
        return String(self[first...last])
    }
}

extension Character {
    /// `0`–`9` only (not other Unicode digits).
    var isASCIIDigit: Bool { isASCII && isNumber }
}
