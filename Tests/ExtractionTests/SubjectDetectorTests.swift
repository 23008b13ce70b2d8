import Documents
import Testing
@testable import Extraction

@Suite struct SubjectDetectorTests {
    static func page(_ title: String, _ body: [String]) -> Document {
        var blocks = [Block(kind: .heading, text: title, level: 1, span: SourceSpan(line: 1))]
        for (index, text) in body.enumerated() {
            blocks.append(Block(kind: .paragraph, text: text, span: SourceSpan(line: index + 2)))
        }
        return Document(id: "p", source: "p.txt", format: .text, title: title, blocks: blocks)
    }

    @Test func readsTheInterventionFromTitleAndBody() {
        let page = Self.page("Does Acupressure Mat Really Work? A Complete Science Review (2026)", [
            "Acupressure mats are covered in spikes. We tested an acupressure mat for weeks.",
            "Lying on the mat eases back pain, say users of the acupressure mat.",
        ])
        #expect(SubjectDetector().subject(of: page) == "acupressure mat")
    }

    /// A number made plural ("vitamin B12s") names the same thing as the number.
    @Test func aPluralNumberIsTheNumber() {
        #expect(SubjectDetector.canonical(["vitamin", "b", "12s"]) == SubjectDetector.canonical(["vitamin", "b", "12"]))
        #expect(SubjectDetector.canonical(["mats"]) == "mats")
    }

    /// What the subject does in a headline is not part of its name.
    @Test func aHeadlineVerbEndsTheSubject() {
        let page = Self.page("Sea kelp protects the liver", [
            "Sea kelp protects against toxins, a new study suggests.",
            "The sea kelp tablets were taken daily.",
        ])
        #expect(SubjectDetector().subject(of: page) == "sea kelp")
    }

    @Test func aBannerTitleYieldsToThePapersTitle() {
        let blocks = [
            Block(kind: .heading, text: "Repository Preprint Banner", level: 1, span: SourceSpan(line: 1)),
            Block(kind: .paragraph, text: "Published in final edited form as: Sleep Med. 2020.", span: SourceSpan(line: 2)),
            Block(kind: .heading, text: "Chamomile Tea for Insomnia in Older Adults", level: 2, span: SourceSpan(line: 3)),
            Block(kind: .paragraph, text: "We gave chamomile tea or a placebo tea to 80 adults. Chamomile did not change sleep.",
                  span: SourceSpan(line: 4)),
            Block(kind: .paragraph, text: "Chamomile was well tolerated.", span: SourceSpan(line: 5)),
        ]
        let page = Document(id: "p", source: "p.txt", format: .text, title: "Repository Preprint Banner", blocks: blocks)
        #expect(SubjectDetector().subject(of: page) == "chamomile tea")
    }

    @Test func aCitationHeadingNamesNoSubject() {
        let blocks = [
            Block(kind: .heading, text: "Repository Preprint Banner", level: 1, span: SourceSpan(line: 1)),
            Block(kind: .heading, text: "Published as: Sleep Med. 2020 Apr;14(2):101–109. doi: 10.1000/sm.2020.9",
                  level: 2, span: SourceSpan(line: 2)),
            Block(kind: .heading, text: "Chamomile Tea for Insomnia in Older Adults", level: 2, span: SourceSpan(line: 3)),
            Block(kind: .paragraph, text: "Published trials of chamomile: we gave chamomile tea to 80 adults (Sleep Med).",
                  span: SourceSpan(line: 4)),
            Block(kind: .paragraph, text: "Chamomile was well tolerated; Sleep Med published the form.", span: SourceSpan(line: 5)),
        ]
        let page = Document(id: "p", source: "p.txt", format: .text, title: blocks[0].text, blocks: blocks)
        #expect(SubjectDetector().subject(of: page) == "chamomile tea")
    }

    @Test func longPluralsInOesFold() {
        #expect(TextFolding.singular("potatoes") == "potato")
        #expect(TextFolding.singular("shoes") == "shoe")
    }

    @Test func samePlantSameSubjectAcrossSites() {
        let listicle = Self.page("9 Proven Health Benefits of Turmeric and Curcumin", [
            "Turmeric has been used for centuries. Its active compound, curcumin, fights inflammation.",
            "Curcumin blocks NF-kB. Take turmeric with pepper.",
        ])
        let clinic = Self.page("Turmeric (curcumin) for joint pain: patient information | Some Clinic", [
            "Many patients ask whether turmeric supplements are worth trying for knee pain.",
        ])
        #expect(SubjectDetector().subject(of: listicle) == SubjectDetector().subject(of: clinic))
    }

