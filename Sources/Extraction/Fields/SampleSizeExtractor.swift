/// Reads a study's total sample size and keeps the page's words.
///
/// Typed so that what is not a total is not taken for one: an arm ("12 in the placebo
/// group"), a completer count next to a larger enrolment ("84 of 105 completed" → 105), a
/// percentage, a dose, a p-value or a year. Words that deny a number ("Variable", "Large",
/// "Recruiting", "Multiple studies") give `n: nil` with the text kept.
public struct SampleSizeExtractor: Sendable {
    /// A count: digits grouped by commas or by spaces ("14 641", the SI way), plain digits,
    /// or words.
    private static let number = #"(\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \x{202F}\x{2009}\x{00A0}]\d{3})+(?![\d,])|\d+|"# + NumberWords.pattern + ")"
    private static let nouns = ParticipantNouns.nouns.sorted { $0.count > $1.count }
        .joined(separator: "|")

    /// "n = 42", "total n = 42", "N=1,024", "(n = 44)".
    private static let explicit = TextPattern(
        #"\b(?:(?:total\s+|overall\s+)?n|sample size|sample|participants|subjects|patients|enrolled|enrollment|enrolment)\s*[=:]\s*(?:about\s+|approximately\s+|~\s*)?(\d{1,3}(?:,\d{3})+|\d+)(?!\d|,\d|\s*(?:%|mg|g/|ml|per (?:group|arm)|in each))"#)
    /// "84 of 105 completed": the second number is the enrolment.
    private static let ofTotal = TextPattern(
        #"\b(\d{1,3}(?:,\d{3})*|\d+) (?:of|out of) (?:the )?(\d{1,3}(?:,\d{3})*|\d+) (?:"# + nouns + #"|completed|finished|enrolled|randomi[sz]ed)"#)
    /// "82 participants", "about 50 women", "sixty-two older gardeners".
    private static let counted = TextPattern(
        #"(?<![\p{L}\d.,:/-])(about |around |approximately |nearly |almost |roughly |more than |over |some |~)?"# + number
            + #"(?:\s*(?:–|-|to)\s*(\d+))?\s+"# + ParticipantNouns.qualifier + "(" + nouns + #")\b"#)
    /// "12 trained cyclists and nine controls": two compared groups add up.
    private static let comparedGroups = TextPattern(
        #"(?<![\p{L}\d.,:/-])"# + number + #"\s+"# + ParticipantNouns.qualifier + "(?:" + nouns + #")\s+(?:with|and|versus|vs\.?|against)\s+"#
            + number + #"\s+(?:matched\s+|healthy\s+|untrained\s+)?controls\b"#)
    /// "30 adults took the tea, while 28 drank a placebo": an arm and its control arm add up.
    private static let treatedAndControl = TextPattern(
        #"(?<![\p{L}\d.,:/-])"# + number + #"\s+(?:of them\s+|"# + ParticipantNouns.qualifier + "(?:" + nouns + #")\s+)?(?:[^.;]|\.\d){0,100}?,?\s+(?:while |whereas |and |with |against )?"#
            + number + #"\s+(?:"# + ParticipantNouns.qualifier + "(?:" + nouns + #")\s+)?(?:[\p{L}'’-]+\s+){0,2}(?:an? |the )?(?:"#
            + ParticipantNouns.controlArms.joined(separator: "|") + #")\b"#)
    /// "one in 400 toddlers", "3 out of 100 women": a rate, not a count of participants.
    private static let rateLeadIn = TextPattern(#"\b(?:one|two|three|four|five|\d+(?:\.\d+)?)\s+(?:in|out of)\s+(?:every\s+)?$"#)
    private static let subset = TextPattern(
        #"^\s*(?:[A-Za-z'-]+ ){0,2}(?:"# + ParticipantNouns.subsetVerbs.joined(separator: "|") + ")")
    private static let studyCount = TextPattern(#"^\s*(?:randomi[sz]ed |controlled |clinical |small |published )*(?:trials|studies|rcts)\b"#)
    /// Cells and phrases that say the size is not a number.
    private static let denial = TextPattern(
        #"^(?:variable|varies|varied|large|small|recruiting|ongoing|multiple(?: studies| trials)?|several|many|numerous|not (?:reported|stated|given)|unknown|unclear|pending|n/?a)\b"#)

    private static let leading = TextPattern(#"^(?:about |approximately |~)?"# + number + #"(?:\s|$)"#)
    private static let leadingRange = TextPattern(#"^\d+\s*[-–]\s*\d+"#)

    /// Creates an extractor.
    public init() {}

    /// The total sample size stated in a sentence or phrase, or `nil` when it states none.
    /// - Parameter text: Page text, e.g. "Two small 2014 pilots (Okafor et al., combined n = 58)".
    /// - Returns: `n` with the words it was read from.
    public func sampleSize(in text: String) -> Classified<Int>? {
        let explicit = Self.explicit.matches(in: text)
        // Two "(n = …)" in one sentence size its groups; a stated total wins over them.
        if explicit.count > 1, let total = counted(in: text),
           let largest = explicit.compactMap({ $0.group(1)?.integerValue }).max(), (total.value ?? 0) > largest {
            return total
        }
        if let match = explicit.first, let n = match.group(1)?.integerValue {
            return Classified(n, text: match.text.trimmingPhrasePunctuation)
        }
        if let match = Self.ofTotal.firstMatch(in: text), let n = match.group(2)?.integerValue {
            return Classified(n, text: match.text)
        }
        if let match = Self.comparedGroups.firstMatch(in: text),
           let a = match.group(1).flatMap(NumberWords.value(of:)),
           let b = match.group(2).flatMap(NumberWords.value(of:)) {
            return Classified(a + b, text: match.text)
        }
        if let match = Self.treatedAndControl.firstMatch(in: text),
           let a = match.group(1).flatMap(NumberWords.value(of:)),
           let b = match.group(2).flatMap(NumberWords.value(of:)) {
            return Classified(a + b, text: match.text)
        }
        return counted(in: text)
    }

    /// The first count with a participant noun that is not a subgroup ("82 adults").
    private func counted(in text: String) -> Classified<Int>? {
        for match in Self.counted.matches(in: text) {
            guard let numberText = match.group(2), let n = NumberWords.value(of: numberText) else { continue }
            if isSubgroup(after: match, in: text) { continue }
            if Self.rateLeadIn.isFound(in: String(text[..<match.range.lowerBound].suffix(30))) { continue }
            if match.group(3) != nil {
                // A range ("120-150 adults") states no single total.
                return Classified(nil, text: match.text)
            }
            if YearExtractor().year(in: numberText) == n, match.group(1) == nil, numberText.count == 4,
               !numberText.contains(",") {
                continue
            }
            return Classified(n, text: match.text.trimmingPhrasePunctuation)
        }
        return nil
    }

    /// The sample size in a table's N / Participants cell ("82", "N = 1,009", "45 vegetarians",
    /// "Variable" → nil with text). Placeholders ("–", "Not reported") give `nil`.
    public func sampleSize(ofCell cell: String) -> Classified<Int>? {
        let text = cell.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        if Self.denial.isFound(in: text) { return Classified(nil, text: text) }
        guard !CellValues.isPlaceholder(text) else { return nil }
        if let n = text.integerValue { return Classified(n, text: text) }
        if let found = sampleSize(in: text), found.value != nil { return Classified(found.value, text: text) }
        if let match = Self.leading.firstMatch(in: text), let value = match.group(1).flatMap(NumberWords.value(of:)),
           !Self.studyCount.isFound(in: String(text[match.range.upperBound...])) {
            if Self.leadingRange.isFound(in: text) { return Classified(nil, text: text) }
            return Classified(value, text: text)
        }
        return Classified(nil, text: text)
    }

    private func isSubgroup(after match: TextMatch, in text: String) -> Bool {
        let rest = String(text[match.range.upperBound...])
        return Self.subset.isFound(in: rest) && Self.counted.matches(in: text).count > 1
    }
}
