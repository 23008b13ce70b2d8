import Documents
import Extraction
import Findings
import Foundation
import Matching
import Pipeline
import Testing

@Suite struct RunPipelineTests {
    /// One study claim per page, named after the page; every pair of pages matches.
    private static let stages = RunPipeline.Stages(
        extract: { document in
            [.study(StudyClaim(id: document.id + "#1", document: document.id, label: document.title ?? document.id,
                               mentions: [Mention(quote: document.blocks.first?.text ?? "", span: SourceSpan(line: 1))]))]
        },
        match: { claims in
            (claims.count < 2 ? [] : [Match(id: "m", status: .match, score: 1, claims: claims.map(\.id), comparisons: [])],
             nil)
        },
        findings: { claims, matches in
            matches.map {
                Finding(id: "f", kind: .conflict, severity: .minor, field: .year, match: $0.id, claims: $0.claims,
                        values: [], message: "\(claims.count) claims")
            }
        })

    private func folder(with pages: [String: String]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("runpipeline-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in pages {
            FileManager.default.createFile(atPath: path + "/" + name, contents: Data(text.utf8))
        }
        return path
    }

    @Test func chainsTheStagesInPageOrder() async throws {
        let pages = Dictionary(uniqueKeysWithValues: (0..<12).map { (String(format: "p%02d.txt", $0), "Title \($0)\n\nText.\n") })
        let root = try folder(with: pages)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = await RunPipeline(stages: Self.stages).run(
            paths: [root], time: Date(timeIntervalSince1970: 0), toolVersion: "t")
        #expect(result.failures.isEmpty)
        #expect(result.report.documents.map(\.id) == (0..<12).map { String(format: "p%02d", $0) })
        #expect(result.report.claims.map(\.id) == (0..<12).map { String(format: "p%02d#1", $0) })
        #expect(result.report.matches.count == 1)
        #expect(result.report.findings.first?.message == "12 claims")
        #expect(result.report.run.inputs == [root])
    }

    @Test func keepsGoingPastABadPage() async throws {
        let root = try folder(with: ["good.txt": "A page\n\nWith text.\n", "empty.txt": ""])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = await RunPipeline(stages: Self.stages).run(
            paths: [root, root + "/missing.txt"], time: Date(), toolVersion: "t")
        #expect(result.report.documents.map(\.id) == ["good"])
        #expect(result.failures.map(\.reason) == [.missingInput, .badData])
        #expect(result.report.failures.count == 2)
    }

    @Test func failOnCountsOnlyOpenFindingsAtOrAboveTheSeverity() async throws {
        let root = try folder(with: ["a.txt": "A\n\nText.\n", "b.txt": "B\n\nText.\n"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = await RunPipeline(stages: Self.stages).run(paths: [root], time: Date(), toolVersion: "t")
        #expect(result.findingsNeedingReview(atLeast: .minor).count == 1)
        #expect(result.findingsNeedingReview(atLeast: .major).isEmpty)
        let reviewed = RunResult(report: result.report.withReviews(["f": .init(status: .dismissed)]), failures: [])
        #expect(reviewed.findingsNeedingReview(atLeast: .info).isEmpty)
    }
}
