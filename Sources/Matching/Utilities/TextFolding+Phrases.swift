import Extraction

/// Matching's phrase comparisons on top of ``TextFolding``: filler words dropped, word sets
/// compared, journal names and acronyms told apart.
extension TextFolding {
    /// The words of a short phrase (a condition, topic or subject), singular, without filler words.
    public static func phraseWords(_ text: String) -> [String] {
        words(text).map(singular).filter { !FillerWords.phrase.contains($0) }
    }

    /// The words of a journal name without filler words, not singularised (acronyms such as
    /// "PNAS" must keep their last letter).
    public static func venueWords(_ text: String) -> [String] {
        words(text).filter { !FillerWords.phrase.contains($0) }
    }

    /// Whether two phrases name the same thing: equal word sets, or one's words all inside the
    /// other's ("back pain" / "low back pain"); empty phrases never agree.
    public static func phrasesAgree(_ lhs: [String], _ rhs: [String]) -> Bool {
        if lhs.isEmpty || rhs.isEmpty { return false }
        let left = Set(lhs)
        let right = Set(rhs)
        return left.isSubset(of: right) || right.isSubset(of: left)
    }
}

extension TextFolding {
    /// Whether two venue names name one journal: equal words, one inside the other
    /// ("Cochrane" / "Cochrane Library") or one the other's acronym
    /// ("JCI" / "Journal of Clinical Investigation").
    public static func sameVenue(_ a: String, _ b: String) -> Bool {
        let left = venueWords(a)
        let right = venueWords(b)
        if phrasesAgree(left, right) { return true }
        func acronym(_ words: [String]) -> String { String(words.compactMap(\.first)) }
        if left.count == 1, right.count > 1, left[0] == acronym(right) { return true }
        if right.count == 1, left.count > 1, right[0] == acronym(left) { return true }
        return false
    }
}
