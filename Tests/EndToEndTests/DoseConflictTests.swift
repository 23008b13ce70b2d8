import Foundation
import TestSupport
import Testing

/// The `dose` field end to end: two invented pages give one trial's dose as 300 mg a day
/// and 600 mg/day; every report format shows one minor dose conflict.
@Suite struct DoseConflictTests {
    @Test func differingDailyDosesAreAMinorConflictInEveryFormat() async throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let out = scratch.path + "/out"
        let result = try await ReconcileRunner.run(
            ["run", "Tests/Fixtures/dose", "--db", scratch.path + "/history.sqlite", "--out", out])
        #expect(result.status == 0, "stderr: \(result.stderr)")

        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/report.json"))) as? [String: Any]
        let findings = json?["findings"] as? [[String: Any]] ?? []
        let dose = findings.filter { $0["field"] as? String == "dose" }
        try #require(dose.count == 1, "findings: \(findings.map { $0["message"] ?? "" })")
        #expect(dose[0]["severity"] as? String == "minor")
        let values = (dose[0]["values"] as? [[String: Any]] ?? []).compactMap { $0["value"] as? Double }.sorted()
        #expect(values == [300, 600])
        let claims = json?["claims"] as? [[String: Any]] ?? []
        let doses = claims.compactMap { ($0["dose"] as? [String: Any])?["mgPerDay"] as? Double }.sorted()
        #expect(doses == [300, 600])

        let csv = try String(contentsOfFile: out + "/findings.csv", encoding: .utf8)
        #expect(csv.contains(",conflict,minor,dose,"))
        let markdown = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
        #expect(markdown.contains("**minor** Dose: dose 300 mg/day vs 600 mg/day"))
        let html = try String(contentsOfFile: out + "/report.html", encoding: .utf8)
        #expect(html.contains("dose 300 mg/day vs 600 mg/day"))
    }
}
