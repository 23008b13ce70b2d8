import Foundation
import TestSupport
import Testing

/// `--page-timeout`: a page slower than its budget fails with a clear error and the others
/// still make the run.
@Suite struct PageTimeoutTests {
    /// A small page libxml2 2.9 spends seconds on: each unmatched end tag scans all 120 000
    /// open elements (quadratic, so the margin over the budget is wide). The pre-pass bounds
    /// nested elements (``MarkupGuard/maxDepth``) but leaves elements whose end tag is
    /// optional uncounted, and libxml2 nests `<a>` inside `<p>` inside `<a>`… without end.
    static let slowPage = "<html><body><p>x " + String(repeating: "<p><a>", count: 60_000)
        + String(repeating: "</q>", count: 60_000) + "</p></body></html>"

    @Test func slowPageFailsWhileTheGoodPagesAreReported() async throws {
        let fixture = try HistoryFixture()
        defer { fixture.scratch.remove() }
        try fixture.scratch.write("pages/slow.html", Self.slowPage)
        let start = Date()
        let result = try await fixture.reconcile(["run", "pages", "--page-timeout", "3", "--format", "json"])
        // The budget is processor time, with a wall-clock backstop of 6 × 3 s: generous, for a
        // suite that loads the machine (the slow page alone needs tens of processor seconds).
        #expect(Date().timeIntervalSince(start) < 120, "the run did not wait for the slow page")
        #expect(result.status == 0, "pages that failed are named on stderr, the run goes on")
        #expect(result.stderr.contains("error: pages/slow.html: parsing took more than 3 s of processor time (--page-timeout)\n"),
                "stderr: \(result.stderr)")
        #expect(result.stdout.contains("pages: 2 (1 failed) ·"), "stdout: \(result.stdout)")
        let report = try fixture.json(fixture.out + "/report.json")
        let failures = report.object("run").objects("failures")
        #expect(failures.map { $0.string("source") } == ["pages/slow.html"])
        #expect(failures.first?.string("error") == "pages/slow.html: parsing took more than 3 s of processor time (--page-timeout)")
        let sources = report.objects("documents").compactMap { $0.string("source") }
        #expect(sources.sorted() == ["pages/acupressure-science-review.txt", "pages/spikerest-acupressure-benefits.txt"])
        #expect(!report.objects("claims").isEmpty)
    }

    /// 3,000 one-line reports of distinct invented studies (about 100 KB): parsed in a few
    /// hundredths of a second, but extraction weighs every new study against all the ones
    /// before it, seconds of processor time even in a release build.
    static let slowToExtract: String = {
        let syllables = ["ka", "lo", "mi", "nu", "re", "sa", "to", "vi", "ze", "po"]
        var lines = ["Study page", ""]
        for index in 0..<3_000 {
            let name = (syllables[index / 100 % 10] + syllables[index / 10 % 10] + syllables[index % 10]).capitalized
            lines.append("\(name) et al. (\(1990 + index % 30)) randomized \(20 + index % 300) adults to a mat.")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test func slowExtractionFailsThePageNamingTheStage() async throws {
        let fixture = try HistoryFixture()
        defer { fixture.scratch.remove() }
        try fixture.scratch.write("pages/slow.txt", Self.slowToExtract)
        let start = Date()
        let result = try await fixture.reconcile(["run", "pages", "--page-timeout", "1", "--format", "json"])
        #expect(Date().timeIntervalSince(start) < 60, "the run did not wait for the slow page")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("error: pages/slow.txt: extraction took more than 1 s of processor time (--page-timeout)\n"),
                "stderr: \(result.stderr)")
        let report = try fixture.json(fixture.out + "/report.json")
        #expect(report.object("run").objects("failures").compactMap { $0.string("source") } == ["pages/slow.txt"])
        let sources = report.objects("documents").compactMap { $0.string("source") }
        #expect(sources.sorted() == ["pages/acupressure-science-review.txt", "pages/spikerest-acupressure-benefits.txt"])
        #expect(!report.objects("findings").isEmpty, "the other pages are still matched")
    }

    @Test func blocksReportsTheSlowPageAndPrintsTheOthers() async throws {
        let fixture = try HistoryFixture()
        defer { fixture.scratch.remove() }
        try fixture.scratch.write("pages/slow.html", Self.slowPage)
        let result = try await ReconcileRunner.run(
            ["blocks", "pages/slow.html", "pages/spikerest-acupressure-benefits.txt", "--page-timeout", "1"],
            in: fixture.scratch.path)
        #expect(result.status == 0)
        #expect(result.stderr == "error: pages/slow.html: parsing took more than 1 s of processor time (--page-timeout)\n")
        #expect(result.stdout.contains("== spikerest-acupressure-benefits (text)"))
        #expect(!result.stdout.contains("== slow"))
    }

    @Test(arguments: ["0", "-1", "nan"])
    func badTimeoutIsAUsageError(value: String) async throws {
        let result = try await ReconcileRunner.run(["blocks", "Inputs", "--page-timeout", value])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--page-timeout"))
    }
}
