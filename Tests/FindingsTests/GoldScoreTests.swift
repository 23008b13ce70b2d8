import Extraction
import Findings
import Foundation
import Matching
import TestSupport
import Testing

/// Matching + findings on perfect (gold) claims, scored by score.py: isolates this stage
/// from extraction quality.
// Needs ../shared/tools/score.py for every corpus, and ../shared/corpus/{seeds,dev} for their gold.
@Suite(.enabled(if: Fixtures.sharedPresent, "skipped: no ../shared/corpus or ../shared/tools/score.py beside the checkout"))
struct GoldScoreTests {
    static let thresholds: [String: [String: Double]] = [
        "seeds": ScoreThresholds.GoldClaims.seeds, "dev": ScoreThresholds.GoldClaims.dev,
        "validation": ScoreThresholds.GoldClaims.validation,
    ]

    @Test(arguments: ["seeds", "dev", "validation", "validation-2"])
    func perfectClaimsScore(corpus: String) throws {
        // The validation pages live with the tests (Tests/Fixtures/validation*).
        let gold = corpus.hasPrefix("validation")
            ? Fixtures.folder.appendingPathComponent("\(corpus)/gold.json")
            : Fixtures.corpus.appendingPathComponent("\(corpus)/gold.json")
        let claims = try GoldClaims.load(gold)
        let matches = Matcher().match(claims)
        let findings = FindingsBuilder().findings(claims: claims, matches: matches)
        let report = FileManager.default.temporaryDirectory
            .appendingPathComponent("gold-\(corpus)-\(UUID().uuidString).json")
        try ContractJSON.report(claims: claims, matches: matches, findings: findings).write(to: report)
        defer { try? FileManager.default.removeItem(at: report) }
        // KEEP_GOLD_REPORTS=DIR keeps each report for `score.py --explain`.
        if let keep = ProcessInfo.processInfo.environment["KEEP_GOLD_REPORTS"] {
            try? FileManager.default.copyItem(at: report, to: URL(fileURLWithPath: "\(keep)/\(corpus).json"))
        }
        let metrics = try ScoreTool.metrics(report: report, gold: gold)
        for key in ["links.precision", "links.recall", "links.f1", "conflicts.precision",
                    "conflicts.recall", "conflicts.f1", "evidence_conflicts.precision",
                    "evidence_conflicts.recall", "evidence_conflicts.f1"] {
            print("\(corpus) \(key) = \(metrics[key].map { String(format: "%.3f", $0) } ?? "null")")
        }
        for (key, minimum) in Self.thresholds[corpus] ?? [:] {
            #expect((metrics[key] ?? 0) >= minimum, "\(corpus) \(key)")
        }
    }
}
