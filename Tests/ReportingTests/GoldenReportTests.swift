import Foundation
import Model
import Pipeline
import Reporting
import TestSupport
import Testing

/// report.md and report.json of the seed pages, compared byte for byte with `Golden/`.
///
/// Re-record after an intended change with `RECORD_GOLDEN=1 swift test --filter ReportingTests`
/// (a recording run fails on purpose), then review the diff in git. The run time, tool version
/// and absolute paths are fixed or stripped so the files only change when the report does.
@Suite struct GoldenReportTests {
    static let golden = Fixtures.packageRoot.appendingPathComponent("Tests/ReportingTests/Golden")
    static let recording = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil

    /// The seed report, built once for both goldens.
    static let seeds: Task<Report, Never> = Task {
        let root = Fixtures.packageRoot.path
        let result = await RunPipeline(stages: .standard).run(
            paths: [root + "/Inputs"], time: Date(timeIntervalSince1970: 1_767_225_600), toolVersion: "golden")
        return result.report.relativizingPaths(to: root)
    }

    @Test func seedsMarkdown() async throws {
        try Self.expectGolden(MarkdownReportWriter().render(await Self.seeds.value), named: "seeds-report.md")
    }

    @Test func seedsJSON() async throws {
        let json = try JSONReportWriter().encode(await Self.seeds.value)
        try Self.expectGolden(String(decoding: json, as: UTF8.self), named: "seeds-report.json")
    }

    @Test func goldensHoldNoMachineSpecificText() throws {
        for name in ["seeds-report.md", "seeds-report.json"] {
            let text = try String(contentsOf: Self.golden.appendingPathComponent(name), encoding: .utf8)
            #expect(!text.contains(Fixtures.packageRoot.path), "\(name) holds an absolute path")
            #expect(!text.contains("/tmp/"), "\(name) holds a temporary path")
        }
    }

    static func expectGolden(_ text: String, named name: String,
                             sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = golden.appendingPathComponent(name)
        if recording {
            try Data(text.utf8).write(to: url)
            Issue.record(Comment(rawValue: "recorded \(name); unset RECORD_GOLDEN and review the diff in git"),
                         sourceLocation: sourceLocation)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if text != expected {
            let got = text.split(separator: "\n", omittingEmptySubsequences: false)
            let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(got.count, want.count)
            let detail = "first difference at line \(line + 1):\n  golden: \(line < want.count ? want[line] : "<end>")\n"
                + "  actual: \(line < got.count ? got[line] : "<end>")"
            let advice = "if intended, re-record with RECORD_GOLDEN=1 swift test --filter ReportingTests"
            Issue.record(Comment(rawValue: "\(name) differs from Golden/\(name); \(advice)\n\(detail)"),
                         sourceLocation: sourceLocation)
        }
    }
}
