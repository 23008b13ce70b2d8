import Documents
import Extraction
import Findings
import Testing

@Suite struct ConsistencyChecksTests {
    @Test(arguments: [
        (98.0, 0, 82, true),     // 80/82 = 97.56% rounds to 98%
        (50.0, 0, 7, false),     // 3/7 = 42.9%, 4/7 = 57.1%
        (50.0, 0, 8, true),
        (33.3, 1, 3, true),      // 1/3 = 33.33%
        (33.4, 1, 3, false),
        (81.0, 0, 100, true),
        (94.0, 0, 1000, true),
    ])
    func grimArithmetic(percent: Double, decimals: Int, n: Int, possible: Bool) {
        #expect((ConsistencyChecks.impossiblePercentage(percent, decimals: decimals, n: n) == nil) == possible)
    }

    @Test func grimFindingShowsTheArithmetic() throws {
        var study = claim("a#1", n: 7, numbers: [ReportedNumber(kind: .percentage, value: 50, text: "50%", line: 4)])
        study.mentions = [Mention(quote: "In a trial of 7 people, 50% reported relief.", span: SourceSpan(line: 4))]
        let finding = try #require(ConsistencyChecks().findings([study]).first)
        #expect(finding.kind == .internal)
        #expect(finding.message.contains("3/7 = 42.9%") && finding.message.contains("4/7 = 57.1%"))
        var fine = claim("a#1", n: 82, numbers: [ReportedNumber(kind: .percentage, value: 98, text: "98%", line: 4)])
        fine.mentions = [Mention(quote: "| Swedish RCT | 82 | 98% reported pain relief |", span: SourceSpan(line: 4))]
        #expect(ConsistencyChecks().findings([fine]).isEmpty)
    }

    @Test func aChangeIsNotAShare() {
        var study = claim("a#1", n: 44, numbers: [ReportedNumber(kind: .percentage, value: 35, text: "35%", line: 4)])
        study.mentions = [Mention(quote: "35% more hair growth than sham", span: SourceSpan(line: 4))]
        #expect(ConsistencyChecks().findings([study]).isEmpty)
    }

    @Test func oneStudyCalledRCTAndObservationalOnOnePage() {
        let findings = ConsistencyChecks().findings([
            claim("a#1", authors: ["Kjerryd"], year: 2012, design: .rct),
            claim("a#2", authors: ["Kjerryd"], year: 2012, design: .observational),
            claim("b#1", authors: ["Kjerryd"], year: 2012, design: .cohort),
        ])
        #expect(findings.count == 1)
        #expect(findings.first?.claims == ["a#1", "a#2"])
    }

    @Test func registeredTrialWithResults() {
        let pending = claim("a#1", year: 2024, design: .registeredTrial, verdict: .notReported, nct: "NCT06644365")
        #expect(ConsistencyChecks().findings([pending]).isEmpty)
        let reported = claim("a#1", year: 2024, design: .rct, verdict: .strong, nct: "NCT06644365")
        #expect(ConsistencyChecks().findings([reported]).first?.message.contains("NCT06644365") == true)
    }
}
