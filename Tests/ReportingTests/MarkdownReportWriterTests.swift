import Model
import Reporting
import Testing

@Suite struct MarkdownReportWriterTests {
    @Test func showsSummaryTablesQuotesAndConflicts() throws {
        let md = try MarkdownReportWriter().render(SampleReport.make(hostileText: "plain"))
        #expect(md.hasPrefix("# Fact-check report\n"))
        #expect(md.contains("**5 findings: 3 major, 1 minor, 1 info**"))
        #expect(md.contains("| Field | page-a | page-b |"))
        #expect(md.contains("| ⚠ Sample size | **n = 82** ⚠ “82” | **n = 42** ⚠ “total n = 42” |"))
        #expect(md.contains("| Year | 2012 | 2012 |"), "agreeing fields are not marked")
        #expect(md.contains("(Inputs/page-b.html:8)"), "quotes carry file:line")
        #expect(md.contains("### back pain (acupressure mat): major"))
        #expect(md.contains("### Ratings by page: acupressure mat"))
        #expect(md.contains("| ⚠ back pain | **strong** ⚠ “✅ Well-supported” | **not established** ⚠ “not established plain” |"))
        let authors = md.split(separator: "\n").first { $0.hasPrefix("| authors | different |") }
        #expect(authors?.contains("| −4.0 |") == true && authors?.hasSuffix("| Kjerryd vs Hohmann |") == true,
                "the match explanation shows penalties")
        #expect(md.contains("## Pages that could not be read"))
        #expect(md.contains("pages: 2 (1 failed)"))
        #expect(!md.contains("\n\n\n"), "no runs of blank lines")
    }

    @Test func escapesPageText() throws {
        let md = try MarkdownReportWriter().render(SampleReport.make())
        let unescaped = zip(md.dropLast(), md.dropFirst()).filter { $1 == "<" && $0 != "\\" }
        #expect(unescaped.isEmpty && md.first != "<", "every < is backslash-escaped")
        #expect(!md.contains("](javascript:"))
        #expect(md.contains("\\<script\\>alert(1)\\</script\\>"))
    }

    @Test func saysSoWhenNothingMatched() throws {
        let base = SampleReport.make()
        let empty = Report(documents: base.documents, claims: [], matches: [], findings: [], run: base.run)
        let md = try MarkdownReportWriter().render(empty)
        #expect(md.contains("No study was recognised on more than one page."))
        #expect(md.contains("No page contradicts itself."))
        #expect(!md.contains("failed)"), "zero counts do not open sections")
        #expect(!md.contains("more in report.json"))
    }

    @Test func namesFindingIdsAndReviewDecisions() throws {
        let report = SampleReport.make(hostileText: "plain")
            .withReviews(["f-n": FindingReview(status: .dismissed, reviewer: "ana", note: "same trial, two reports")])
        let md = try MarkdownReportWriter().render(report)
        #expect(md.contains("- **major** Sample size: sample size 82 vs 42 (f-n, dismissed by ana: same trial, two reports)"))
        #expect(md.contains("- **major** Design: design rct vs pilot_rct: a pilot called a full RCT (f-design)"))
        #expect(md.contains("(f-back)"), "evidence conflicts show their id for `reconcile review`")
        #expect(md.contains("| Reviewed: accepted or dismissed | 1 |"))
    }
}
