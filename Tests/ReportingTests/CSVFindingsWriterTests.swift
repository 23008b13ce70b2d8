import Model
@testable import Reporting
import Testing

@Suite struct CSVFindingsWriterTests {
    @Test func oneRowPerFinding() {
        let report = SampleReport.make()
        let records = CSVParser.parse(CSVFindingsWriter().render(report))
        #expect(records.first == CSVFindingsWriter.header)
        #expect(records.count == report.findings.count + 1)
        #expect(records.dropFirst().allSatisfy { $0.count == CSVFindingsWriter.header.count })
        let sampleSize = records.first { $0.first == "f-n" }
        #expect(sampleSize?[1] == "conflict")
        #expect(sampleSize?[2] == "major")
        #expect(sampleSize?[3] == "sampleSize")
        #expect(sampleSize?[9] == "page-a#1=82\npage-b#2=42")
        #expect(sampleSize?[10] == "Inputs/page-a.txt:6\nInputs/page-b.html:8")
        #expect(sampleSize?[12] == "", "no review column value without a review store")
    }

    @Test func neutralisesSpreadsheetFormulas() {
        let records = CSVParser.parse(CSVFindingsWriter().render(SampleReport.make()))
        let grim = records.first { $0.first == "f-grim" }
        #expect(grim?[8] == "'=50% of 7 is not a whole number of people")
    }

    /// The OWASP CSV-injection rule: every formula-starting character gets a leading `'`.
    @Test(arguments: [
        ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"), ("+1+1", "'+1+1"), ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"), ("\t=1", "'\t=1"), ("\r=1", "'\n=1"),
        ("plain", "plain"), ("a=b", "a=b"), ("", ""),
        ("red \u{1B}[31mx\u{1B}]0;title\u{07}", "red [31mx]0;title"),
    ])
    func neutralisesEachFormulaStart(cell: String, expected: String) {
        #expect(CSVFindingsWriter().safe(cell) == expected)
    }

    @Test func showsReviewStatusWhenReviewsExist() {
        let report = SampleReport.make().withReviews(["f-n": FindingReview(status: .dismissed, reviewer: "ana")])
        let records = CSVParser.parse(CSVFindingsWriter().render(report))
        #expect(records.first { $0.first == "f-n" }?[12] == "dismissed")
        #expect(records.first { $0.first == "f-back" }?[12] == "open")
    }
}
