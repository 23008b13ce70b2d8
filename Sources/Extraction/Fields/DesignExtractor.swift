/// Classifies the study design a text names, keeping the page's words.
public struct DesignExtractor: Sendable {
    private static let bundledCompiled = compile(DesignPhrases.bundled.table)
    private static let bundledWeak = compile(DesignPhrases.bundled.weakTable)
    private static let bundledScope = compile(DesignPhrases.bundled.scopeTable)
    private static let bundledScopeExclusions = DesignPhrases.bundled.scopeExclusions.map { TextPattern($0) }
    private let compiled: [(TextPattern, DesignClass)]
    private let weak: [(TextPattern, DesignClass)]
    private let scope: [(TextPattern, DesignClass)]
    private let scopeExclusions: [TextPattern]

    private static let nounPhrase = TextPattern(
        #"^(?:[ ,-]+(?:controlled|placebo-controlled|double-blind|sham-controlled|crossover|clinical|pilot|controlled|parallel-group|multicentre|multicenter|randomi[sz]ed))*(?:\s+(?:trials?|stud(?:y|ies)|rcts?|experiments?))?"#)

    /// Creates an extractor that reads the bundled ``DesignPhrases``.
    public init() {
        compiled = Self.bundledCompiled
        weak = Self.bundledWeak
        scope = Self.bundledScope
        scopeExclusions = Self.bundledScopeExclusions
    }

    /// Creates an extractor that reads `phrases` instead of the bundled table.
    public init(phrases: DesignPhrases) {
        compiled = Self.compile(phrases.table)
        weak = Self.compile(phrases.weakTable)
        scope = Self.compile(phrases.scopeTable)
        scopeExclusions = phrases.scopeExclusions.map { TextPattern($0) }
    }

    private static func compile(_ table: [(pattern: String, design: DesignClass)]) -> [(TextPattern, DesignClass)] {
        table.map { (TextPattern($0.pattern), $0.design) }
    }

    /// The design named in `text` ("two small randomized pilot trials" → pilot_rct),
    /// or `nil` when it names none.
    /// - Parameters:
    ///   - text: A table cell or a sentence.
    ///   - allowWeakCues: Whether a bare placebo comparison may stand for a controlled trial.
    /// - Returns: The class and the matched words.
    public func design(in text: String, allowWeakCues: Bool = true) -> Classified<DesignClass>? {
        for (pattern, design) in compiled {
            if let match = pattern.firstMatch(in: text) {
                return Classified(design, text: phrase(around: match, in: text))
            }
        }
        guard allowWeakCues else { return nil }
        for (pattern, design) in weak {
            if let match = pattern.firstMatch(in: text) {
                return Classified(design, text: match.text)
            }
        }
        return nil
    }

    /// The design a study's own sentences describe by what it did ("the nurses were followed
    /// for nine years" → cohort), for a study whose mentions named none; the first of
    /// `sentences` that describes one decides, unless one of them speaks of a trial
    /// (``DesignPhrases/scopeExclusions``: trials follow their people too).
    public func design(describedIn sentences: [String]) -> Classified<DesignClass>? {
        guard !sentences.contains(where: { sentence in scopeExclusions.contains { $0.isFound(in: sentence) } })
        else { return nil }
        for sentence in sentences {
            for (pattern, design) in scope {
                if let match = pattern.firstMatch(in: sentence) { return Classified(design, text: match.text) }
            }
        }
        return nil
    }

    /// The design of a table's design cell: the whole cell is the page's words, and a cell
    /// that names no known design keeps its text with a `nil` class.
    public func design(ofCell cell: String) -> Classified<DesignClass>? {
        let text = cell.trimmingPhrasePunctuation
        guard !text.isEmpty, !CellValues.isPlaceholder(text) else { return nil }
        if let found = design(in: text, allowWeakCues: false) {
            return Classified(found.value, text: text)
        }
        return Classified(nil, text: text)
    }

    /// Extends a match to the design noun phrase it belongs to ("randomized" →
    /// "randomized controlled pilot studies"), within the same clause.
    private func phrase(around match: TextMatch, in text: String) -> String {
        let tail = text[match.range.upperBound...]
        let nounPhrase = Self.nounPhrase
        var end = match.range.upperBound
        if let more = nounPhrase.firstMatch(in: String(tail)) {
            end = text.index(end, offsetBy: more.text.count, limitedBy: text.endIndex) ?? end
        }
        return String(text[match.range.lowerBound..<end]).trimmingPhrasePunctuation
    }
}
