import Testing
import Documents
@testable import Extraction

/// NegEx / ConText scopes over invented sentences.
@Suite struct ContextScopesTests {
    private func scopes(_ text: String) -> (ContextScopes, [String]) {
        let words = text.lowercased().split(separator: " ").map(String.init)
        return (ContextScopes(words: words, clauseBreaks: []), words)
    }

    private func modifier(_ text: String, of term: String) -> ContextTriggers.Category? {
        let (scopes, words) = scopes(text)
        guard let index = words.firstIndex(of: term) else { Issue.record("no \(term)"); return nil }
        return scopes.modifier(of: index..<index + 1)?.category
    }

    @Test func forwardNegationReachesTheVerbAfterIt() {
        #expect(modifier("the lozenge did not shorten colds", of: "shorten") == .negation)
    }

    @Test func terminationEndsTheScope() {
        #expect(modifier("the gel did not ease swelling but it eased stiffness", of: "eased") == nil)
    }

    @Test func terminationTriggersSeparateSegments() {
        let (scopes, words) = scopes("the wrap did not warm hands but it eased stiffness")
        let warm = words.firstIndex(of: "warm")!, not = words.firstIndex(of: "not")!, eased = words.firstIndex(of: "eased")!
        #expect(!scopes.separates(not, warm))
        #expect(scopes.separates(warm, eased))
        #expect(scopes.separates(eased, warm))
    }

    @Test func theWindowIsFiveWords() {
        #expect(modifier("no one in the small rural clinic improved", of: "improved") == nil)
        #expect(modifier("no one in the clinic improved", of: "improved") == .negation)
    }

    @Test func prepositionsDenyOnlyTheNounPhraseAfterThem() {
        #expect(modifier("riders without a helmet habit improved", of: "improved") == nil)
        #expect(modifier("it ended without benefit", of: "benefit") == .negation)
    }

    @Test func backwardTriggersReachTheWordsBefore() {
        #expect(modifier("a lasting effect is unlikely", of: "effect") == .negation)
    }

    @Test func pseudoTriggersNeitherModifyNorEnd() {
        #expect(modifier("the drops not only soothed eyes", of: "soothed") == nil)
    }

    @Test func hedgesAndQuestions() {
        #expect(modifier("the tonic appears to sharpen recall", of: "sharpen") == .uncertainty)
        #expect(modifier("we asked whether the tonic sharpens recall", of: "sharpens") == .hypothetical)
        #expect(modifier("the tonic may not sharpen recall", of: "sharpen") == .negation)
    }

    @Test func aTriggerInsideTheTermDoesNotModifyIt() {
        let (scopes, _) = scopes("no benefit at all")
        #expect(scopes.modifier(of: 0..<2) == nil)
    }

    @Test func relativeClausesDescribePeople() {
        let (scopes, words) = scopes("sailors who had not recovered on rest alone took the tablet")
        let recovered = words.firstIndex(of: "recovered")!
        #expect(scopes.describesPeople(recovered..<recovered + 1))
        let took = words.firstIndex(of: "took")!
        #expect(!scopes.describesPeople(took..<took + 1))
    }

    @Test func theBundledTriggerTableLoads() {
        #expect(ContextTriggers.triggers.contains { $0.category == .termination })
        #expect(ContextTriggers.triggers.allSatisfy { $0.reach >= 1 && $0.reach <= ContextScopes.clauseReach })
    }

    @Test func aBadTriggerRowNamesFileAndLine() throws {
        let table = try VocabularyTable(file: "T.tsv", text: "# c\nnegation\t-\tnot\n", columns: 3...4)
        #expect(throws: ExtractionError.self) { try ContextTriggers.parse(table) }
    }
}

/// What a study's own sentences say it found, when nothing rates it.
@Suite struct ResultReadingTests {
    let classifier = VerdictClassifier()

