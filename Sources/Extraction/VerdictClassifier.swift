import Foundation

/// Reads how a piece of page text characterises the evidence ("Well-supported",
/// "pilot… larger trials were needed", "no better than simply resting").
///
/// Phrases, star ratings and check marks come from `Vocabulary/VerdictPhrases.swift`. The
/// heaviest match wins (ties: the earliest, then the longest). Negation, hedges and questions
/// are read by one algorithm, ``ContextScopes`` (NegEx / ConText triggers with clause-bounded
/// scopes), over two kinds of terms:
/// - a positive rating ("well-supported", "proven") that is denied counts as
///   `not_established` ("not well-supported"), hedged as `preliminary` ("may be proven"),
///   asked about not at all ("to test whether it is proven");
/// - a result term of `Vocabulary/Data/EffectTerms.tsv` ("lowered", "helped", "linked to")
///   that is denied counts as `no_effect` ("did not lower"), hedged as `preliminary`
///   ("may lower"), stated as a weak `moderate` (`strong` when research is said to show
///   it); a study's verdict reads it through ``resultReading(in:)`` only when nothing
///   rates the study.
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
        /// Read from a denied or hedged result term ("did not lower"), not a rating phrase.
        var isResult = false
    }

    /// The heaviest verdict reading of a text, or `nil`.
    /// - Parameter evidential: Whether research is said to show what the text states (read
    ///   from the text itself when `nil`; a caller that cut an attribution frame off the
    ///   text passes what the whole sentence said).
    func bestMatch(in text: String, evidential: Bool? = nil) -> Match? {
        let words = Words(text)
        let tokens = words.tokens
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
        for match in phraseMatches(words, in: text) { consider(match) }
        for match in effectMatches(words, in: text, evidential: evidential) { consider(match) }
        for match in symbolMatches(in: text, tokens: tokens) { consider(match) }
        return best
    }

    private struct Token {
        let word: String
        let range: Range<String.Index>
    }

    /// A text's words and where its clauses break, for matching and ``ContextScopes``.
    private struct Words {
        let tokens: [Token]
        /// The tokens' words.
        let words: [String]
        let scopes: ContextScopes
        /// The clause each word is in, as a range of word indices (found once: a text of many
        /// bare adjectives asks for the clause of each).
        private let clauses: [Range<Int>]
        private let clauseOfWord: [Int]

        init(_ text: String) {
            tokens = VerdictClassifier.tokens(of: text)
            var breaks = Set<Int>()
            for index in tokens.indices.dropFirst() {
                let gap = text[tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound]
                if gap.contains(where: { Self.clauseMarks.contains($0) }) || gap.firstRange(of: " - ") != nil {
                    breaks.insert(index)
                }
            }
            words = tokens.map(\.word)
            scopes = ContextScopes(words: words, clauseBreaks: breaks)
            var clauses: [Range<Int>] = []
            var clauseOfWord: [Int] = []
            clauseOfWord.reserveCapacity(tokens.count)
            var start = 0
            for index in tokens.indices {
                if index > start, breaks.contains(index) { clauses.append(start..<index); start = index }
                clauseOfWord.append(clauses.count)
            }
            if !tokens.isEmpty { clauses.append(start..<tokens.count) }
            self.clauses = clauses
            self.clauseOfWord = clauseOfWord
        }

        /// The words of the clause that holds word `position`.
        func clause(around position: Int) -> ArraySlice<String> {
            words[clauses[clauseOfWord[position]]]
        }

        /// Which clause holds word `position` (an index for remembering what a clause says).
        func clauseIndex(of position: Int) -> Int { clauseOfWord[position] }

        /// Marks that end a clause between two words (a hyphen inside a word does not).
        static let clauseMarks: Set<Character> = [".", ";", ":", "?", "!", "(", ")", "[", "]", "—", "–"]
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
        let word = String(text[range].lowercased().map { $0 == "’" ? "'" : $0 }).trimming { $0 == "'" }
        return Token(word: word, range: range)
    }

    private func phraseMatches(_ words: Words, in text: String) -> [Match] {
        let tokens = words.tokens
        var matches: [Match] = []
        var aboutEvidence: [Int: Bool] = [:]  // by clause
        for (position, token) in tokens.enumerated() {
            for phrase in VerdictPhrases.phrasesByFirstWord[token.word] ?? [] {
                if phrase.leadingOnly && position != 0 { continue }
                let end = position + phrase.words.count
                guard words.words.hasPhrase(phrase.words, at: position) else { continue }
                // A bare adjective that also describes other things ("moderate", "mixed")
                // rates the evidence in a label ("Moderate") or in a clause about evidence
                // ("the results were mixed"), not in "a moderate-salt diet".
                if phrase.words.count == 1, EvidencePhrases.evidenceAdjectives.contains(phrase.words[0]) {
                    let clause = words.clause(around: position)
                    let index = words.clauseIndex(of: position)
                    let aboutIt = aboutEvidence[index] ?? clause.contains(where: EvidencePhrases.evidenceNouns.contains)
                    aboutEvidence[index] = aboutIt
                    if clause.count > Self.labelWords, !aboutIt { continue }
                }
                var verdict = phrase.verdict
                var first = position
                if verdict == .strong || verdict == .moderate,
                   let modifier = words.scopes.modifier(of: position..<end) {
                    switch modifier.category {
                    case .hypothetical: continue
                    case .negation:
                        // "not effective" denies a result; "not proven" denies the evidence.
                        verdict = Self.isEffect(phrase.words) ? .noEffect : .notEstablished
                    default: verdict = .preliminary
                    }
                    first = modifier.trigger
                }
                // "the trial found no evidence the balm worked" reports a null result;
                // "there is no evidence that it helps" rates the evidence.
                if verdict == .notEstablished, Self.findingFrame.isFound(in: String(text[..<tokens[first].range.lowerBound].suffix(24))) {
                    verdict = .noEffect
                }
                let bonus = first == 0 && phrase.weight >= 2 ? VerdictPhrases.leadingBonus : 0
                let range = tokens[first].range.lowerBound..<tokens[end - 1].range.upperBound
                matches.append(Match(verdict: verdict, text: String(text[range]), weight: phrase.weight + bonus,
                                     position: first, length: end - first))
            }
        }
        return matches
    }

    /// Clauses of at most this many words are labels (a table cell, "Mixed: …"), where a
    /// bare rating adjective stands for the evidence on its own.
    static let labelWords = 4

    /// A study's finding verb just before a denial of evidence ("found no evidence"): the
    /// study found nothing, which is a result (`no_effect`), not a rating of the evidence.
    private static let findingFrame = TextPattern(VerdictPhrases.findingFrame)

    /// Weight of a denied result ("did not lower"): a finding of no effect, which an explicit
    /// rating elsewhere in the study's text ("a mixed result") outweighs.
    static let deniedResultWeight = 2
    /// Weight of a result stated as shown by research: below every phrase.
    static let statedResultWeight = 0
    /// Weight of a hedged result ("may lower", "may be tied to"): a signal only.
    static let hedgedResultWeight = 1

    /// Result terms read as verdicts: denied → `no_effect` (weight 2), hedged → `preliminary`
    /// (weight 1), stated under an evidential frame ("studies have shown that it lowers…",
    /// "…, study finds") → `strong` (weight 0: it counts only where nothing else rates the
    /// text). A result stated plainly, or an association, rates nothing here.
    private func effectMatches(_ words: Words, in text: String, evidential: Bool?) -> [Match] {
        let terms = resultTerms(words)
        let evidential = terms.contains { $0.modifier == nil && $0.kind == .effect }
            && (evidential ?? Self.isEvidential(text))
        return terms.compactMap { term in
            guard let verdict = Self.verdict(of: term, evidential: evidential) else { return nil }
            let weight: Int
            switch term.modifier {
            case .negation?: weight = Self.deniedResultWeight
            case .uncertainty?: weight = Self.hedgedResultWeight
            default:
                // A stated result rates on its own only when research is said to show it.
                guard term.kind == .effect, evidential else { return nil }
                weight = Self.statedResultWeight
            }
            return match(term, verdict: verdict, weight: weight, words, in: text)
        }
    }

    /// What a result term says a study found: denied → `no_effect`, hedged or an association
    /// → `preliminary`, stated → `moderate` (`strong` when `evidential`); `nil` under a
    /// question ("to test whether it helps").
    private static func verdict(of term: ResultTerm, evidential: Bool) -> VerdictClass? {
        switch (term.modifier, term.kind) {
        case (.hypothetical?, _): return nil
        case (.negation?, _): return .noEffect
        case (.uncertainty?, _), (nil, .association): return .preliminary
        default: return evidential ? .strong : .moderate
        }
    }

    /// Words that present a result as established by research ("studies have shown that",
    /// "…, study finds"): with a stated effect they rate it `strong`.
    private static let evidentialFrame = TextPattern(VerdictPhrases.evidentialFrame)

    /// Whether `text` presents what it states as shown by research ("…, study finds").
    static func isEvidential(_ text: String) -> Bool { evidentialFrame.isFound(in: text) }

    /// What the first result term of `text` says a study found, when nothing rates it:
    /// denied → `no_effect`, hedged or an association → `preliminary`, stated → `moderate`
    /// ("the patch lowered cravings"). Terms under a question ("to test whether it helps")
    /// are skipped.
    func resultReading(in text: String) -> Classified<VerdictClass>? {
        resultMatch(in: text).map { Classified($0.verdict, text: $0.text) }
    }

    /// ``resultReading(in:)`` as a match (weight ``statedResultWeight``); a stated effect is
    /// `strong` when `evidential` (research is said to show it).
    ///
    /// A denied term beside a stated effect in another clause ("no association with A, but B
    /// fell") is passed over: the null is one outcome's (``statesAnEffect(in:apartFrom:)``).
    func resultMatch(in text: String, evidential: Bool = false) -> Match? {
        let words = Words(text)
        let terms = resultTerms(words)
        for term in terms {
            guard let verdict = Self.verdict(of: term, evidential: evidential) else { continue }
            if verdict == .noEffect, Self.statedEffect(in: terms, apartFrom: term.words.lowerBound, words) { continue }
            return match(term, verdict: verdict, weight: Self.statedResultWeight, words, in: text)
        }
        return nil
    }

    private static func statedEffect(in terms: [ResultTerm], apartFrom position: Int, _ words: Words) -> Bool {
        terms.contains { $0.modifier == nil && $0.kind == .effect && words.scopes.separates($0.words.lowerBound, position) }
    }

    /// Whether `text` states, undenied and unhedged, that a treatment had an effect ("lowered
    /// the risk", "were less likely to") in another clause than word `position` (a clause mark
    /// or a termination trigger such as "but" between them): beside such a result, a null
    /// result at `position` ("made no difference to X") is about one outcome, not the study's
    /// finding.
    func statesAnEffect(in text: String, apartFrom position: Int) -> Bool {
        let words = Words(text)
        return Self.statedEffect(in: resultTerms(words), apartFrom: position, words)
    }

    private struct ResultTerm {
        let kind: EffectTerms.Kind
        let words: Range<Int>
        let modifier: ContextTriggers.Category?
        let trigger: Int?
    }

    /// The result terms of a text in word order (the longest at each word), with their
    /// modifier; terms in a relative clause about people are left out.
    private func resultTerms(_ words: Words) -> [ResultTerm] {
        let tokens = words.tokens
        var terms: [ResultTerm] = []
        var position = 0
        while position < tokens.count {
            guard let term = EffectTerms.byFirstWord[tokens[position].word]?.first(where: {
                words.words.hasPhrase($0.words, at: position)
            }) else { position += 1; continue }
            let range = position..<position + term.words.count
            position = range.upperBound
            // "riders who had not recovered" says who took part, not what was found.
            if words.scopes.describesPeople(range) { continue }
            let modifier = words.scopes.modifier(of: range)
            terms.append(ResultTerm(kind: term.kind, words: range, modifier: modifier?.category, trigger: modifier?.trigger))
        }
        return terms
    }

    private func match(_ term: ResultTerm, verdict: VerdictClass, weight: Int, _ words: Words, in text: String) -> Match {
        let first = term.trigger ?? term.words.lowerBound
        let range = words.tokens[first].range.lowerBound..<words.tokens[term.words.upperBound - 1].range.upperBound
        return Match(verdict: verdict, text: String(text[range]), weight: weight, position: first,
                     length: term.words.upperBound - first, isResult: true)
    }

    /// Whether a rating phrase is itself a result term ("effective", "highly effective").
    private static func isEffect(_ phrase: [String]) -> Bool {
        phrase.contains(where: EffectTerms.isWord)
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
            guard let range = text.firstRange(of: mark.symbol) else { continue }
            matches.append(Match(verdict: mark.verdict, text: mark.symbol, weight: 1,
                                 position: wordPosition(of: range.lowerBound, tokens), length: 0))
        }
        return matches
    }

    private func wordPosition(of index: String.Index, _ tokens: [Token]) -> Int {
        tokens.firstIndex { $0.range.lowerBound >= index } ?? tokens.count
    }
}
