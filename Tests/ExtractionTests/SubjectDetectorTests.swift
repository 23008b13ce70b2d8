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
}
