import Foundation
import Pipeline
import Reporting
import TestSupport
import Testing

/// `reconcile run`'s pipeline on the seeds and the dev corpus, its report.json scored by
/// score.py against ``ScoreThresholds.Pipeline``.
// Needs ../shared/corpus/{seeds,dev,real} and ../shared/tools/score.py.
@Suite(.enabled(if: Fixtures.sharedPresent, "skipped: no ../shared/corpus or ../shared/tools/score.py beside the checkout"))
struct MatchingScoreTests {
    @Test(arguments: [
        ("seeds", ScoreThresholds.Pipeline.seeds, ScoreThresholds.Pipeline.seedMaximums),
        ("dev", ScoreThresholds.Pipeline.dev, [:]),
        ("real", ScoreThresholds.Pipeline.real, [:]),
    ])
    func pipelineMeetsThresholds(corpus: String, minimums: [String: Double], maximums: [String: Double]) async throws {
        let pages = Fixtures.corpus.appendingPathComponent(corpus).path
        let result = await RunPipeline(stages: .standard).run(
            paths: [pages], time: Date(timeIntervalSince1970: 0), toolVersion: "test")
        #expect(result.failures.isEmpty)
        let out = FileManager.default.temporaryDirectory
            .appendingPathComponent("matching-score-\(UUID().uuidString)/latest").path
        defer { try? FileManager.default.removeItem(atPath: (out as NSString).deletingLastPathComponent) }
        try ReportFolder(path: out).write(result.report, formats: [.json], time: Date(timeIntervalSince1970: 0))
        let metrics = try ScoreTool.metrics(
            report: URL(fileURLWithPath: out).appendingPathComponent("report.json"),
            gold: Fixtures.corpus.appendingPathComponent("\(corpus)/gold.json"))
        for (key, minimum) in minimums.sorted(by: { $0.key < $1.key }) {
            #expect((metrics[key] ?? -1) >= minimum, "\(corpus): \(key) = \(metrics[key] ?? -1), needs ≥ \(minimum)")
        }
        for (key, maximum) in maximums.sorted(by: { $0.key < $1.key }) {
            #expect((metrics[key] ?? .infinity) <= maximum, "\(corpus): \(key) = \(metrics[key] ?? -1), allowed ≤ \(maximum)")
        }
    }
}
