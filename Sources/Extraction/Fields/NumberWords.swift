/// Reads numbers written as English words ("forty-two", "twelve", "one hundred and five").
public enum NumberWords {
    /// Regex alternation matching a written number of up to "nine hundred ninety-nine thousand…".
    static let pattern: String = {
        let units = (smallNumbers.keys.sorted { $0.count > $1.count }).joined(separator: "|")
        let tens = tensWords.keys.joined(separator: "|")
        let part = "(?:(?:\(tens))(?:[- ](?:\(units)))?|\(units))"
        let hundred = "(?:\(part)[- ]hundred(?:(?: and)?[- ]\(part))?|\(part))"
        return "(?:\(hundred)(?:[- ]thousand(?:(?: and)?[- ]\(hundred))?)?)"
    }()

    /// The value of a written number, or of a digit string ("1,024"); `nil` otherwise.
    /// - Parameter text: e.g. "forty-five", "Twelve", "one hundred and five", "1,024".
    public static func value(of text: String) -> Int? {
        if let number = text.integerValue { return number }
        let words = text.lowercased()
            .replacingOccurrences(of: "-", with: " ")
            .split(separator: " ")
            .filter { $0 != "and" }
        guard !words.isEmpty else { return nil }
        var total = 0
        var current = 0
        for word in words {
            let w = String(word)
            if let small = smallNumbers[w] {
                current += small
            } else if let ten = tensWords[w] {
                current += ten
            } else if w == "hundred" {
                current = max(current, 1) * 100
            } else if w == "thousand" {
                total += max(current, 1) * 1000
                current = 0
            } else {
                return nil
            }
        }
        return total + current
    }

    static let smallNumbers: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19,
    ]

    static let tensWords: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90,
    ]
}
