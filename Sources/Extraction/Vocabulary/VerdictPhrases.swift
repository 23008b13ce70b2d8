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
/// The classifier takes the heaviest match (ties: the earliest); a rating word of weight 2
/// or more that opens the text ("Moderate: many small trials, low quality") gains
/// ``leadingBonus``.
enum VerdictPhrases {
    /// Extra weight for a phrase at the very start of the text.
    static let leadingBonus = 2

    /// Words that, up to ``negationReach`` words before a positive phrase, turn it into
    /// `not_established` ("not well-supported", "is not a proven treatment").
    static let negators: Set<String> = [
        "not", "no", "never", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't",
        "doesn't", "don't", "didn't", "nor", "lack", "lacks", "lacking", "without", "cannot",
        "can't", "nobody", "none",
    ]
    /// How many words back a negator reaches.
    static let negationReach = 3

    /// Star characters counted as a rating ("⭐⭐⭐⭐⭐" is five stars).
    static let stars: Set<Character> = ["⭐", "★"]
    /// Star count → class (weight 1: words in the same text override it).
    static let starClasses: [Int: VerdictClass] = [
        5: .strong, 4: .strong, 3: .moderate, 2: .preliminary, 1: .notEstablished,
    ]
    /// A score out of five ("4/5", "3 out of 5"), read like that many stars (weight 1).
    static let scorePattern = #"\b([0-5])\s*(?:/|out of)\s*5\b"#
    /// Check marks and warning signs pages put before a verdict (weight 1).
    static let marks: [(symbol: String, verdict: VerdictClass)] = [
        ("✅", .strong), ("✔", .strong), ("☑", .strong), ("⚠", .preliminary),
        ("❌", .notEstablished), ("✖", .notEstablished), ("⛔", .notEstablished),
    ]

    /// The phrase table indexed by first word, for matching.
    static let phrasesByFirstWord: [String: [VerdictPhrase]] = Dictionary(grouping: phrases) { $0.words.first ?? "" }

