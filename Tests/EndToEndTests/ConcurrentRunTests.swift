import Foundation
import TestSupport
import Testing

/// Two runs on one `--out`/`--db`, and a full disk (issue 13 item 5): neither corrupts the
/// reports or the history.
@Suite struct ConcurrentRunTests {
    /// `SELECT count(*) FROM run` and `PRAGMA integrity_check`, read with Python's sqlite3.
    static func history(_ db: String) throws -> (runs: Int, integrity: String) {
        let script = "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); "
            + "print(c.execute('select count(*) from run').fetchone()[0]); "
            + "print(c.execute('pragma integrity_check').fetchone()[0])"
        let result = try ProcessRunner.python(["-c", script, db], timeout: 60)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        return (Int(lines.first ?? "") ?? -1, lines.dropFirst().first ?? result.stderr)
    }

    /// The folder `--out` points at, and its report.json.
    static func published(_ out: String) throws -> (folder: String, report: Data) {
        let folder = try FileManager.default.destinationOfSymbolicLink(atPath: out)
        return (folder, try Data(contentsOf: URL(fileURLWithPath: out + "/report.json")))
    }

    @Test func twoRunsAtOnceTakeTurnsAndBothAreSaved() async throws {
        let fixture = try HistoryFixture()
        defer { fixture.scratch.remove() }
        async let first = fixture.reconcile(["run", "pages"])
        async let second = fixture.reconcile(["run", "pages"])
        let results = try await [first, second]
        for result in results { #expect(result.status == 0, "stderr: \(result.stderr)") }
        let history = try Self.history(fixture.db)
        #expect(history.runs == 2)
        #expect(history.integrity == "ok")
        let report = try fixture.json(fixture.out + "/report.json")
        #expect(!report.objects("findings").isEmpty, "--out points at a whole report")
        let runs = try FileManager.default.contentsOfDirectory(atPath: fixture.out + ".runs").filter { $0.hasPrefix("run-") }
        #expect(runs.count == 2)
    }

    @Test func runWaitsBoundedForTheLockThenNamesIt() async throws {
        let fixture = try HistoryFixture()
        defer { fixture.scratch.remove() }
        #expect(try await fixture.reconcile(["run", "pages"]).status == 0)
        let previous = try Self.published(fixture.out)

        // Another holder of the report folder's lock (flock(1), as a second reconcile would).
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        holder.arguments = [fixture.out + ".lock", "sleep", "60"]
        try holder.run()
        defer { holder.terminate() }
        var held = false
        for _ in 0..<200 where !held {
            let probe = try ProcessRunner.run("/usr/bin/flock", ["-n", fixture.out + ".lock", "true"], timeout: 10)
            held = probe.status != 0
            if !held { usleep(25_000) }
        }
        #expect(held, "the holder took the lock")

        let start = Date()
        let blocked = try await fixture.reconcile(["run", "pages", "--lock-wait", "1"])
        #expect(Date().timeIntervalSince(start) >= 1, "it waited for the lock")
        #expect(blocked.status == 73)
        #expect(blocked.stderr.contains("error: \(fixture.out).lock: locked by "), "stderr: \(blocked.stderr)")
        #expect(blocked.stderr.contains("(--lock-wait; expected one run at a time)"))
        let after = try Self.published(fixture.out)
        #expect(after.folder == previous.folder && after.report == previous.report, "the reports are untouched")
        #expect(try Self.history(fixture.db).runs == 1)
    }

    /// A write failure as on a full disk leaves the previous reports and the history whole, with
    /// an error naming the file: at 40 KiB report.json (about 57 KB) cannot be written; at
    /// 72 KiB every report can, but the database's write-ahead log of the run cannot.
    @Test(arguments: [(40, "report.json: cannot write reports (File too large"),
                      (72, "history.sqlite: cannot save the run: disk I/O error")])
    func fullDiskLeavesThePreviousReportsAndHistoryWhole(limitKB: Int, error: String) async throws {
        let fixture = try HistoryFixture()
        defer { fixture.scratch.remove() }
        #expect(try await fixture.reconcile(["run", "pages"]).status == 0)
        let previous = try Self.published(fixture.out)
        let largest = try FileManager.default.contentsOfDirectory(atPath: fixture.out).map {
            try FileManager.default.attributesOfItem(atPath: fixture.out + "/" + $0)[.size] as? Int ?? 0
        }.max() ?? 0
        #expect(largest > 40 * 1024 && largest < 72 * 1024, "the limits assume the largest report is 40–72 KiB, not \(largest) bytes")

        let full = try await ReconcileRunner.run(
            ["run", "pages", "--out", fixture.out, "--db", fixture.db], in: fixture.scratch.path, fileSizeLimitKB: limitKB)
        #expect(full.status == 73, "stderr: \(full.stderr)")
        #expect(full.stderr.contains(error), "stderr: \(full.stderr)")
        let after = try Self.published(fixture.out)
        #expect(after.folder == previous.folder && after.report == previous.report, "the reports are untouched")
        let history = try Self.history(fixture.db)
        #expect(history.runs == 1, "the failed run is not saved")
        #expect(history.integrity == "ok")
        let runs = try FileManager.default.contentsOfDirectory(atPath: fixture.out + ".runs").filter { $0.hasPrefix("run-") }
        #expect(runs.count == 1, "the half-written run folder is removed")
        #expect(try await fixture.reconcile(["run", "pages"]).status == 0, "the next run works")
        #expect(try Self.history(fixture.db).runs == 2)
    }
}
