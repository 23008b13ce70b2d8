import Foundation
import TestSupport
import Testing

/// A dismissed finding whose values change is `reopened` (issue 13 item 4): its identity is the
/// studies and the field, not the values.
@Suite struct ReopenedReviewTests {
    @Test func dismissedFindingWithNewValuesIsReopenedEverywhere() async throws {
        let fixture = try HistoryFixture()
        defer { fixture.scratch.remove() }
        #expect(try await fixture.reconcile(["run", "pages"]).status == 0)
        let before = try fixture.json(fixture.out + "/report.json")
        let conflict = try #require(before.objects("findings").first {
            $0.string("field") == "sampleSize" && Set($0.objects("values").compactMap { $0["value"] as? Int }) == [82, 42]
        }, "the seeds' 82 vs 42 sample-size conflict")
        let oldID = try #require(conflict.string("id"))
        let dismiss = try await fixture.reconcile(["review", "dismiss", oldID, "--note", "rounding", "--reviewer", "maya"])
        #expect(dismiss.status == 0, "stderr: \(dismiss.stderr)")

        var page = try String(contentsOfFile: fixture.spikerest, encoding: .utf8)
        #expect(page.components(separatedBy: "n = 42").count == 2, "one \"n = 42\" on the page")
        page = page.replacingOccurrences(of: "n = 42", with: "n = 60")
        try page.write(toFile: fixture.spikerest, atomically: true, encoding: .utf8)

        let verify = try await fixture.reconcile(["verify", "--fail-on", "info"])
        #expect(verify.status == 3, "a reopened finding needs attention again; stdout: \(verify.stdout)")
        let report = try fixture.json(fixture.out + "/report.json")
        let now = try #require(report.objects("findings").first {
            $0.string("field") == "sampleSize" && Set($0.objects("values").compactMap { $0["value"] as? Int }) == [82, 60]
        }, "the conflict with its new values")
        let newID = try #require(now.string("id"))
        #expect(newID != oldID, "the id follows the values")
        let review = now.object("review")
        #expect(review.string("status") == "reopened")
        #expect(review.string("reviewer") == "maya")
        #expect(review.string("note") == "rounding")
        #expect(review.object("reopened").string("was") == "dismissed")
        #expect(Set(review.object("reopened").strings("values")) == ["82", "42"])
        #expect(Set(review.object("reopened").strings("now")) == ["82", "60"])
        // Other findings are not reopened by it.
        #expect(report.objects("findings").filter { $0.object("review").string("status") == "reopened" }.count == 1)

        let list = try await fixture.reconcile(["review", "list", "--status", "reopened"])
        #expect(list.status == 0)
        let rows = list.stdout.split(separator: "\n").map(String.init)
        #expect(rows.count == 2, "header and the one reopened finding: \(list.stdout)")
        let row = rows.last ?? ""
        #expect(row.hasPrefix(newID))
        #expect(row.contains("reopened (dismissed on "), "row: \(row)")
        #expect(row.contains("42") && row.contains("60"))
        let listed = try await fixture.reconcile(["review", "list", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any] ?? [:]
        let item = object.objects("findings").first { $0.string("id") == newID }
        #expect(item?.string("state") == "reopened")
        #expect(Set(item?.object("review").strings("values") ?? []) == ["82", "42"], "the values it was dismissed on")
        #expect(Set(item?.strings("values") ?? []) == ["82", "60"], "the values now")

        let markdown = try String(contentsOfFile: fixture.out + "/report.md", encoding: .utf8)
        #expect(markdown.contains("(\(newID), reopened: dismissed on "), "report.md shows it reopened")
        let csv = try String(contentsOfFile: fixture.out + "/findings.csv", encoding: .utf8)
        #expect(csv.contains(",reopened,"))
        let changes = try String(contentsOfFile: fixture.out + "/changes.md", encoding: .utf8)
        let changedLine = changes.split(separator: "\n").first { $0.contains(newID) }.map(String.init) ?? ""
        #expect(changedLine.contains("[reopened: dismissed on "), "changes.md: \(changedLine)")
        #expect(changedLine.contains("now "))

        // Dismissing it again on the new values closes it.
        #expect(try await fixture.reconcile(["review", "dismiss", newID]).status == 0)
        #expect(try await fixture.reconcile(["verify", "--fail-on", "info"]).status == 0)
    }
}
