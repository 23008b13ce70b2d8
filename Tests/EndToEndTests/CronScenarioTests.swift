import Foundation
import TestSupport
import Testing

/// `verify` as a cron job runs it (issue 14 item 2), through the real binary: from another
/// working folder than the `run` that recorded the sources, after pages changed on disk.
@Suite struct CronScenarioTests {
    /// `verify` from a folder other than the one `run` was typed in, flags as cron would.
    static func cronVerify(_ fixture: HistoryFixture) async throws -> CommandResult {
        let elsewhere = fixture.scratch.path + "/cron-home"
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        return try await ReconcileRunner.run(["verify", "--out", fixture.out, "--db", fixture.db, "--fail-on", "major"],
                                             in: elsewhere)
    }

    @Test func pageDeletedFromFolderIsRemovedNotResolved() async throws {
        let fixture = try HistoryFixture()
        defer { fixture.scratch.remove() }
        // A relative folder source, typed in the project folder.
        let first = try await fixture.reconcile(["run", "pages"])
        #expect(first.status == 0, "stderr: \(first.stderr)")
        let before = try fixture.json(fixture.out + "/report.json").objects("findings")
        let onDeleted = before.filter { $0.strings("claims").contains { $0.hasPrefix("spikerest-acupressure-benefits#") } }
        #expect(!onDeleted.isEmpty, "the seeds have findings on the page the test deletes")

        try FileManager.default.removeItem(atPath: fixture.spikerest)
        let verify = try await Self.cronVerify(fixture)
        #expect(verify.status == 0, "the folder is still there; stdout: \(verify.stdout) stderr: \(verify.stderr)")
        #expect(verify.stdout.contains("verified 1 sources"))
        #expect(verify.stdout.contains("1 removed"), "stdout: \(verify.stdout)")

        let changes = try fixture.json(fixture.out + "/changes.json")
        #expect(changes.object("pages").strings("removed") == ["spikerest-acupressure-benefits"])
        let findings = changes.object("findings")
        #expect(Set(findings.objects("sourceRemoved").compactMap { $0.string("id") })
                == Set(onDeleted.compactMap { $0.string("id") }))
        #expect(findings.objects("resolved").isEmpty, "a deleted page resolves nothing")
        let markdown = try String(contentsOfFile: fixture.out + "/changes.md", encoding: .utf8)
        #expect(markdown.contains("### Source removed"))
        #expect(!markdown.contains("### Resolved"))
        #expect(markdown.contains("removed (no longer among the sources): spikerest-acupressure-benefits"))
    }

    @Test func missingSourceExitsNoInput() async throws {
        let fixture = try HistoryFixture()
        defer { fixture.scratch.remove() }
        #expect(try await fixture.reconcile(["run", "pages"]).status == 0)
        try FileManager.default.removeItem(atPath: fixture.pages)
        let verify = try await Self.cronVerify(fixture)
        // README "Exit codes": 66, a source is missing (EX_NOINPUT), as `run` exits.
        #expect(verify.status == 66, "stdout: \(verify.stdout) stderr: \(verify.stderr)")
        #expect(verify.stderr.contains(fixture.pages), "names the stored absolute source: \(verify.stderr)")
    }
}
