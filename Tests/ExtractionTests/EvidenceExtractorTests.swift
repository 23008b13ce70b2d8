import Documents
import Testing
@testable import Extraction

@Suite struct EvidenceExtractorTests {
    static func document(_ blocks: [Block]) -> Document {
        Document(id: "page", source: "page.txt", format: .text, title: "Does X Work?", blocks: blocks)
    }

    static func table(_ header: [String], _ rows: [[String]], line: Int = 10) -> Block {
        Block.table(Table(header: header, rows: rows, rowLines: rows.indices.map { line + 2 + $0 }),
                    span: SourceSpan(line: line))
    }

    static func text(_ kind: Block.Kind, _ text: String, line: Int) -> Block {
        Block(kind: kind, text: text, level: kind == .heading ? 2 : nil, span: SourceSpan(line: line))
    }

    func claims(_ blocks: [Block]) -> [String: EvidenceClaim] {
        let found = EvidenceExtractor().extract(from: Self.document(blocks), subject: "x")
        return Dictionary(found.map { ($0.topic, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Examples after a category ("complaints such as A and B") are not each rated: the
    /// sentence rates the category.
    @Test func examplesOfACategoryAreNotEachRated() {
        let listed = claims([Self.text(.paragraph, "X has been shown to ease skin complaints such as eczema and psoriasis.", line: 3)])
        #expect(listed["eczema"] == nil && listed["psoriasis"] == nil, "\(listed.keys.sorted())")
        let named = claims([Self.text(.paragraph, "X has been shown to ease eczema and psoriasis.", line: 3)])
        #expect(named["eczema"] != nil)
        #expect(EvidenceExtractor.beforeExamples("aches, e.g. gout") == "aches, ")
        #expect(EvidenceExtractor.beforeExamples("a suchasword here") == "a suchasword here")
    }

    /// A certainty booster frames a result as established ("have long known that X eases Y",
    /// "it is well known that …"): the result rates `strong`, as "studies have shown" does.
    @Test func boostersFrameAResultAsEstablished() {
        let known = claims([Self.text(.paragraph, "Nurses have known for years that X can prevent eczema in toddlers.", line: 3)])
        #expect(known["eczema"]?.verdict.value == .strong, "\(known.keys.sorted())")
        let wellKnown = claims([Self.text(.paragraph, "It is well known that X eases psoriasis.", line: 3)])
        #expect(wellKnown["psoriasis"]?.verdict.value == .strong, "\(wellKnown.keys.sorted())")
    }

    @Test func conditionTableTakesTheVerdictColumn() {
        let found = claims([Self.table(["Condition", "Evidence Level", "Key Findings", "Verdict"], [
            ["Chronic back pain", "⭐⭐⭐⭐⭐ Strong (multiple RCTs)", "81-98% relief", "✅ Well-supported"],
            ["Improved immune function", "⭐⭐ Weak", "no direct RCT evidence", "❌ Not directly supported"],
            ["Fibromyalgia pain", "⭐⭐⭐ Moderate", "some positive findings", "⚠️ Promising but limited"],
        ])])
        #expect(found["back pain"]?.verdict == Classified(.strong, text: "Well-supported"))
        #expect(found["back pain"]?.mention.quote.hasPrefix("| Chronic back pain | ⭐⭐⭐⭐⭐") == true)
        #expect(found["back pain"]?.mention.span.line == 12)
        #expect(found["immunity"]?.verdict.value == .notEstablished)
        #expect(found["fibromyalgia"]?.verdict.value == .preliminary)
        #expect(found["back pain"]?.id == "page#e-\(StableHash.hex(["back pain"]))")
        #expect(found["back pain"]?.subject == "x")
    }

    @Test func yesNoTablesUnderAQuestionHeader() {
        let found = claims([Self.table(["Benefit", "Does it work?"], [
            ["Hangover", "No"], ["Jet lag", "Yes, for long flights east"], ["Sleep", "Maybe"],
        ])])
        #expect(found["hangover"]?.verdict.value == .noEffect)
        #expect(found["jet lag"]?.verdict.value == .strong)
        #expect(found["sleep"]?.verdict.value == .preliminary)
    }

    @Test func studyTablesGiveNoEvidenceClaims() {
        let found = claims([Self.table(["Study", "Year", "Design", "N", "Key finding"], [
            ["Smith et al.", "2012", "RCT", "82", "Strong relief of back pain"],
        ])])
        #expect(found.isEmpty)
    }

    @Test func stanceTableSplitsListsOfConditions() {
        let found = claims([Self.table(["What the evidence reasonably supports", "What is not established"], [
            ["A warm, tingling skin sensation is commonly described",
             "That they treat or cure back pain, sciatica, or fibromyalgia"],
        ])])
        #expect(Set(found.keys) == ["back pain", "sciatica", "fibromyalgia"])
        #expect(found.values.allSatisfy { $0.verdict.value == .notEstablished })
    }

    @Test func markedListsAndStanceHeadings() {
        let found = claims([
            Self.text(.heading, "What Is NOT Well-Supported by Evidence", line: 1),
            Self.text(.listItem, "❌ Weight loss — no evidence; sometimes claimed by manufacturers", line: 2),
            Self.text(.listItem, "Cellulite reduction — occasionally claimed by sellers", line: 3),
        ])
        #expect(found["weight loss"]?.verdict == Classified(.notEstablished, text: "no evidence"))
        #expect(found["cellulite"]?.verdict.value == .notEstablished)
    }

    @Test func labelledItemsAndFlatClaims() {
        let found = claims([
            Self.text(.listItem, "Restless legs: good evidence of benefit.", line: 1),
            Self.text(.listItem, "Night-time leg cramps: helps relax tight muscles.", line: 2),
            Self.text(.listItem, "Sauna and heart health: what we know", line: 3),
        ])
        #expect(found["restless legs"]?.verdict.value == .moderate)
        #expect(found["leg cramps"]?.verdict.value == .strong)
        #expect(found["heart health"] == nil)
    }

    @Test func bareTopicLabelTakesTheVerdictThatOpensTheNextBlock() {
        let found = claims([
            Self.text(.paragraph, "Cognitive decline", line: 1),
            Self.text(.paragraph, "Inconclusive: trials in older adults show no clear effect.", line: 2),
            Self.text(.heading, "Sleep", line: 3),
            Self.text(.paragraph, "Many people take it at night for sleep.", line: 4),
        ])
        #expect(found["cognitive decline"]?.verdict == Classified(.unclear, text: "Inconclusive"))
        #expect(found["sleep"] == nil)
    }

    @Test func faqAnswersRateTheQuestionsTopic() {
        let found = claims([
            Self.text(.paragraph, "Q: Can creatine help with depression?", line: 1),
            Self.text(.paragraph, "A: Maybe, but it is early days. One trial found faster recovery.", line: 2),
            Self.text(.paragraph, "Q: Do I need a loading phase?", line: 3),
            Self.text(.paragraph, "A: No. Strong evidence says 3 g/day for anxiety is enough.", line: 4),
        ])
        #expect(found["depression"]?.verdict.value == .preliminary)
        #expect(found["depression"]?.mention.quote == "Maybe, but it is early days.")
        #expect(found["anxiety"] == nil)
    }

    @Test func proseRatesTopicsClauseByClause() {
        let found = claims([Self.text(.paragraph,
            "The mechanisms are real: cortisol levels actually decrease; blood flow actually increases. "
            + "A 2012 trial (Smith et al.) found strong effects on sleep.", line: 1)])
        #expect(found["cortisol"]?.verdict.value == .strong)
        #expect(found["circulation"]?.verdict.value == .strong)
        #expect(found["sleep"] == nil)
    }

    @Test func oneClaimPerTopicTheTableWins() {
        let found = EvidenceExtractor().extract(from: Self.document([
            Self.text(.paragraph, "The evidence for anxiety is weak.", line: 1),
            Self.table(["Claim", "Verdict"], [["Anxiety", "Not established"], ["Sleep", "Preliminary"]], line: 5),
        ]), subject: "x")
        #expect(found.map(\.topic) == ["anxiety", "sleep"])
        #expect(found.first?.verdict.value == .notEstablished)
    }

    // MARK: - Topics from layout, outside the condition vocabulary

    @Test func ratingTableWithUnusualHeadersKeepsItsFirstCellsAsTopics() {
        let found = claims([Self.table(["What for", "What the studies say", "Bottom line"], [
            ["Joint stiffness", "Three small trials, all positive", "Promising"],
            ["Preventing gout", "One large trial, null", "No benefit"],
            ["Kidney stones", "Case reports only", "Not established"],
        ])])
        #expect(found["joint stiffness"]?.verdict.value == .preliminary)
        #expect(found["gout prevention"]?.verdict.value == .noEffect)
        #expect(found["kidney stones"]?.verdict.value == .notEstablished)
    }

    @Test func aPopulationColumnStillNeedsAKnownCondition() {
        let found = claims([Self.table(["Profile", "Expected benefit"], [
            ["Night-shift nurses", "⭐⭐⭐⭐ Very good"], ["Back pain sufferers", "⭐⭐⭐ Moderate"],
        ])])
        #expect(Set(found.keys) == ["back pain"])
    }

    @Test(arguments: [
        ("Joint stiffness — promising but early", "joint stiffness", VerdictClass.preliminary),
        ("Hay fever: clinically shown to calm sneezing", "hay fever", .strong),
        ("Staying sharp in old age: strong protective effect", "staying sharp in old age", .strong),
        ("Insomnia: several trials, consistent evidence", "insomnia", .strong),
    ])
    func listItemLeadsNameTheirTopic(item: String, topic: String, verdict: VerdictClass) {
        let found = claims([Self.text(.listItem, item, line: 3)])
        #expect(found[topic]?.verdict.value == verdict)
    }

    @Test func listItemLeadsThatAreNotTopicsGiveNothing() {
        let found = claims([
            Self.text(.listItem, "Why it matters: proven methods save time", line: 3),
            Self.text(.listItem, "It is cheap: strong sales", line: 4),
            Self.text(.listItem, "Webpack — currently not supported by older browsers", line: 5),
        ])
        #expect(found.isEmpty)
    }

    @Test(arguments: [
        ("Our dietitian's verdict on bloating: promising, but early.", "bloating", VerdictClass.preliminary),
        ("As for hot flushes, the evidence remains too thin to rate.", "hot flushes", .unclear),
        ("The evidence for joint stiffness is mixed at best.", "joint stiffness", .mixed),
        ("For prevention of gout, the answer appears to be no.", "gout prevention", .noEffect),
        ("It was a tiny study. Gum bleeding: preliminary.", "gum bleeding", .preliminary),
    ])
    func proseSentencesThatNameTheirTopic(text: String, topic: String, verdict: VerdictClass) {
        let found = claims([Self.text(.paragraph, text, line: 5)])
        #expect(found[topic]?.verdict.value == verdict)
        #expect(found[topic]?.mention.quote.contains(where: \.isLetter) == true)
    }

    @Test func anAnswerToAQuestionWithoutATopicRatesTheConditionsOfItsVerdictSentence() {
        let found = claims([
            Self.text(.paragraph, "Should my teenager take it before exams?", line: 1),
            Self.text(.paragraph, "Probably not. Revision habits matter more. In short, it is no proven remedy for anxiety in teenagers.", line: 2),
        ])
        #expect(found["anxiety"]?.verdict.value == .notEstablished)
        #expect(found.count == 1)
    }

    @Test(arguments: [
        ("- Hay fever — Safe and effective in two trials", "hay fever", VerdictClass.strong),
        ("| Falling asleep | Modest at best |", "falling asleep", VerdictClass.preliminary),
    ])
    func verdictWordingsOfRatingLists(line: String, topic: String, verdict: VerdictClass) {
        let block = line.hasPrefix("|")
            ? Self.table(["Use", "Verdict"], [line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }])
            : Self.text(.listItem, String(line.dropFirst(2)), line: 1)
        #expect(claims([block])[topic]?.verdict.value == verdict)
    }

    @Test func aSentenceCountingTheirParticipantsReportsOneStudyAndRatesNothing() {
        let found = claims([
            Self.text(.paragraph, "In the big trial, 5,120 Danes took zinc or placebo, and zinc did not prevent acne.", line: 1),
        ])
        #expect(found["acne"] == nil)
    }

    @Test func proseThatOffersNoSupportRatesTheConditionItNames() {
        let found = claims([
            Self.text(.paragraph, "Taken together, the reviewers say, trials offer no support for zinc as a way to treat acne. There is no good evidence that it mends broken bones either.", line: 1),
        ])
        #expect(found["acne"]?.verdict.value == .notEstablished)
        #expect(found["fractures"]?.verdict.value == .notEstablished)
    }

    @Test func anAnswerThatOpensWithAVerdictRatesTheConditionsItNamesNext() {
        let found = claims([
            Self.text(.paragraph, "Can I keep taking it for a decade?", line: 1),
            Self.text(.paragraph, "No one knows. Long-term side effects on the liver have never been tracked.", line: 2),
        ])
        #expect(found["long term safety"]?.verdict.value == .notEstablished)
    }

    @Test func anAnswerToAQuestionWithoutATopicStillGivesItsStatedVerdicts() {
        let found = claims([
            Self.text(.heading, "Will it help me at all?", line: 3),
            Self.text(.paragraph, "Perhaps. Two trials were small. Bottom line on hay fever: unclear.", line: 4),
        ])
        #expect(found["hay fever"]?.verdict.value == .unclear)
    }

    @Test func aBareAdjectiveRatesOnlyInAClauseAboutEvidence() {
        let found = claims([
            Self.text(.paragraph, "The rash on the eczema patches was mixed in colour.", line: 3),
            Self.text(.paragraph, "For psoriasis the trial results were mixed.", line: 4),
        ])
        #expect(found["eczema"] == nil)
        #expect(found["psoriasis"]?.verdict.value == .mixed)
    }

    @Test func twoLabelledItemsOnRelatedTopicsStayTwoRatings() {
        let found = claims([
            Self.text(.listItem, "Low mood: proven to help", line: 3),
            Self.text(.listItem, "Seasonal low mood: good evidence", line: 4),
        ])
        #expect(found.count == 2)
    }

    @Test func aProseVerdictRatesTheTopicsBesideItNotALaterAside() {
        let found = claims([Self.text(
            .paragraph,
            "Zinc lozenges did not prevent insomnia, anxiety, or stress, according to a review for the immune system.",
            line: 3)])
        #expect(Set(found.keys) == ["insomnia", "anxiety", "stress"])
    }

    @Test func aHeadingThatSetsAStanceRatesTheItemsUnderIt() {
        let found = claims([
            Self.text(.heading, "Claims to ignore", line: 3),
            Self.text(.listItem, "Reversing grey hair", line: 4),
            Self.text(.listItem, "Curing tinnitus", line: 5),
        ])
        #expect(found["grey hair"]?.verdict.value == .notEstablished)
        #expect(found["tinnitus"]?.verdict.value == .notEstablished)
    }

    @Test(arguments: [
        (["Outcome", "Our take"], ["Steadier blood sugar", "Promising, early"], "blood sugar", VerdictClass.preliminary),
        (["Claim", "Grade"], ["Fewer hot flushes", "Unproven"], "hot flushes", .notEstablished),
        (["", "Notes", "Judgement"], ["Jet lag", "three small trials", "Moderate"], "jet lag", .moderate),
        (["Use", "Details", "?"], ["Jet lag", "three small trials", "Well supported"], "jet lag", .strong),
    ])
    func ratingColumnsFoundByHeaderOrContent(header: [String], row: [String], topic: String, verdict: VerdictClass) {
        let found = claims([Self.table(header, [row])])
        #expect(found[topic]?.verdict.value == verdict)
    }

    @Test(arguments: [
        ("When it comes to gum health, there is no good evidence either way.", "gum health", VerdictClass.notEstablished),
        ("Nail growth — untested", "nail growth", .notEstablished),
        ("Hay fever – modest benefit in two trials", "hay fever", .moderate),
    ])
    func moreWaysOfNamingAndRatingATopic(text: String, topic: String, verdict: VerdictClass) {
        let kind: Block.Kind = text.contains("—") || text.contains("–") ? .listItem : .paragraph
        let found = claims([Self.text(kind, text, line: 3)])
        #expect(found[topic]?.verdict.value == verdict)
    }

    @Test func aSentenceComparingTrialGroupsReportsAStudyNotATopicRating() {
        let compared = claims([Self.text(
            .paragraph, "Anxiety scores did not differ between the groups, and the placebo arm slept no worse.", line: 3)])
        #expect(compared.isEmpty)
        let rated = claims([Self.text(.paragraph, "Anxiety scores did not differ in older adults.", line: 3)])
        #expect(rated["anxiety"]?.verdict.value == .noEffect)
    }
}

/// A headline's plainly stated result yields to the story's own rating of the same topic.
@Suite struct EvidenceRankingTests {
    private func ratings(_ text: String) throws -> [String: VerdictClass] {
        let document = try TextParser().parse(Array(text.utf8), id: "kelp", source: "kelp.txt")
        let found = EvidenceExtractor().extract(from: document, subject: "kelp", subjectTerms: ["kelp"])
        return Dictionary(found.compactMap { claim in claim.verdict.value.map { (claim.topic, $0) } },
                          uniquingKeysWith: { first, _ in first })
    }

    @Test func aStatedResultYieldsToTheEvidenceBehindIt() throws {
        let text = """
            Kelp eases hay fever

            A spoonful of kelp a day can clearly ease hay fever, a new study shows.
            """
        #expect(try ratings(text)["hay fever"] == .strong)
    }

    @Test func aStatedResultAloneIsModerate() throws {
        #expect(try ratings("Kelp eases hay fever\n\nThe spring brought many pollen days.")["hay fever"] == .moderate)
    }

    /// "shown to ease" says research showed it.
    @Test func aResultShownByResearchIsStrong() throws {
        #expect(try ratings("Kelp shown to ease hay fever in adults\n\nThe spring brought many pollen days.")["hay fever"] == .strong)
    }
}

/// A sentence that reports what one study found is that study's finding, not the page's rating.
@Suite struct StudyFindingSentenceTests {
    private func topics(_ text: String) throws -> [String] {
        let document = try TextParser().parse(Array(text.utf8), id: "kelp", source: "kelp.txt")
        return EvidenceExtractor().extract(from: document, subject: "kelp", subjectTerms: ["kelp"]).map(\.topic)
    }

    @Test func aStudysFindingIsNotAPageRating() throws {
        #expect(try topics("Kelp\n\nA study, paid for by the Lund Trust, of a kelp tablet found it ineffective for hay fever.").isEmpty)
        #expect(try topics("Kelp\n\nFurther analysis also found kelp to be ineffective for hay fever.").isEmpty)
    }

    @Test func thePagesOwnSentenceIsARating() throws {
        #expect(try topics("Kelp\n\nKelp tablets are ineffective for hay fever.") == ["hay fever"])
    }
}
