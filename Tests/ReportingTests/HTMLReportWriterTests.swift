import Model
import Reporting
import Testing

@Suite struct HTMLReportWriterTests {
    @Test func escapesEveryPageDerivedString() throws {
        let html = try HTMLReportWriter().render(SampleReport.make())
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.lowercased().contains("href=\"javascript:"))
        #expect(HTMLTags.attributes(in: html).allSatisfy { !$0.lowercased().hasPrefix("on") }, "no event handler attributes")
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
    }

    @Test func isSelfContained() throws {
        let html = try HTMLReportWriter().render(SampleReport.make())
        #expect(html.contains("Content-Security-Policy"))
        #expect(html.contains("script-src 'none'"))
        for attribute in ["src=\"http", "href=\"http", "href=\"//", "src=\"//", "@import", "url(http"] {
            #expect(!html.contains(attribute), "no external asset: \(attribute)")
        }
        let hrefs = HTMLTags.hrefs(in: html)
        #expect(!hrefs.isEmpty)
        #expect(hrefs.allSatisfy { $0.hasPrefix("#") }, "only in-page links: \(hrefs)")
    }

    @Test func hasContentsAndHighlightsConflicts() throws {
        let html = try HTMLReportWriter().render(SampleReport.make(hostileText: "plain"))
        #expect(html.contains("<nav class=\"toc\">"))
        #expect(html.contains("href=\"#study-1\""))
        #expect(html.contains("id=\"study-1\""))
        #expect(html.contains("href=\"#evidence-1\""))
        #expect(html.contains("<td class=\"conflict sev-major\"><span class=\"value\">n = 82</span>"))
        #expect(html.contains("<td class=\"conflict sev-minor\"><span class=\"value\">21 days</span>"))
        #expect(html.contains("data-severity=\"info\""), "the severity filter can hide info findings")
    }

    /// Each match explanation is drawn as an inline SVG waterfall from its data: one bar per
    /// step (the prior, then each field), red where a field takes away, no script.
    @Test func drawsEachExplanationAsAnSVGWaterfall() throws {
        let html = try HTMLReportWriter().render(SampleReport.make(hostileText: "plain"))
        let svg = try #require(html.range(of: "<svg class=\"waterfall\"").map { html[$0.lowerBound...] })
        let chart = svg[..<(svg.range(of: "</svg>")?.upperBound ?? svg.endIndex)]
        #expect(chart.components(separatedBy: "<rect").count - 1 == 4, "start, year, authors, conditions")
        #expect(chart.contains("<title>authors different −4.0 → -2.9</title>"))
        #expect(chart.contains("fill=\"#cf222e\"><title>authors"), "a penalty is drawn red")
        #expect(chart.contains("<title>match threshold 1.0</title>"))
        #expect(!chart.contains("<script"))
    }

    @Test func marksReviewedFindingsForTheFilter() throws {
        let plain = try HTMLReportWriter().render(SampleReport.make(hostileText: "plain"))
        #expect(!plain.contains("Hide reviewed</label>"), "no review filter without a review store")
        let report = SampleReport.make(hostileText: "plain")
            .withReviews(["f-back": FindingReview(status: .accepted, reviewer: "ana <b>")])
        let html = try HTMLReportWriter().render(report)
        #expect(html.contains("<label for=\"hide-reviewed\">Hide reviewed</label>"))
        #expect(html.contains("data-severity=\"major\" data-reviewed=\"yes\""))
        #expect(html.contains("<span class=\"review accepted\">accepted by ana &lt;b&gt;</span>"))
        #expect(html.contains("<span class=\"fid\">f-n</span>"))
    }
}

/// Minimal tag scanning for assertions (not a parser: enough for our own template's output).
enum HTMLTags {
    /// Attribute names of every tag.
    static func attributes(in html: String) -> [String] {
        tags(in: html).flatMap { tag -> [String] in
            let body = tag.drop { $0 != " " }
            return body.split(separator: " ").compactMap { part in
                guard let eq = part.firstIndex(of: "=") else { return nil }
                return String(part[..<eq])
            }
        }
    }

    /// Every `href="…"` value.
    static func hrefs(in html: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
    }

    /// The text between each `<` and the next `>`.
    static func tags(in html: String) -> [String] {
        html.split(separator: "<").dropFirst().compactMap { $0.split(separator: ">", maxSplits: 1).first.map(String.init) }
    }
}
