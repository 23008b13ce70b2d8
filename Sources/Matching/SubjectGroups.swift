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
        var position: [String: Int] = [:]
        var documentsOf: [[Int]] = []  // by distinct subject: the documents that have it
        for (document, subject) in subjects.enumerated() {
            guard let subject else { continue }
            if let known = position[subject] {
                documentsOf[known].append(document)
            } else {
                position[subject] = distinct.count
                distinct.append(subject)
                documentsOf.append([document])
            }
        }
        guard distinct.count > 1 else { return subjects }
        var parent = Array(distinct.indices)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { x = parent[x] }
            return x
        }
        let words = distinct.map { $0.split(separator: " ").map(String.init) }
        let index = PhraseIndex(words)
        var namedOnPage: [Int: Set<Int>] = [:]
        func named(_ subject: Int, onPagesOf other: Int) -> Bool {
            documentsOf[other].contains { document in
                if let known = namedOnPage[document] { return known.contains(subject) }
                let found = index.named(in: claimTexts(document))
                namedOnPage[document] = found
                return found.contains(subject)
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
            subject.flatMap { position[$0] }.map { distinct[root($0)] }
        }
    }

    /// The subjects' phrases by first word, to find every phrase a page names in one pass over
    /// its words (comparing each pair of subjects against each page's texts is quadratic in the
    /// number of subjects).
    struct PhraseIndex {
        let phrases: [[String]]
        private let startingWith: [String: [Int]]

        init(_ phrases: [[String]]) {
            self.phrases = phrases
            var startingWith: [String: [Int]] = [:]
            for (index, phrase) in phrases.enumerated() where !phrase.isEmpty {
                startingWith[phrase[0], default: []].append(index)
            }
            self.startingWith = startingWith
        }

        /// The phrases (by index) that enough of a page's claim texts name, each text counting
        /// once per phrase: at least ``minimumMentions`` texts and ``mentionShare`` of them.
        func named(in texts: [[String]]) -> Set<Int> {
            var counts: [Int: Int] = [:]
            for words in texts {
                var found: Set<Int> = []
                for start in words.indices {
                    for phrase in startingWith[words[start]] ?? [] where !found.contains(phrase) {
                        let candidate = phrases[phrase]
                        if start + candidate.count <= words.count
                            && words[start..<(start + candidate.count)].elementsEqual(candidate)
                        {
                            found.insert(phrase)
                        }
                    }
                }
                for phrase in found { counts[phrase, default: 0] += 1 }
            }
            return Set(counts.compactMap { phrase, count in
                count >= minimumMentions && Double(count) >= mentionShare * Double(texts.count) ? phrase : nil
            })
        }
    }
}
