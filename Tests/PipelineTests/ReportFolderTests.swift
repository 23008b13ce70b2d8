import Foundation
import Pipeline
import Testing

@Suite struct ReportFolderTests {
    private struct Boom: Error {}

    private func temporaryFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("reportfolder-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    private func file(_ name: String, _ text: String) -> ReportFile {
        ReportFile(name: name) { Array(text.utf8) }
    }

    private func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    private func linkTarget(_ path: String) -> String? {
        try? FileManager.default.destinationOfSymbolicLink(atPath: path)
    }

    @Test func writesARunFolderAndLinksIt() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let out = root + "/Reports/nested/latest"
        let folder = ReportFolder(path: out)
        let run = try folder.write([file("report.md", "one"), file("report.json", "{}")],
                                   time: Date(timeIntervalSince1970: 0), pid: 42)
        #expect(run == out + ".runs/run-19700101T000000Z-42")
        #expect(linkTarget(out) == "latest.runs/run-19700101T000000Z-42", "relative link, so Reports/ can move")
        #expect(read(out + "/report.md") == "one")
        #expect(read(out + "/report.json") == "{}")
    }

    @Test func swapsTheLinkOnTheNextRun() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let folder = ReportFolder(path: root + "/latest")
        let first = try folder.write([file("report.md", "one")], time: Date(timeIntervalSince1970: 0), pid: 1)
        try folder.write([file("report.md", "two")], time: Date(timeIntervalSince1970: 60), pid: 1)
        #expect(read(root + "/latest/report.md") == "two")
        #expect(read(first + "/report.md") == "one", "the previous run is kept")
        #expect(!FileManager.default.fileExists(atPath: root + "/.latest.tmp-1"), "no temporary link left")
    }

    @Test func failedWriteLeavesPreviousReportsWhole() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let folder = ReportFolder(path: root + "/latest")
        try folder.write([file("report.md", "good"), file("report.html", "<p>good</p>")],
                         time: Date(timeIntervalSince1970: 0), pid: 7)
        let before = linkTarget(root + "/latest")
        #expect(throws: Boom.self) {
            try folder.write([file("report.md", "half"), ReportFile(name: "report.html") { throw Boom() }],
                             time: Date(timeIntervalSince1970: 60), pid: 7)
        }
        #expect(linkTarget(root + "/latest") == before)
        #expect(read(root + "/latest/report.md") == "good")
        #expect(read(root + "/latest/report.html") == "<p>good</p>")
        let runs = try FileManager.default.contentsOfDirectory(atPath: folder.runsPath)
        #expect(runs == ["run-19700101T000000Z-7"], "the half-written run folder is removed")
    }

    @Test func keepsOnlyTheNewestRuns() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let folder = ReportFolder(path: root + "/latest", keep: 2)
        for minute in 0..<4 {
            try folder.write([file("report.md", "\(minute)")], time: Date(timeIntervalSince1970: Double(minute * 60)), pid: 9)
        }
        let runs = try FileManager.default.contentsOfDirectory(atPath: folder.runsPath).sorted()
        #expect(runs == ["run-19700101T000200Z-9", "run-19700101T000300Z-9"])
        #expect(read(root + "/latest/report.md") == "3")
    }

    @Test func sameSecondRunsGetDistinctFolders() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let folder = ReportFolder(path: root + "/latest")
        let first = try folder.write([file("a", "1")], time: Date(timeIntervalSince1970: 0), pid: 3)
        let second = try folder.write([file("a", "2")], time: Date(timeIntervalSince1970: 0), pid: 3)
        #expect(first != second)
        #expect(read(first + "/a") == "1")
        #expect(read(root + "/latest/a") == "2")
    }

    @Test func movesAnOlderRealFolderAside() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/latest", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: root + "/latest/report.md", contents: Data("old".utf8))
        let folder = ReportFolder(path: root + "/latest/")
        try folder.write([file("report.md", "new")], time: Date(timeIntervalSince1970: 0), pid: 5)
        #expect(read(root + "/latest/report.md") == "new")
        #expect(read(folder.runsPath + "/legacy-19700101T000000Z/report.md") == "old")
    }

    @Test func refusesAFileInTheWay() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        FileManager.default.createFile(atPath: root + "/latest", contents: Data("x".utf8))
        #expect(throws: PipelineError.self) {
            try ReportFolder(path: root + "/latest").write([file("a", "1")], time: Date(), pid: 1)
        }
        #expect(read(root + "/latest") == "x")
    }
}
