/// One way pages word a verdict on evidence, as data for ``VerdictClassifier``.
struct VerdictPhrase: Sendable {
    /// Lowercase words; hyphens and punctuation are word breaks ("well supported" also
    /// matches "Well-supported").
    let words: [String]
    /// The class the words express.
    let verdict: VerdictClass
    /// How decisive the words are: 3 an explicit rating ("not established"), 2 a rating
    /// word that can also be loose ("promising"), 1 a hedge or a bare signal ("may", "yes").
    let weight: Int
    /// Counts only as the text's first word ("No: regular plunges…").
    let leadingOnly: Bool

    init(_ phrase: String, _ verdict: VerdictClass, _ weight: Int, leadingOnly: Bool = false) {
        self.words = phrase.split(separator: " ").map(String.init)
        self.verdict = verdict
        self.weight = weight
        self.leadingOnly = leadingOnly
    }
}

/// How review pages word their verdicts on evidence. Extend the table, not the code.
///
/// The phrases are `Data/VerdictPhrases.tsv`; marks, stars and the score pattern
/// are `VerdictMarks.tsv`, `StarRatings.tsv` and `VerdictPatterns.tsv`.
/// The classifier takes the heaviest match (ties: the earliest); a rating word of weight 2
/// or more that opens the text ("Moderate: several short trials of mixed rigour") gains
/// ``leadingBonus``.
enum VerdictPhrases {
    /// Extra weight for a phrase at the very start of the text.
    static let leadingBonus = 2

    private static let starFile: (symbols: Set<Character>, classes: [Int: VerdictClass]) =
        VocabularyTable.extraction("StarRatings", columns: 2...3) { table in
            var symbols = Set<Character>(), classes: [Int: VerdictClass] = [:]
            for row in table.rows {
                switch try table.choice(row, column: 0, named: "row kind", among: ["symbol", "stars"]) {
                case "symbol":
                    let symbol = try table.term(row, column: 1)
                    guard row.fields.count == 2, symbol.count == 1, let character = symbol.first else {
                        throw table.failure(row, "symbol row \"\(row.fields.joined(separator: "\t"))\"", expected: "symbol<TAB>one character")
                    }
                    symbols.insert(character)
                default:
                    guard row.fields.count == 3 else {
                        throw table.failure(row, "\(row.fields.count) columns in a stars row", expected: "stars<TAB>count<TAB>verdict class")
                    }
                    classes[try table.int(row, column: 1)] = try table.value(VerdictClass.self, row, column: 2, named: "verdict class")
                }
            }
            return (symbols, classes)
        }
    /// Star characters counted as a rating ("⭐⭐⭐⭐⭐" is five stars).
    static let stars: Set<Character> = starFile.symbols
    /// Star count → class (weight 1: words in the same text override it).
    static let starClasses: [Int: VerdictClass] = starFile.classes
    /// A score out of five ("4/5", "3 out of 5"), read like that many stars (weight 1).
    static let scorePattern = shapes.single("score")
    /// Words that present a result as established by research ("studies have shown that").
    static let evidentialFrame = shapes.single("evidential_frame")
    /// A finding verb ending the text before a denial of evidence ("the trial found no evidence").
    static let findingFrame = shapes.single("finding_frame")
    private static let shapes = VocabularyTable.extractionPatterns(
        "VerdictPatterns", roles: ["score", "evidential_frame", "finding_frame"],
        single: ["score", "evidential_frame", "finding_frame"])
    /// Check marks and warning signs pages put before a verdict (weight 1).
    static let marks: [(symbol: String, verdict: VerdictClass)] = VocabularyTable.extraction("VerdictMarks", columns: 2...2) {
        table in
        try table.rows.map { row in
            (symbol: try table.term(row, column: 1), verdict: try table.value(VerdictClass.self, row, column: 0, named: "verdict class"))
        }
    }

    /// The phrase table indexed by first word, for matching.
    static let phrasesByFirstWord: [String: [VerdictPhrase]] = Dictionary(grouping: phrases) { $0.words.first ?? "" }

    /// The phrase table, in file order.
    static let phrases: [VerdictPhrase] = VocabularyTable.extraction("VerdictPhrases", columns: 3...4) { try parse($0) }

    /// Reads rows of `class<TAB>weight<TAB>phrase[<TAB>leading]`.
    /// - Throws: ``ExtractionError/badVocabulary(file:line:problem:expected:)``.
    static func parse(_ table: VocabularyTable) throws -> [VerdictPhrase] {
        try table.rows.map { row in
            let verdict = try table.value(VerdictClass.self, row, column: 0, named: "verdict class")
            let weight = try table.int(row, column: 1)
            guard (1...4).contains(weight) else {
                throw table.failure(row, "weight \(weight)", expected: "a weight from 1 to 4")
            }
            let phrase = try table.lowercasePhrase(row, column: 2)
            let leading = row.fields.count == 4
            if leading { _ = try table.choice(row, column: 3, named: "position", among: ["leading"]) }
            return VerdictPhrase(phrase, verdict, weight, leadingOnly: leading)
        }
    }
}
