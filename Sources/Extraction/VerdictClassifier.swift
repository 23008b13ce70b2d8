import Foundation

/// Reads how a piece of page text characterises the evidence ("Well-supported",
/// "pilot… larger trials were needed", "no better than simply resting").
///
/// Phrases, star ratings and check marks come from `Vocabulary/VerdictPhrases.swift`. The
/// heaviest match wins (ties: the earliest, then the longest); a positive phrase with a
/// negator just before it ("not well-supported") counts as `not_established`.
public struct VerdictClassifier: Sendable {
    /// Creates a classifier over the built-in phrase table.
    public init() {}

    /// Classifies a text.
    ///
    /// - Parameter text: A table cell, list item, sentence or heading.
    /// - Returns: The class plus the exact words that justify it (as the page wrote them),
    ///   or `nil` when the text says nothing about the strength of evidence.
    public func classify(_ text: String) -> Classified<VerdictClass>? {
        guard let match = bestMatch(in: text) else { return nil }
        return Classified(match.verdict, text: match.text)
    }

    /// One reading of a verdict in a text, with how decisive it is.
    struct Match: Hashable, Sendable {
        let verdict: VerdictClass
        /// The page's words that carry the verdict.
        let text: String
        /// Phrase weight plus any leading bonus (see ``VerdictPhrases``).
        let weight: Int
        /// Index of the first word of the match (stars and marks: their word position).
        let position: Int
        /// Number of words matched.
        let length: Int
    }

    /// The heaviest verdict reading of a text, or `nil`.
    func bestMatch(in text: String) -> Match? {
        let tokens = Self.tokens(of: text)
        var best: Match?
        func consider(_ candidate: Match) {
            guard let current = best else { best = candidate; return }
            if candidate.weight > current.weight
                || (candidate.weight == current.weight && candidate.position < current.position)
                || (candidate.weight == current.weight && candidate.position == current.position
                    && candidate.length > current.length) {
                best = candidate
            }
        }
        for match in phraseMatches(tokens, in: text) { consider(match) }
        for match in symbolMatches(in: text, tokens: tokens) { consider(match) }
        return best
    }

    private struct Token {
        let word: String
        let range: Range<String.Index>
    }

    private static func tokens(of text: String) -> [Token] {
        var tokens: [Token] = []
        var start: String.Index?
        var index = text.startIndex
        func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "'" || c == "’" }
        while index < text.endIndex {
            let c = text[index]
            if isWordCharacter(c) {
                if start == nil { start = index }
            } else if let s = start {
                tokens.append(token(text, s..<index))
                start = nil
            }
            index = text.index(after: index)
        }
        if let s = start { tokens.append(token(text, s..<text.endIndex)) }
        return tokens.filter { !$0.word.isEmpty }
    }

    private static func token(_ text: String, _ range: Range<String.Index>) -> Token {
        let word = text[range].lowercased().replacingOccurrences(of: "’", with: "'")
            .trimmingCharacters(in: CharacterSet(charactersIn: "'"))
        return Token(word: word, range: range)
    }

    private func phraseMatches(_ tokens: [Token], in text: String) -> [Match] {
        var matches: [Match] = []
        for (position, token) in tokens.enumerated() {
            for phrase in VerdictPhrases.phrasesByFirstWord[token.word] ?? [] {
                if phrase.leadingOnly && position != 0 { continue }
                let end = position + phrase.words.count
                guard end <= tokens.count,
                      zip(phrase.words, tokens[position..<end]).allSatisfy({ $0 == $1.word }) else { continue }
                var verdict = phrase.verdict
                var first = position
                if verdict == .strong || verdict == .moderate,
                   let negator = negator(before: position, in: tokens) {
                    verdict = .notEstablished
                    first = negator
                }
                let bonus = first == 0 && phrase.weight >= 2 ? VerdictPhrases.leadingBonus : 0
                let range = tokens[first].range.lowerBound..<tokens[end - 1].range.upperBound
                matches.append(Match(verdict: verdict, text: String(text[range]), weight: phrase.weight + bonus,
                                     position: first, length: end - first))
            }
        }
        return matches
    }

    private func negator(before position: Int, in tokens: [Token]) -> Int? {
        let from = max(0, position - VerdictPhrases.negationReach)
        return (from..<position).reversed().first { VerdictPhrases.negators.contains(tokens[$0].word) }
    }

    private static let scorePattern = TextPattern(VerdictPhrases.scorePattern)

    private func symbolMatches(in text: String, tokens: [Token]) -> [Match] {
        var matches: [Match] = []
        if text.contains("5"), let score = Self.scorePattern.firstMatch(in: text),
           let digit = score.groups.first.flatMap({ $0 }).flatMap({ Int(text[$0]) }),
           let verdict = VerdictPhrases.starClasses[digit] {
            matches.append(Match(verdict: verdict, text: score.text, weight: 1,
                                 position: wordPosition(of: score.range.lowerBound, tokens), length: 0))
        }
        // Stars and marks all lie above U+2000; most texts have none.
        guard text.unicodeScalars.contains(where: { $0.value >= 0x2000 }) else { return matches }
        let starCount = text.filter { VerdictPhrases.stars.contains($0) }.count
        if starCount > 0, let verdict = VerdictPhrases.starClasses[min(starCount, 5)],
           let first = text.firstIndex(where: { VerdictPhrases.stars.contains($0) }),
           let last = text.lastIndex(where: { VerdictPhrases.stars.contains($0) }) {
            matches.append(Match(verdict: verdict, text: String(text[first...last]), weight: 1,
                                 position: wordPosition(of: first, tokens), length: 0))
        }
        for mark in VerdictPhrases.marks {
            guard let range = text.range(of: mark.symbol) else { continue }
            matches.append(Match(verdict: mark.verdict, text: mark.symbol, weight: 1,
                                 position: wordPosition(of: range.lowerBound, tokens), length: 0))
        }
        return matches
    }

    private func wordPosition(of index: String.Index, _ tokens: [Token]) -> Int {
        tokens.firstIndex { $0.range.lowerBound >= index } ?? tokens.count
    }
}