    @Test func conditionWordsAreNotTheSubject() {
        let page = Self.page("Magnesium for Sleep: The Complete Evidence Guide", [
            "Magnesium calms the nervous system. Sleep is better with magnesium, sellers say.",
        ])
        #expect(SubjectDetector().subject(of: page) == "magnesium")
    }

    @Test func differentInterventionsDiffer() {
        let creatine = Self.page("Creatine FAQ: Your Top Questions Answered", ["Is creatine safe? Creatine is studied."])
        let sauna = Self.page("Sauna Benefits: What the Research Says", ["A sauna session raises heart rate. Sauna use…"])
        #expect(SubjectDetector().subject(of: creatine) == "creatine")
        #expect(SubjectDetector().subject(of: sauna) == "sauna")
    }

    @Test func genericTitleFallsBackToHeadings() {
        let page = Document(id: "f", source: "f.txt", format: .text, title: "FAQ | Frequently Asked Questions", blocks: [
            Block(kind: .heading, text: "Ashwagandha questions", level: 2, span: SourceSpan(line: 1)),
            Block(kind: .paragraph, text: "Is ashwagandha safe? Ashwagandha is a herb.", span: SourceSpan(line: 2)),
        ])
        #expect(SubjectDetector().subject(of: page) == "ashwagandha")
    }

    @Test func shortNumbersStayInTheName() {
        let page = Self.page("Omega-3 Fish Oil: What Does the Science Say? (2026)", [
            "Fish oil supplements are popular. Omega-3 fats lower triglycerides; omega-3 intake varies.",
        ])
        #expect(SubjectDetector().subject(of: page) == "omega 3")
    }

    @Test func pageWithoutTitleHasNoSubject() {
        let page = Document(id: "x", source: "x.txt", format: .text, title: nil, blocks: [])
        #expect(SubjectDetector().subject(of: page) == "")
    }

    @Test(arguments: [
        ("5-HTP for Low Mood: What Trials Show", "People take 5-HTP for mood. 5-HTP is made from a seed.", "5htp"),
        ("Kelp's effect on thyroid function", "Kelp is a seaweed. Kelp tablets are sold everywhere.", "kelp"),
        ("Vitamin K2 and bone density", "Vitamin K2 differs from vitamin K1. Vitamin K2 is in cheese.", "vitamin k2"),
    ])
    func numberedNamesAndPossessivesStayWhole(title: String, body: String, expected: String) {
        #expect(SubjectDetector().subject(of: Self.page(title, [body])) == expected)
    }

    @Test func pagesOnOneInterventionWordedDifferentlyShareASubject() {
        let krill = Self.page("Krill Oil Capsules for Stiff Joints", [
            "Krill oil is rich in omega-3. The omega-3 in krill oil is bound to phospholipids.",
            "Whether omega-3 from krill beats omega-3 from other sources is unclear.",
        ])
        let omega = Self.page("Omega-3 and Joint Stiffness: A Reader's Guide", [
            "Omega-3 fats come from fish and krill. Trials of omega-3 for joints are small.",
        ])
        let detector = SubjectDetector()
        let (a, b) = (detector.subject(of: krill), detector.subject(of: omega))
        #expect(a != b)
        #expect(detector.subjectTerms(of: krill).contains(b))
        #expect(SubjectDetector.sameSubject(a, detector.subjectTerms(of: krill), b, detector.subjectTerms(of: omega)))
    }

    @Test func differentInterventionsAreNeverTheSameSubject() {
        let zinc = Self.page("Zinc Lozenges for Colds", [
            "Zinc lozenges shorten colds, some trials say. Zinc acetate lozenges did best. Zinc tastes odd.",
        ])
        let elder = Self.page("Elderberry Syrup for Colds", [
            "Elderberry syrup is popular. Elderberry extract trials are small. Elderberry and zinc are often sold together.",
        ])
        let detector = SubjectDetector()
        #expect(!SubjectDetector.sameSubject(detector.subject(of: zinc), detector.subjectTerms(of: zinc),
                                             detector.subject(of: elder), detector.subjectTerms(of: elder)))
    }
}
