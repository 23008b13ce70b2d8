import Model
import Reporting
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

    @Test func showsReviewStatusWhenReviewsExist() {
        let report = SampleReport.make().withReviews(["f-n": FindingReview(status: .dismissed, reviewer: "ana")])
        let records = CSVParser.parse(CSVFindingsWriter().render(report))
        #expect(records.first { $0.first == "f-n" }?[12] == "dismissed")
        #expect(records.first { $0.first == "f-back" }?[12] == "open")
    }
}
