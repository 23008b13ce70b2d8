import Foundation
import TestSupport
import Testing

/// Page text that would run in a browser if a report wrote it unescaped, sent through the
/// whole pipeline (file name, title, study table, prose, links).
@Suite struct HostileReportTests {
    static let script = "<script>alert(1)</script>"
    static let image = #""><img src=x onerror=alert(1)>"#

    /// An HTML page with hostile markup in the title, headings, prose, links and a study table.
    static func hostileHTML() -> String {
        """
        <!DOCTYPE html>
        <html><head><title>Mats \(script) review \(image)</title></head>
        <body>
        <h1>Acupressure mats \(script)</h1>
        <p>A 2012 randomized controlled trial (Kjerryd et al., n = 82) \(image) found relief after three weeks.
        See <a href="javascript:alert(1)">the study</a> and <a href="JaVaScRiPt:alert(2)">more</a>.</p>
        <table><tr><th>Study</th><th>Year</th><th>Design</th><th>N</th><th>Finding</th></tr>
        <tr><td>Swedish RCT (Kjerryd et al.) \(script)</td><td>2012</td><td>RCT</td><td>82</td><td>\(image) 98% relief</td></tr>
        </table>
        <p>Back pain: strongly supported by evidence \(script).</p>
        </body></html>
        """
    }

    /// A text page whose visible text itself is hostile (kept verbatim by the text parser).
    static func hostileText() -> String {
        """
        Acupressure mats \(script) \(image): the research
        A 2012 randomized controlled trial (Kjerryd et al., n = 82) \(image) found relief after three weeks.
        Read it at [the study](javascript:alert(1)) or <a href="javascript:alert(3)">here</a>.
        | Study | Year | Design | N | Finding |
        |---|---|---|---|---|
        | Swedish RCT (Kjerryd et al.) \(script) <a href="javascript:alert(3)">x</a> | 2012 | RCT | 82 | \(image) 98% relief |
        | Back pain | 2018 | RCT | 100 | strongly supported \(script) |
        """
    }

    @Test func nothingFromThePageIsLiveInReportHTML() async throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        try scratch.write("pages/mats \(Self.image).html", Self.hostileHTML())
        try scratch.write("pages/notes \(Self.script).txt", Self.hostileText())
        try scratch.write("pages/seed.txt", try String(contentsOfFile: Fixtures.packageRoot.path
            + "/Inputs/spikerest-acupressure-benefits.txt", encoding: .utf8))
        let out = scratch.path + "/out"
        let result = try await ReconcileRunner.run(["run", scratch.path + "/pages", "--db", scratch.path + "/history.sqlite", "--out", out])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let html = try String(contentsOfFile: out + "/report.html", encoding: .utf8)
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the hostile text reached the report, escaped")
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("&lt;a href=&quot;javascript:alert(3)&quot;&gt;"), "the page's link reached the report as text")
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.lowercased().contains("<img"))
        #expect(!html.lowercased().contains("href=\"javascript:"))
        #expect(!html.lowercased().contains("javascript:alert(1)\""))
        for tag in Self.tags(in: html) {
            #expect(!tag.lowercased().contains("onerror="), "live handler in tag <\(tag)>")
        }
        let md = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
        let unescaped = zip(md.dropLast(), md.dropFirst()).filter { $1 == "<" && $0 != "\\" }
        #expect(unescaped.isEmpty, "report.md escapes every < of page text")
    }

    /// The text between each `<` and the next `>`: the tags a browser would see.
    static func tags(in html: String) -> [Substring] {
        html.split(separator: "<").dropFirst().compactMap { $0.split(separator: ">", maxSplits: 1).first }
    }
}
