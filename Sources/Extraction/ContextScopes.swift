/// Which words of a text a negation, a hedge or a question reaches: the NegEx / ConText
/// algorithm over one text's words.
///
/// Triggers come from `Vocabulary/Data/ContextTriggers.tsv`. A forward trigger reaches the
/// words after it, a backward one the words before it, up to the nearest clause end — a
/// termination word ("but", "however"), a clause mark (`.` `;` `:` `?` `!` brackets, dashes)
/// — and at most ``window`` words (fewer or more where a row says: "without" negates the
/// noun phrase after it, not the verb further on; "suggests that" hedges its whole clause).
/// At each word the longest trigger wins; a pseudo-trigger ("not only") is skipped whole,
/// so its words neither modify nor end anything.
///
/// ```swift
/// let scopes = ContextScopes(words: ["the", "balm", "did", "not", "ease", "itching", "but",
///                                    "it", "soothed"], clauseBreaks: [])
/// scopes.modifier(of: 4..<5)   // .negation (the trigger "not" at word 3)
/// scopes.modifier(of: 8..<9)   // nil: "but" ends the scope
/// ```
struct ContextScopes: Sendable {
    /// How many words a trigger reaches unless its row says (NegEx's window of five words).
    static let window = 5
    /// The most a row may set: a reporting verb's "that" clause ("suggests that …") is
    /// hedged to its end, as ConText scopes run to the clause boundary.
    static let clauseReach = 10

    /// One trigger found in the text and the words it reaches.
    struct Scope: Sendable, Hashable {
        /// What the trigger does.
        let category: ContextTriggers.Category
        /// The trigger's own words.
        let trigger: Range<Int>
        /// The words it modifies.
        let reach: Range<Int>
    }

    /// Every scope in the text, in word order.
    let scopes: [Scope]
    /// Where each clause opened by a relative pronoun ("who", "whose") starts and ends (at
    /// most ``window`` words after it): such a clause describes people ("riders who had not recovered after rest"), not what a
    /// treatment did.
    let relativeClauses: [Range<Int>]

    /// Relative pronouns that open a clause describing people.
    static let relativePronouns: Set<String> = ["who", "whose", "whom"]

    /// Finds the triggers of a text.
    /// - Parameters:
    ///   - words: The text's words, lowercased, apostrophes straight.
    ///   - clauseBreaks: Indices `i` such that a clause mark stands between word `i - 1` and
    ///     word `i`.
    init(words: [String], clauseBreaks: Set<Int>) {
        var found: [(ContextTriggers.Trigger, Range<Int>)] = []
        var breaks = clauseBreaks
        var index = 0
        while index < words.count {
            guard let trigger = ContextTriggers.byFirstWord[words[index]]?.first(where: {
                words.hasPhrase($0.words, at: index)
            }) else { index += 1; continue }
            let range = index..<index + trigger.words.count
            switch trigger.category {
            case .pseudo: break
            case .termination: breaks.insert(range.lowerBound); breaks.insert(range.upperBound)
            default: found.append((trigger, range))
            }
            index = range.upperBound
        }
        segmentBreaks = breaks.sorted()
        relativeClauses = words.indices.filter { Self.relativePronouns.contains(words[$0]) }.map { start in
            // The pronoun is a termination word, so a break follows it; the clause runs past
            // that to the next break, at most a window long.
            var end = start + 1
            repeat { end += 1 } while end < words.count && end - start <= Self.window && !breaks.contains(end)
            return start..<min(end, words.count)
        }
        scopes = found.map { trigger, range in
            switch trigger.direction {
            case .backward:
                var start = range.lowerBound
                while start > 0, range.lowerBound - start < trigger.reach, !breaks.contains(start) { start -= 1 }
                return Scope(category: trigger.category, trigger: range, reach: start..<range.lowerBound)
            default:
                var end = range.upperBound
                while end < words.count, end - range.upperBound < trigger.reach, !breaks.contains(end) { end += 1 }
                return Scope(category: trigger.category, trigger: range, reach: range.upperBound..<end)
            }
        }
    }

    /// Where scopes end: clause marks and termination triggers, as word indices, ascending.
    let segmentBreaks: [Int]

    /// Whether a clause mark or a termination trigger ("but", "however") stands between
    /// words `first` and `second`: they are in different scope segments.
    func separates(_ first: Int, _ second: Int) -> Bool {
        let (low, high) = (min(first, second), max(first, second))
        return segmentBreaks.contains { $0 > low && $0 <= high }
    }

    /// Whether the words lie in a relative clause describing people (``relativeClauses``).
    func describesPeople(_ words: Range<Int>) -> Bool {
        relativeClauses.contains { $0.contains(words.lowerBound) }
    }

    /// The strongest modifier reaching the term at `words` (negation over hypothetical over
    /// uncertainty), with where its trigger starts; `nil` when the term is stated plainly.
    /// A trigger inside the term itself ("no benefit") does not modify it.
    func modifier(of words: Range<Int>) -> (category: ContextTriggers.Category, trigger: Int)? {
        let reaching = scopes.filter { scope in
            !scope.trigger.overlaps(words) && scope.reach.contains(words.lowerBound)
        }
        for category in [ContextTriggers.Category.negation, .hypothetical, .uncertainty] {
            if let scope = reaching.last(where: { $0.category == category }) {
                return (category, scope.trigger.lowerBound)
            }
        }
        return nil
    }
}

extension Array where Element == String {
    /// Whether `phrase` stands in these words starting at `index` (the word-table matchers'
    /// one test: triggers, result terms, verdict phrases).
    func hasPhrase(_ phrase: [String], at index: Int) -> Bool {
        index + phrase.count <= count && zip(phrase, self[index...]).allSatisfy { $0 == $1 }
    }
}