    @Test(arguments: [
        ("Children given the syrup had fewer coughing fits.", VerdictClass?.some(.moderate)),
        ("The patch lowered cravings in the first month.", .moderate),
        ("The patch did not lower cravings.", .noEffect),
        ("The drops brought no reduction in dry-eye days.", .noEffect),
        ("Gum users saw a 20% reduction in cravings.", .moderate),
        ("The tea may have a positive impact on mood.", .preliminary),
        ("Daily drops may slow the loss of night vision.", .preliminary),
        ("Eating nuts was linked to fewer hip fractures.", .preliminary),
        ("The trial set out to test whether the patch lowers cravings.", nil),
        ("Volunteers were weighed each week.", nil),
    ])
    func reading(_ text: String, _ expected: VerdictClass?) {
        #expect(classifier.resultReading(in: text)?.value == expected)
    }

    @Test func aDeniedResultOutweighsNothingExplicit() {
        // An explicit rating in the same text wins over a denied result.
        #expect(classifier.classify("Pain did not fall; the authors called it a mixed result.")?.value == .mixed)
        #expect(classifier.classify("The drops did not shorten the colds.")?.value == .noEffect)
    }

    @Test func aHedgedRatingIsPreliminaryAndAQuestionRatesNothing() {
        #expect(classifier.classify("the balm may be proven one day")?.value == .preliminary)
        #expect(classifier.classify("to see whether it is proven")?.value == nil)
        #expect(classifier.classify("the cream is not effective for warts")?.value == .noEffect)
        #expect(classifier.classify("the cream is not proven for warts")?.value == .notEstablished)
        #expect(classifier.classify("the team found no evidence that the cream cleared warts")?.value == .noEffect)
        #expect(classifier.classify("there is no evidence that the cream clears warts")?.value == .notEstablished)
    }
}

/// A result sentence rates the page's subject only when it is about it.
@Suite struct SubjectSentenceTests {
    @Test func aResultAboutAnotherTreatmentRatesNothing() {
        let page = Document(id: "kelp", source: "kelp.txt", format: .text, title: nil, blocks: [
            Block(kind: .paragraph, text: "Kelp tablets may ease hay fever.", span: SourceSpan(line: 1)),
            Block(kind: .paragraph, text: "A nasal spray may ease sinusitis.", span: SourceSpan(line: 2)),
            Block(kind: .paragraph, text: "They may also ease eczema.", span: SourceSpan(line: 3)),
        ])
        let topics = EvidenceExtractor().extract(from: page, subject: "kelp", subjectTerms: ["kelp"]).map(\.topic)
        #expect(topics.contains("hay fever"))
        #expect(topics.contains("eczema"))
        #expect(!topics.contains { $0.contains("sinus") })
    }

    @Test func pluralsNameTheSubject() {
        #expect(EvidenceExtractor.isAboutSubject("Carrots may lower the odds of gout.", "carrot juice"))
        #expect(!EvidenceExtractor.isAboutSubject("Statins may lower the odds of gout.", "carrot juice"))
    }
}

/// Results stated as shown by research, and headlines that state a result, rate a topic.
@Suite struct StatedResultTests {
    let classifier = VerdictClassifier()

    @Test func researchShowingAResultRatesItStrong() {
        #expect(classifier.classify("Trials have shown that the lozenge shortens colds.")?.value == .strong)
        // Stated plainly it rates nothing; a hedge or a denial still does.
        #expect(classifier.classify("The lozenge shortens colds.") == nil)
        #expect(classifier.classify("The lozenge may shorten colds.")?.value == .preliminary)
    }

    @Test func aHeadlineStatingAResultRatesItsTopic() throws {
        let text = """
            Kelp Tablets Ease Hay Fever, Study Finds

            Pollen counts were high this spring.
            """
        let document = try TextParser().parse(Array(text.utf8), id: "kelp", source: "kelp.txt")
        let claims = EvidenceExtractor().extract(from: document, subject: "kelp", subjectTerms: ["kelp"])
        let rated = try #require(claims.first { $0.topic == "hay fever" })
        #expect(rated.verdict.value == .strong)
    }

    @Test func aHeadlineAboutAnotherTreatmentRatesNothing() throws {
        let text = """
            Nasal Spray Eases Hay Fever

            Pollen counts were high this spring.
            """
        let document = try TextParser().parse(Array(text.utf8), id: "kelp", source: "kelp.txt")
        #expect(EvidenceExtractor().extract(from: document, subject: "kelp", subjectTerms: ["kelp"]).isEmpty)
    }
}
