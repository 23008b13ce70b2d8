import Foundation
import TestSupport
import Testing

@Suite struct ExplainCommandTests {
    /// Runs the seeds, then explains their one match and the canonical pair by claim ids.
    @Test func explainsTheSeedMatchAndItsClaims() async throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let out = scratch.path + "/Reports/latest"
        let run = try await ReconcileRunner.run(["run", "Inputs", "--out", out, "--db", scratch.path + "/history.sqlite", "--format", "json"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let data = try Data(contentsOf: URL(fileURLWithPath: out + "/report.json"))
        let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let match = try #require((report["matches"] as? [[String: Any]])?.first)
        let matchID = try #require(match["id"] as? String)
        let claims = try #require(match["claims"] as? [String])

        let byMatch = try await ReconcileRunner.run(["explain", matchID, "--report", out + "/report.json"])
        #expect(byMatch.status == 0, "stderr: \(byMatch.stderr)")
        #expect(byMatch.stdout.contains("Kjerryd ≠ Hohmann"))
        #expect(byMatch.stdout.contains("start"))
        #expect(byMatch.stdout.contains("→  match"))

        let byClaims = try await ReconcileRunner.run(["explain", claims[0], claims[1], "--report", out + "/report.json"])
        #expect(byClaims.status == 0)
        #expect(byClaims.stdout.contains("authors     different"))
    }

    @Test func unknownIDsListNearOnes() async throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let result = try await ReconcileRunner.run(["explain", "acupressure-science-review#nope", "x#y", "--input", "Inputs"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("unknown study claim id acupressure-science-review#nope"))
        #expect(result.stderr.contains("acupressure-science-review#"))
    }

    @Test func missingReportIsNoInput() async throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let result = try await ReconcileRunner.run(["explain", "m-1", "--report", scratch.path + "/none.json"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("no report"))
    }
}
