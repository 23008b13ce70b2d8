import Foundation
import TestSupport
import Testing

@Suite struct ReviewCommandTests {
    @Test func listShowsAnAlignedTableAndDecisionsStick() async throws {
        let fixture = try HistoryFixture()
        defer { fixture.scratch.remove() }
        #expect(try await fixture.reconcile(["run", "pages"]).status == 0)
        let table = try await fixture.reconcile(["review", "list"])
        #expect(table.status == 0)
        let rows = table.stdout.split(separator: "\n").map(String.init)
        let header = try #require(rows.first)
        #expect(header.hasPrefix("ID "))
        for column in ["SEVERITY", "STATE", "MESSAGE"] { #expect(header.contains(column)) }
        let stateColumn = try #require(header.range(of: "STATE")).lowerBound.utf16Offset(in: header)
        #expect(rows.count > 2)
        for row in rows.dropFirst() {
            #expect(row.hasPrefix("f-"))
            let state = row.dropFirst(stateColumn).prefix(4)
            #expect(state == "open", "aligned state column in: \(row)")
        }

        let id = String(rows[1].prefix { $0 != " " })
        let accept = try await fixture.reconcile(["review", "accept", String(id.prefix(6)), "--note", "real", "--reviewer", "ana"])
        #expect(accept.status == 0, "a unique prefix names the finding; stderr: \(accept.stderr)")
        #expect(try await fixture.reconcile(["review", "note", id, "checked the paper"]).status == 0)
        let json = try await fixture.reconcile(["review", "list", "--status", "accepted", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any] ?? [:]
        let listed = object.objects("findings")
        #expect(listed.compactMap { $0.string("id") } == [id])
        #expect(listed.first?.object("review").string("note") == "checked the paper")
        #expect(listed.first?.object("review").string("reviewer") != nil)

        // The decision carries to the next run's report and to --fail-on.
        #expect(try await fixture.reconcile(["run", "pages"]).status == 0)
        let report = try fixture.json(fixture.out + "/report.json").objects("findings")
        #expect(report.first { $0.string("id") == id }?.object("review").string("status") == "accepted")
        let markdown = try String(contentsOfFile: fixture.out + "/report.md", encoding: .utf8)
        #expect(markdown.contains("(\(id), accepted by "), "report.md shows the decision")
        #expect(markdown.contains(": checked the paper)"))

        let export = try await fixture.reconcile(["review", "export", "-o", fixture.scratch.path + "/reviews.json"])
        #expect(export.status == 0)
        let exported = try fixture.json(fixture.scratch.path + "/reviews.json")
        #expect(exported.objects("reviews").compactMap { $0.string("id") } == [id])
        #expect(exported["schemaVersion"] as? Int == 1)
    }

    @Test func failOnIgnoresFindingsReviewersDecided() async throws {
        let fixture = try HistoryFixture()
        defer { fixture.scratch.remove() }
        #expect(try await fixture.reconcile(["run", "pages", "--fail-on", "minor"]).status == 3)
        let listed = try await fixture.reconcile(["review", "list", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any] ?? [:]
        let ids = object.objects("findings").compactMap { $0.string("id") }
        #expect(!ids.isEmpty)
        #expect(try await fixture.reconcile(["review", "dismiss"] + ids).status == 0)
        let again = try await fixture.reconcile(["run", "pages", "--fail-on", "minor"])
        #expect(again.status == 0, "stdout: \(again.stdout)")
    }

    @Test func unknownIdsAndMissingDatabaseAreClearErrors() async throws {
        let fixture = try HistoryFixture()
        defer { fixture.scratch.remove() }
        let missing = try await fixture.reconcile(["review", "list"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("no run history"))
        #expect(try await fixture.reconcile(["run", "pages"]).status == 0)
        let unknown = try await fixture.reconcile(["review", "accept", "f-nope"])
        #expect(unknown.status == 65)
        #expect(unknown.stderr.contains("f-nope: no finding with this id"))
    }
}
