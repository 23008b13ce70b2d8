import Model
import Reporting
import Testing

@Suite struct ReportSummaryTests {
    @Test func countsPagesClaimsMatchesAndFindings() {
        let summary = ReportSummary(SampleReport.make())
        #expect(summary.pages == 2 && summary.failedPages == 1)
        #expect(summary.studyClaims == 3 && summary.evidenceClaims == 2)
        #expect(summary.confidentMatches == 1 && summary.possibleMatches == 0)
        #expect(summary.count(.major) == 3 && summary.count(.minor) == 1 && summary.count(.info) == 1)
        #expect(summary.count(.conflict) == 3 && summary.count(.evidenceConflict) == 1 && summary.count(.internal) == 1)
        #expect(summary.reviewed == nil)
        #expect(summary.lines == [
            "pages: 2 (1 failed) · claims: 5 (3 study, 2 evidence) · matches: 1 (0 possible)",
            "findings: 5 (3 major, 1 minor, 1 info) · 3 study conflicts, 1 evidence conflicts, 1 internal",
        ])
    }

    @Test func countsReviewedFindingsOnceAStoreIsAttached() {
        let report = SampleReport.make().withReviews([
            "f-n": FindingReview(status: .dismissed), "f-back": FindingReview(status: .accepted),
            "f-grim": FindingReview(status: .open),
        ])
        let summary = ReportSummary(report)
        #expect(summary.reviewed == 2)
        #expect(summary.lines.last?.hasSuffix(" · 2 reviewed") == true)
    }
}
