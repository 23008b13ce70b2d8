import Foundation
import TestSupport
import Testing

/// Issue 14.3: the suite never reads or replaces the user's `Reports/` (history database and
/// reports). ``ReconcileRunner`` refuses such a call, and direct launches of the binary are
/// checked in the test sources.
@Suite struct UserHistoryTests {
    @Test(arguments: [
        ["run", "Inputs"], ["run", "Inputs", "--out", "/tmp/x"], ["run", "Inputs", "--db", "/tmp/x.sqlite"],
        ["verify"], ["verify", "--db", "/tmp/x.sqlite"], ["review", "list"], ["review", "accept", "f-1"],
    ])
    func runnerRefusesTheDefaultHistoryInTheCheckout(arguments: [String]) async throws {
        await #expect(throws: ReconcileRunner.RunnerError.self, "reconcile \(arguments) would use Reports/") {
            _ = try await ReconcileRunner.run(arguments)
        }
    }

    @Test func runnerAllowsExplicitPathsOrAScratchFolder() throws {
        try ReconcileRunner.checkLeavesUserHistoryAlone(
            ["run", "Inputs", "--db", "/tmp/h.sqlite", "--out", "/tmp/out"], in: nil)
        try ReconcileRunner.checkLeavesUserHistoryAlone(["review", "list", "--db=/tmp/h.sqlite"], in: nil)
        try ReconcileRunner.checkLeavesUserHistoryAlone(["blocks", "Inputs"], in: nil)
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        try ReconcileRunner.checkLeavesUserHistoryAlone(["run", "pages"], in: scratch.path)
    }

    /// A test that starts the binary itself (not through ``ReconcileRunner``) names `--db` and
    /// `--out` and runs in a scratch folder.
    @Test func directLaunchesNameTheirHistory() throws {
        let tests = Fixtures.packageRoot.appendingPathComponent("Tests")
        let files = FileManager.default.enumerator(atPath: tests.path)?.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") && !$0.hasSuffix("ReconcileRunner.swift") && !$0.hasSuffix("UserHistoryTests.swift") } ?? []
        #expect(files.count > 20)
        for file in files {
            let text = try String(contentsOf: tests.appendingPathComponent(file), encoding: .utf8)
            guard text.contains("ReconcileRunner.binary()") else { continue }
            #expect(text.contains("\"--db\"") && text.contains("\"--out\"") && text.contains("currentDirectoryURL"),
                    "\(file) launches reconcile without --db, --out and a scratch working folder")
        }
    }
}
