import Foundation
import Store
import TestSupport
import Testing

/// `kill -9` during a run leaves the history database and the previous reports whole.
@Suite struct CrashSafetyTests {
    enum KillPoint: String, CaseIterable, CustomTestStringConvertible {
        /// Soon after launch, while pages are being read, parsed and matched.
        case early
        /// As soon as the database's write-ahead log starts growing: the save transaction.
        case duringSave
        /// While the reports are being written into their new run folder (before the save).
        case whileWritingReports

        var testDescription: String { rawValue }
    }

    @Test(arguments: KillPoint.allCases)
    func killDuringRunLeavesEverythingReadable(at point: KillPoint) async throws {
        let fixture = try HistoryFixture()
        defer { fixture.scratch.remove() }
        #expect(try await fixture.reconcile(["run", "pages"]).status == 0)
        let previousReport = try Data(contentsOf: URL(fileURLWithPath: fixture.out + "/report.json"))

        // A larger input: six copies of each seed page (hundreds of claims and findings).
        for copy in 1...6 {
            for name in ["acupressure-science-review", "spikerest-acupressure-benefits"] {
                try fixture.scratch.write("big/\(name)-\(copy).txt", try Fixtures.projectBytes("Inputs/\(name).txt"))
            }
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try ReconcileRunner.binary())
        process.arguments = ["run", "big", "--out", fixture.out, "--db", fixture.db]
        process.currentDirectoryURL = URL(fileURLWithPath: fixture.scratch.path)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let wal = fixture.db + "-wal"
        let idleWAL = Self.size(wal)
        let runFolders = { (try? FileManager.default.contentsOfDirectory(atPath: fixture.out + ".runs"))?.count ?? 0 }
        let previousFolders = runFolders()
        try process.run()
        let deadline = Date().addingTimeInterval(90)
        switch point {
        case .early:
            // Soon after launch: a fixed 0.3 s let a fast machine finish the run first.
            usleep(30_000)
        case .duringSave:
            while process.isRunning, Date() < deadline, Self.size(wal) <= max(idleWAL, 8_272) {
                usleep(500)
            }
        case .whileWritingReports:
            while process.isRunning, Date() < deadline, runFolders() <= previousFolders { usleep(500) }
        }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the run was killed mid-way, not finished")

        let store = try RunStore(path: fixture.db)
        #expect(try store.integrityCheck() == ["ok"])
        let runs = try store.runs()
        #expect(runs.count == 1 || runs.count == 2)
        let latest = try #require(try store.latestRun())
        #expect(latest.claims.count == latest.run.claimCount, "a saved run is whole")
        #expect(latest.findings.count == latest.run.findingCount)

        // Reports/latest points at a complete folder: the previous one, or the new one if it finished.
        for file in ["report.md", "report.html", "report.json", "findings.csv"] {
            #expect(FileManager.default.fileExists(atPath: fixture.out + "/" + file), "\(file) missing")
        }
        let report = try Data(contentsOf: URL(fileURLWithPath: fixture.out + "/report.json"))
        #expect(try JSONSerialization.jsonObject(with: report) is [String: Any])
        if process.terminationReason == .uncaughtSignal, point != .duringSave {
            #expect(report == previousReport, "killed before the save: the previous reports stay")
            #expect(runs.count == 1)
        }
    }

    static func size(_ path: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }
}
