import Documents

extension SubjectDetector {
    /// The names a page keeps using for what it discusses: its candidate phrases (runs of
    /// content words, as for the subject, up to three words, mapped through
    /// `Vocabulary/Data/SubjectWords.tsv`, `SubjectSynonyms.tsv`) that recur at least ``minimumTermCount`` times,
    /// most frequent first.
    ///
    /// A page about "fish oil" that keeps saying "omega-3" lists both, so it can be judged
    /// to share its subject with a page titled "Omega-3" (see ``sameSubject(_:_:_:_:)``).
    /// - Parameter document: A parsed page.
    /// - Returns: At most ``maximumTerms`` normalised phrases.
    public func subjectTerms(of document: Document) -> [String] {
        subjectTerms(blockWords: Self.blockWords(of: document))
    }

    func subjectTerms(blockWords: [[String]]) -> [String] {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for words in blockWords {
            for run in Self.runs(in: words) {
                for length in 1...min(3, run.count) {
                    for start in 0...(run.count - length) {
                        let phrase = Self.canonical(Array(run[start..<(start + length)]))
                        if counts[phrase] == nil { order.append(phrase) }
                        counts[phrase, default: 0] += 1
                    }
                }
            }
        }
        let frequent = order.enumerated().compactMap { index, phrase -> (String, Int, Int)? in
            let count = counts[phrase] ?? 0
            return count >= Self.minimumTermCount ? (phrase, count, index) : nil
        }
        return frequent.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.2 < $1.2 }
            .prefix(Self.maximumTerms).map(\.0)
    }

    /// How often a phrase must recur on a page to be one of its subject terms.
    public static let minimumTermCount = 3
    /// How many of a page's most frequent phrases are its subject terms.
    public static let maximumTerms = 8

    /// Whether two pages are about the same intervention: their subjects agree (equal, or
    /// one's words inside the other's: "magnesium" / "magnesium glycinate"), or one page's
    /// subject is among the other's subject terms ("fish oil" page that keeps saying
    /// "omega 3").
    ///
    /// - Parameters:
    ///   - lhs: One page's subject (``subject(of:)``).
    ///   - lhsTerms: That page's ``subjectTerms(of:)``; `[]` when unknown.
    ///   - rhs: The other page's subject.
    ///   - rhsTerms: The other page's subject terms.
    /// - Returns: `true` when ratings on the two pages may be compared.
    public static func sameSubject(_ lhs: String, _ lhsTerms: [String], _ rhs: String, _ rhsTerms: [String]) -> Bool {
        let left = Set(words(ConditionNormalizer.prepare(lhs)))
        let right = Set(words(ConditionNormalizer.prepare(rhs)))
        guard !left.isEmpty, !right.isEmpty else { return false }
        if left.isSubset(of: right) || right.isSubset(of: left) { return true }
        return rhsTerms.contains(lhs) || lhsTerms.contains(rhs)
    }
}
