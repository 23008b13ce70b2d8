import Extraction

/// Which pages are about one intervention, for matching, without requiring their detected
/// subject strings to be equal.
///
/// Pages on one intervention often come out with different subject strings ("fish oil" on
/// one page, "omega 3" on another, "magnesium" and "magnesium glycinate"). Two subjects are
/// compatible when one's words are all inside the other's, or when a page about one keeps
/// naming the other: its words, in order, appear in at least ``minimumMentions`` and at least
/// ``mentionShare`` of that page's claim texts. Compatible subjects form one group (their
/// transitive closure); blocking, rarity weights and the subject weight then work on groups.
enum SubjectGroups {
    /// The fewest claims of a page that must name another subject for the two to be compatible.
    static let minimumMentions = 2
    /// The least share of a page's claims that must name another subject.
    static let mentionShare = 0.25

    /// The group of each document: the representative subject of its group, `nil` for a page
    /// of unknown subject.
    /// - Parameters:
    ///   - subjects: Each document's subject (phrase words joined by spaces), by document index.
    ///   - claimTexts: For each document, a closure giving its claims' texts as phrase words
    ///     (called only when two different subjects must be compared).
    static func representatives(subjects: [String?], claimTexts: (Int) -> [[String]]) -> [String?] {
        var distinct: [String] = []
        for subject in subjects.compactMap({ $0 }) where !distinct.contains(subject) {
            distinct.append(subject)
        }
        guard distinct.count > 1 else { return subjects }
        var parent = Array(distinct.indices)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { x = parent[x] }
            return x
        }
        let words = distinct.map { $0.split(separator: " ").map(String.init) }
        var texts: [Int: [[String]]] = [:]
        func documentTexts(_ document: Int) -> [[String]] {
            if let known = texts[document] { return known }
            let found = claimTexts(document)
            texts[document] = found
            return found
        }
        func named(_ subject: Int, onPagesOf other: Int) -> Bool {
            subjects.indices.contains { document in
                subjects[document] == distinct[other]
                    && names(words[subject], in: documentTexts(document))
            }
        }
        for a in distinct.indices {
            for b in distinct.indices where b > a && root(a) != root(b) {
                if TextFolding.phrasesAgree(words[a], words[b])
                    || named(a, onPagesOf: b) || named(b, onPagesOf: a)
                {
                    parent[root(b)] = root(a)
                }
            }
        }
        return subjects.map { subject in
            subject.flatMap { distinct.firstIndex(of: $0) }.map { distinct[root($0)] }
        }
    }

    /// Whether enough of a page's claim texts name `phrase` (its words consecutively).
    static func names(_ phrase: [String], in texts: [[String]]) -> Bool {
        guard !phrase.isEmpty, !texts.isEmpty else { return false }
        let count = texts.reduce(0) { $0 + (contains(phrase, in: $1) ? 1 : 0) }
        return count >= minimumMentions && Double(count) >= mentionShare * Double(texts.count)
    }

    private static func contains(_ phrase: [String], in words: [String]) -> Bool {
        guard words.count >= phrase.count else { return false }
        for start in 0...(words.count - phrase.count)
        where words[start] == phrase[0] && Array(words[start..<(start + phrase.count)]) == phrase {
            return true
        }
        return false
    }
}
