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
    /// ("Cochrane" / "Cochrane Library"), one the other's acronym
    /// ("JCI" / "Journal of Clinical Investigation") or one the other abbreviated word by
    /// word ("J Clin Invest", ``venueAbbreviates(_:_:)``).
    public static func sameVenue(_ a: String, _ b: String) -> Bool {
        let left = venueWords(a)
        let right = venueWords(b)
        if phrasesAgree(left, right) { return true }
        func acronym(_ words: [String]) -> String { String(words.compactMap(\.first)) }
        if left.count == 1, right.count > 1, left[0] == acronym(right) { return true }
        if right.count == 1, left.count > 1, right[0] == acronym(left) { return true }
        return venueAbbreviates(left, right) || venueAbbreviates(right, left)
    }

    /// Whether `short` is `long` abbreviated word by word, as journal titles are cited
    /// ("J Clin Sleep Res" for "Journal of Clinical Sleep Research"): both as
    /// ``venueWords(_:)`` (filler words such as "of" and "and" dropped, hyphens splitting
    /// words), the same number of words, each word of `short` the start of the word of `long`
    /// in the same place, and at least one of them shorter (else the names are equal).
    public static func venueAbbreviates(_ short: [String], _ long: [String]) -> Bool {
        guard short.count == long.count, short.count > 1 else { return false }
        var shortened = false
        for (abbreviation, word) in zip(short, long) {
            guard word.hasPrefix(abbreviation) else { return false }
            if abbreviation.count < word.count { shortened = true }
        }
        return shortened
    }
}