    /// The phrase table.
    static let phrases: [VerdictPhrase] = [
        // strong
        VerdictPhrase("well supported", .strong, 3), VerdictPhrase("well established", .strong, 3),
        VerdictPhrase("strongly supported", .strong, 3), VerdictPhrase("strong evidence", .strong, 3),
        VerdictPhrase("clinically proven", .strong, 3), VerdictPhrase("proven", .strong, 3),
        VerdictPhrase("particularly robust", .strong, 3), VerdictPhrase("robust", .strong, 2),
        VerdictPhrase("conclusive", .strong, 3), VerdictPhrase("solid evidence", .strong, 3),
        VerdictPhrase("consistent evidence", .strong, 3), VerdictPhrase("proof", .strong, 2),
        VerdictPhrase("strong", .strong, 2), VerdictPhrase("confirmed", .strong, 2),
        VerdictPhrase("confirms", .strong, 2), VerdictPhrase("confirm", .strong, 2),
        VerdictPhrase("established", .strong, 2), VerdictPhrase("highly effective", .strong, 2),
        VerdictPhrase("actually decrease", .strong, 2), VerdictPhrase("actually decreases", .strong, 2),
        VerdictPhrase("actually increase", .strong, 2), VerdictPhrase("actually increases", .strong, 2),
        VerdictPhrase("actually improve", .strong, 2), VerdictPhrase("actually improves", .strong, 2),
        VerdictPhrase("actually reduce", .strong, 2), VerdictPhrase("actually reduces", .strong, 2),
        VerdictPhrase("consistently shows", .strong, 2), VerdictPhrase("science backed", .strong, 3),
        VerdictPhrase("backed by science", .strong, 3), VerdictPhrase("proves", .strong, 2), VerdictPhrase("is safe", .strong, 2),
        VerdictPhrase("safe and effective", .strong, 3), VerdictPhrase("totally safe", .strong, 2),
        VerdictPhrase("safe", .strong, 1), VerdictPhrase("yes", .strong, 1),
        VerdictPhrase("supported", .strong, 1), VerdictPhrase("supports", .strong, 1),
        // moderate
        VerdictPhrase("moderate evidence", .moderate, 3), VerdictPhrase("good evidence", .moderate, 3),
        VerdictPhrase("reasonable evidence", .moderate, 3), VerdictPhrase("fair evidence", .moderate, 3),
        VerdictPhrase("reasonably supports", .moderate, 2), VerdictPhrase("moderate", .moderate, 2),
        VerdictPhrase("good", .moderate, 2), VerdictPhrase("likely helpful", .moderate, 2),
        VerdictPhrase("modestly", .moderate, 2), VerdictPhrase("fairly reliable", .moderate, 2),
        VerdictPhrase("some evidence", .moderate, 2),
        // preliminary
        VerdictPhrase("preliminary", .preliminary, 3), VerdictPhrase("early days", .preliminary, 3),
        VerdictPhrase("evidence is thin", .preliminary, 3), VerdictPhrase("weak evidence", .preliminary, 3),
        VerdictPhrase("limited evidence", .preliminary, 3), VerdictPhrase("low quality evidence", .preliminary, 3),
        VerdictPhrase("more research needed", .preliminary, 3),
        VerdictPhrase("more research is needed", .preliminary, 3),
        VerdictPhrase("larger trials were needed", .preliminary, 3),
        VerdictPhrase("larger trials are needed", .preliminary, 3),
        VerdictPhrase("called for larger trials", .preliminary, 3),
        VerdictPhrase("larger controlled trials are lacking", .preliminary, 3),
        VerdictPhrase("needs to be repeated", .preliminary, 3),
        VerdictPhrase("pilot results", .preliminary, 3),
        VerdictPhrase("small benefit", .preliminary, 3), VerdictPhrase("mixed quality", .preliminary, 3), VerdictPhrase("not yet been repeated", .preliminary, 3),
        VerdictPhrase("only one trial", .preliminary, 3), VerdictPhrase("just one trial", .preliminary, 3),
        VerdictPhrase("is one trial", .preliminary, 3), VerdictPhrase("a single trial", .preliminary, 2),
        VerdictPhrase("promising", .preliminary, 2), VerdictPhrase("emerging", .preliminary, 2),
        VerdictPhrase("encouraging", .preliminary, 2), VerdictPhrase("early", .preliminary, 1),
        VerdictPhrase("weak", .preliminary, 2), VerdictPhrase("limited", .preliminary, 2),
        VerdictPhrase("thin", .preliminary, 2), VerdictPhrase("pilot", .preliminary, 2),
        VerdictPhrase("exploratory", .preliminary, 2), VerdictPhrase("plausible", .preliminary, 2),
        VerdictPhrase("tentative", .preliminary, 2), VerdictPhrase("possibly", .preliminary, 2),
        VerdictPhrase("maybe", .preliminary, 2), VerdictPhrase("low quality", .preliminary, 2),
        VerdictPhrase("rated low", .preliminary, 2), VerdictPhrase("tell us little", .preliminary, 2),
        VerdictPhrase("may help", .preliminary, 1), VerdictPhrase("might help", .preliminary, 1),
        VerdictPhrase("could help", .preliminary, 1), VerdictPhrase("small", .preliminary, 1),
        VerdictPhrase("may lower", .preliminary, 1), VerdictPhrase("may improve", .preliminary, 1),
        VerdictPhrase("may reduce", .preliminary, 1), VerdictPhrase("may ease", .preliminary, 1),
        VerdictPhrase("may boost", .preliminary, 1), VerdictPhrase("may increase", .preliminary, 1),
        VerdictPhrase("may decrease", .preliminary, 1), VerdictPhrase("may protect", .preliminary, 1),
        VerdictPhrase("may prevent", .preliminary, 1), VerdictPhrase("may slow", .preliminary, 1),
        VerdictPhrase("might improve", .preliminary, 1), VerdictPhrase("might reduce", .preliminary, 1),
        VerdictPhrase("could improve", .preliminary, 1), VerdictPhrase("could reduce", .preliminary, 1),
        // mixed
        VerdictPhrase("mixed results", .mixed, 3), VerdictPhrase("mixed result", .mixed, 3),
        VerdictPhrase("mixed evidence", .mixed, 3), VerdictPhrase("mixed", .mixed, 3),
        VerdictPhrase("conflicting", .mixed, 2), VerdictPhrase("inconsistent", .mixed, 2),
        VerdictPhrase("contradictory", .mixed, 2),
        // unclear
        VerdictPhrase("cannot cleanly separate", .unclear, 3), VerdictPhrase("cannot separate", .unclear, 3),
        VerdictPhrase("cannot tell", .unclear, 3), VerdictPhrase("can't tell", .unclear, 3),
        VerdictPhrase("too uncertain", .unclear, 3), VerdictPhrase("unclear", .unclear, 3),
        VerdictPhrase("uncertain", .unclear, 2), VerdictPhrase("we do not know", .unclear, 2),
        // no effect
        VerdictPhrase("no effect", .noEffect, 3), VerdictPhrase("no benefit", .noEffect, 3),
        VerdictPhrase("no benefit shown", .noEffect, 3), VerdictPhrase("no difference", .noEffect, 3),
        VerdictPhrase("make no difference", .noEffect, 3), VerdictPhrase("makes no difference", .noEffect, 3),
        VerdictPhrase("no improvement", .noEffect, 3), VerdictPhrase("unlikely to help", .noEffect, 3),
        VerdictPhrase("not beyond", .noEffect, 3), VerdictPhrase("does not work", .noEffect, 3),
        VerdictPhrase("doesn't work", .noEffect, 3), VerdictPhrase("ineffective", .noEffect, 3),
        VerdictPhrase("no better than placebo", .noEffect, 3), VerdictPhrase("did not change", .noEffect, 3),
        VerdictPhrase("no significant difference", .noEffect, 3), VerdictPhrase("no significant improvement", .noEffect, 3),
        VerdictPhrase("fails to support", .noEffect, 3), VerdictPhrase("probably not", .noEffect, 2),
        VerdictPhrase("blunt", .noEffect, 2), VerdictPhrase("no", .noEffect, 2, leadingOnly: true),
        // not established
        VerdictPhrase("not established", .notEstablished, 3),
        VerdictPhrase("not well supported", .notEstablished, 3),
        VerdictPhrase("not directly supported", .notEstablished, 3),
        VerdictPhrase("not supported", .notEstablished, 3), VerdictPhrase("not proven", .notEstablished, 3),
        VerdictPhrase("unproven", .notEstablished, 3), VerdictPhrase("no evidence", .notEstablished, 3),
        VerdictPhrase("no direct evidence", .notEstablished, 3),
        VerdictPhrase("no scientific basis", .notEstablished, 3),
        VerdictPhrase("not enough evidence", .notEstablished, 3),
        VerdictPhrase("insufficient evidence", .notEstablished, 3),
        VerdictPhrase("nobody has shown", .notEstablished, 3), VerdictPhrase("nobody knows", .notEstablished, 3),
        VerdictPhrase("no one knows", .notEstablished, 3),
        VerdictPhrase("no study has shown", .notEstablished, 3),
        VerdictPhrase("no study since has shown", .notEstablished, 3),
        VerdictPhrase("no trial has shown", .notEstablished, 3),
        VerdictPhrase("has not been shown", .notEstablished, 3),
        VerdictPhrase("have not shown", .notEstablished, 3),
        VerdictPhrase("does not support", .notEstablished, 3),
        VerdictPhrase("do not support", .notEstablished, 3),
        VerdictPhrase("myth", .notEstablished, 3), VerdictPhrase("marketing claim", .notEstablished, 2),
        VerdictPhrase("speculative", .notEstablished, 2), VerdictPhrase("no trials", .notEstablished, 2),
        // rating scales used by evidence databases and guideline summaries
        VerdictPhrase("high certainty", .strong, 3), VerdictPhrase("high quality evidence", .strong, 3),
        VerdictPhrase("effective", .strong, 2), VerdictPhrase("likely effective", .moderate, 3),
        VerdictPhrase("moderate certainty", .moderate, 3), VerdictPhrase("possibly effective", .preliminary, 3),
        VerdictPhrase("low certainty", .preliminary, 3), VerdictPhrase("very low certainty", .preliminary, 3),
        VerdictPhrase("inconclusive", .unclear, 3), VerdictPhrase("unknown", .unclear, 2),
        VerdictPhrase("possibly ineffective", .noEffect, 3), VerdictPhrase("likely ineffective", .noEffect, 3),
        VerdictPhrase("disproven", .noEffect, 3), VerdictPhrase("debunked", .noEffect, 3),
        VerdictPhrase("unsupported", .notEstablished, 3), VerdictPhrase("insufficient", .notEstablished, 2),
        VerdictPhrase("lacking", .notEstablished, 2), VerdictPhrase("anecdotal", .notEstablished, 2),
        // common editorial wording
        VerdictPhrase("clear evidence", .strong, 3), VerdictPhrase("convincing evidence", .strong, 3),
        VerdictPhrase("compelling evidence", .strong, 3), VerdictPhrase("well documented", .strong, 3),
        VerdictPhrase("backed by research", .strong, 3), VerdictPhrase("research backed", .strong, 3),
        VerdictPhrase("growing evidence", .moderate, 2), VerdictPhrase("little evidence", .notEstablished, 3),
        VerdictPhrase("scant evidence", .notEstablished, 3), VerdictPhrase("lack of evidence", .notEstablished, 3),
        VerdictPhrase("lacks evidence", .notEstablished, 3), VerdictPhrase("no good evidence", .notEstablished, 3),
        VerdictPhrase("no support", .notEstablished, 3), VerdictPhrase("modest at best", .preliminary, 3),
        VerdictPhrase("no significant effect", .noEffect, 3), VerdictPhrase("no significant benefit", .noEffect, 3),
        VerdictPhrase("doesn't help", .noEffect, 3), VerdictPhrase("does not help", .noEffect, 3),
        VerdictPhrase("did not help", .noEffect, 3), VerdictPhrase("failed to", .noEffect, 2),
        VerdictPhrase("not significantly", .noEffect, 2),
        // claims of proof, hedged answers, answers of no, evidence too thin to rate
        VerdictPhrase("clinically shown", .strong, 3), VerdictPhrase("scientifically shown", .strong, 3),
        VerdictPhrase("shown to", .strong, 2), VerdictPhrase("protective effect", .strong, 2),
        VerdictPhrase("early stage", .preliminary, 3), VerdictPhrase("early stage evidence", .preliminary, 3),
        VerdictPhrase("probably a little", .preliminary, 2), VerdictPhrase("not firmly replicated", .preliminary, 3),
        VerdictPhrase("not been replicated", .preliminary, 3), VerdictPhrase("yet to be replicated", .preliminary, 3),
        VerdictPhrase("too thin to rate", .unclear, 3), VerdictPhrase("too thin to judge", .unclear, 3),
        VerdictPhrase("too few", .unclear, 2), VerdictPhrase("hard to say", .unclear, 3),
        VerdictPhrase("too early to say", .unclear, 3), VerdictPhrase("too early to tell", .unclear, 3),
        VerdictPhrase("looks like no", .noEffect, 3), VerdictPhrase("answer is no", .noEffect, 3),
        VerdictPhrase("answer appears to be no", .noEffect, 3), VerdictPhrase("seems to be no", .noEffect, 3),
        VerdictPhrase("did not prevent", .noEffect, 3), VerdictPhrase("does not prevent", .noEffect, 3),
        VerdictPhrase("do not prevent", .noEffect, 3), VerdictPhrase("does not protect", .noEffect, 3),
        VerdictPhrase("did not protect", .noEffect, 3),
        VerdictPhrase("does not show", .notEstablished, 3), VerdictPhrase("doesn't show", .notEstablished, 3),
        VerdictPhrase("do not show", .notEstablished, 3), VerdictPhrase("falls short", .notEstablished, 2),
        VerdictPhrase("fall short", .notEstablished, 2), VerdictPhrase("claims to ignore", .notEstablished, 3),
        VerdictPhrase("modest benefit", .moderate, 3), VerdictPhrase("modest effect", .moderate, 3),
        VerdictPhrase("untested", .notEstablished, 3), VerdictPhrase("not been tested", .notEstablished, 3),
        VerdictPhrase("never been tested", .notEstablished, 3), VerdictPhrase("unstudied", .notEstablished, 3),
        // hedged and "too small" verdicts
        VerdictPhrase("rather than conclusive", .preliminary, 3), VerdictPhrase("rather than definitive", .preliminary, 3),
        VerdictPhrase("reason for caution", .preliminary, 3), VerdictPhrase("small overall benefit", .preliminary, 3),
        VerdictPhrase("small but significant", .moderate, 3), VerdictPhrase("small but real", .moderate, 3),
        VerdictPhrase("real but small", .moderate, 3), VerdictPhrase("modest but real", .moderate, 3),
        VerdictPhrase("too small to matter", .noEffect, 3), VerdictPhrase("too small to be meaningful", .noEffect, 3),
        VerdictPhrase("too small to be clinically meaningful", .noEffect, 3),
        VerdictPhrase("no less likely", .noEffect, 3), VerdictPhrase("did not differ", .noEffect, 3),
        // framing, not a verdict: "what the evidence does and does not show" masks "does not show"
        VerdictPhrase("does and does not show", .notReported, 4), VerdictPhrase("does and doesn't show", .notReported, 4),
        VerdictPhrase("do and do not show", .notReported, 4),
        // not reported (pending or registered trials)
        VerdictPhrase("results pending", .notReported, 3),
        VerdictPhrase("not yet been published", .notReported, 3),
        VerdictPhrase("not yet published", .notReported, 3),
    ]
}
