import Testing
@testable import Extraction

@Suite struct VerdictClassifierTests {
    let classifier = VerdictClassifier()

    @Test(arguments: [
        ("✅ Well-supported", VerdictClass.strong),
        ("clinically shown to ease hay fever", .strong),
        ("early-stage data, nothing more", .preliminary),
        ("the data in older women are too thin to rate", .unclear),
        ("for relapse, the answer appears to be no", .noEffect),
        ("the capsules did not prevent a single flare", .noEffect),
        ("Where the marketing falls short", .notEstablished),
        ("⭐⭐⭐⭐⭐ Strong (multiple RCTs)", .strong),
        ("The 2012 Swedish and 2018 German RCTs are particularly robust", .strong),
        ("⭐⭐⭐ Moderate", .moderate),
        ("⚠️ Promising but limited", .preliminary),
        ("the authors called these pilot results and said larger trials were needed", .preliminary),
        ("the study cannot cleanly separate the mat's contribution from the exercise", .unclear),
        ("the mat helped subjectively, but not beyond simply practicing relaxation", .noEffect),
        ("❌ Weight loss — no evidence", .notEstablished),
        ("❌ Not directly supported", .notEstablished),
        ("What Is NOT Well-Supported by Evidence", .notEstablished),
        ("Not established", .notEstablished),
        ("a handful of small trials, with mixed results", .mixed),
        ("Mixed: fewer reported absences, no fewer illness days", .mixed),
        ("Moderate: many small trials, low quality", .moderate),
        ("No: regular plunges after lifting may blunt gains", .noEffect),
        ("No evidence", .notEstablished),
        ("Unlikely to help", .noEffect),
        ("No benefit shown", .noEffect),
        ("Weak evidence; may help slightly", .preliminary),
        ("★★★★★ Proven", .strong),
        ("Fat loss and body contouring: good evidence that it helps trim inches.", .moderate),
        ("There is reasonable evidence for a modest improvement.", .moderate),
        ("Maybe, but it is early days.", .preliminary),
        ("it is not a proven sleep treatment", .notEstablished),
        ("cortisol levels actually decrease", .strong),
        ("its results have not yet been published", .notReported),
        ("There is little evidence that melatonin improves sleep quality", .notEstablished),
        ("there is clear evidence for jet lag", .strong),
        ("Low certainty", .preliminary),
        ("Inconclusive", .unclear),
        ("Cannabis for PTSD lacks high-quality evidence", .notEstablished),
        ("large trials found no significant benefit", .noEffect),
        ("4/5", .strong), ("2 out of 5", .preliminary), ("★★★☆☆", .moderate),
    ])
    func classifies(text: String, expected: VerdictClass) {
        #expect(classifier.classify(text)?.value == expected)
    }

    @Test(arguments: [
        ("We read it as suggestive rather than conclusive.", VerdictClass.preliminary),
        ("The reviewers found the gain real but small.", .moderate),
        ("It found a small but significant drop in blood pressure.", .moderate),
        ("The average effect was too small to matter to patients.", .noEffect),
        ("Those on the pill were no less likely to relapse.", .noEffect),
    ])
    func classifiesHedges(text: String, expected: VerdictClass) {
        #expect(VerdictClassifier().classify(text)?.value == expected)
    }

    /// A bare rating adjective rates the evidence in a label or in a clause about evidence,
    /// not when it describes something else.
    @Test(arguments: [
        ("Patients cooked with a moderate-salt broth, a low-salt broth or tap water.", nil),
        ("Half the riders kept a good pace for the first lap around the lake.", nil),
        ("We judge the support for the cream as moderate.", VerdictClass.moderate),
        ("Moderate", .moderate),
        ("Mixed: eased some rashes, did nothing in the biggest trial", .mixed),
    ])
    func bareAdjectivesNeedEvidence(text: String, expected: VerdictClass?) {
        #expect(classifier.classify(text)?.value == expected, "\(text)")
    }

    /// "established" rates a treatment or the evidence, not a disease it describes.
    @Test func establishedRatesOnlyATreatmentOrTheEvidence() {
        #expect(classifier.classify("Nettle tea is an established treatment for hay fever.")?.value == .strong)
        #expect(classifier.classify("The tea did more for young gardeners than for those with more established joint disease.")?.value != .strong)
    }

    /// What a trial was built to find is its aim, not its result; a null result is one.
    @Test func aStudysAimIsNotItsResult() {
        #expect(classifier.classify("The trial was designed to detect even a modest effect on colds.") == nil)
        #expect(classifier.classify("Its null result surprised the lozenge makers.")?.value == .noEffect)
    }

    /// A reporting verb with "that" hedges the clause it reports, however long its subject.
    @Test func aReportedClauseIsHedgedToItsEnd() {
        let long = classifier.classify("Research suggests that rubbing a little aloe gel in can improve scars.")
        #expect(long?.value == .preliminary)
        #expect(long?.text.hasSuffix("improve") == true, "\(String(describing: long))")
        #expect(classifier.classify("Research suggests that aloe gel can improve scars.")?.text.hasSuffix("improve") == true)
    }

    @Test func aProofOfConceptIsAnEarlyTest() {
        #expect(classifier.classify("The authors call their kiln trial a proof-of-concept experiment.")?.value == .preliminary)
        #expect(classifier.classify("They have proved that the lotion shortens healing.")?.value == .strong)
    }

    @Test func framingIsNoVerdict() {
        let resolver = StudyVerdictResolver(classifier: VerdictClassifier())
        #expect(resolver.heaviest(in: ["This guide sets out what the research does and does not show."]) == nil)
    }

    @Test func keepsThePagesWords() {
        #expect(classifier.classify("| Chronic back pain | … | ✅ Well-supported |")?.text == "Well-supported")
        #expect(classifier.classify("What Is NOT Well-Supported by Evidence")?.text == "Is NOT Well-Supported")
    }

    @Test(arguments: ["Chronic back pain", "Study / Source", ""])
    func saysNothingWithoutAVerdict(text: String) {
        #expect(classifier.classify(text) == nil)
    }
}
