/// The trigger table of ``ContextScopes`` (`Data/ContextTriggers.tsv`, NegEx / ConText).
enum ContextTriggers {
    /// What a trigger does to the terms in its scope.
    enum Category: String, Sendable, CaseIterable {
        /// The term is denied.
        case negation
        /// The term is hedged.
        case uncertainty
        /// The term is asked about or planned, not found.
        case hypothetical
        /// Not a trigger: skipped, it neither modifies nor ends a scope.
        case pseudo
        /// Ends every scope that reaches it.
        case termination
    }

    /// Which side of the trigger its scope lies on.
    enum Direction: String, Sendable, CaseIterable {
        case forward, backward
        /// Pseudo and termination rows.
        case none = "-"
    }

    /// One row of the table.
    struct Trigger: Sendable, Hashable {
        let category: Category
        let direction: Direction
        let words: [String]
        /// How many words it reaches at most (``ContextScopes/window`` unless the row says).
        let reach: Int
    }

    /// The rows indexed by first word, longest phrase first.
    static let byFirstWord: [String: [Trigger]] = Dictionary(grouping: triggers) { $0.words[0] }
        .mapValues { $0.sorted { $0.words.count > $1.words.count } }

    /// The rows in file order.
    static let triggers: [Trigger] = VocabularyTable.extraction("ContextTriggers", columns: 3...4) { try parse($0) }

    /// Reads rows of `category<TAB>direction<TAB>phrase[<TAB>reach]`.
    /// - Throws: ``ExtractionError/badVocabulary(file:line:problem:expected:)``.
    static func parse(_ table: VocabularyTable) throws -> [Trigger] {
        try table.rows.map { row in
            let category = try table.value(Category.self, row, column: 0, named: "trigger category")
            let direction = try table.value(Direction.self, row, column: 1, named: "direction")
            let scoped = category != .pseudo && category != .termination
            guard scoped == (direction != .none) else {
                throw table.failure(row, "\(category.rawValue) with direction \(direction.rawValue)",
                                    expected: scoped ? "forward or backward" : "-")
            }
            let phrase = try table.lowercasePhrase(row, column: 2)
            let reach = row.fields.count == 4 ? try table.int(row, column: 3) : ContextScopes.window
            guard (1...ContextScopes.clauseReach).contains(reach) else {
                throw table.failure(row, "reach \(reach)", expected: "a reach from 1 to \(ContextScopes.clauseReach) words")
            }
            return Trigger(category: category, direction: direction, words: phrase.split(separator: " ").map(String.init),
                           reach: reach)
        }
    }
}

/// The result terms of ``ContextScopes`` readings (`Data/EffectTerms.tsv`).
enum EffectTerms {
    /// What a result term reports.
    enum Kind: String, Sendable, CaseIterable {
        /// What a treatment did ("lowered", "helped").
        case effect
        /// An association an observational study found ("linked to").
        case association
    }

    /// One row of the table.
    struct Term: Sendable, Hashable {
        let kind: Kind
        let words: [String]
    }

    /// The rows indexed by first word, longest phrase first.
    static let byFirstWord: [String: [Term]] = Dictionary(grouping: terms) { $0.words[0] }
        .mapValues { $0.sorted { $0.words.count > $1.words.count } }

    /// Whether `word` is a result term on its own ("lowers", "effective").
    static func isWord(_ word: String) -> Bool {
        byFirstWord[word]?.contains { $0.words == [word] } ?? false
    }

    /// The rows in file order.
    static let terms: [Term] = VocabularyTable.extraction("EffectTerms", columns: 2...2) { table in
        try table.rows.map { row in
            let kind = try table.value(Kind.self, row, column: 0, named: "term kind")
            let phrase = try table.lowercasePhrase(row, column: 1)
            return Term(kind: kind, words: phrase.split(separator: " ").map(String.init))
        }
    }
}
