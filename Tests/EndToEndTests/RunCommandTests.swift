import Foundation
import TestSupport
import Testing

@Suite struct RunCommandTests {
    static let reportFiles = ["report.md", "report.html", "report.json", "findings.csv"]

    @Test func writesEveryReportAndASummary() throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let out = scratch.path + "/Reports/latest"
        let result = try ReconcileRunner.run(["run", "Inputs", "--out", out])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.isEmpty, "no progress when stderr is not a terminal")
        for file in Self.reportFiles {
            #expect(FileManager.default.fileExists(atPath: out + "/" + file), "\(file) missing")
        }
        #expect(result.stdout.contains("pages: 2 ·"))
        #expect(result.stdout.contains("claims: "))
        #expect(result.stdout.contains("major"))
        #expect(result.stdout.contains("reports: \(out) (report.md, report.html, report.json, findings.csv)"))
        #expect(result.stdout.split(separator: "\n").count <= 5, "a short summary")
    }

    @Test func failOnMajorExitsThreeOnTheSeeds() throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let result = try ReconcileRunner.run(["run", "Inputs", "--out", scratch.path + "/out", "--fail-on", "major"])
        #expect(result.status == 3)
        #expect(FileManager.default.fileExists(atPath: scratch.path + "/out/report.json"), "reports still written")
    }

    @Test func writesOnlyTheFormatsAsked() throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let result = try ReconcileRunner.run(["run", "Inputs", "--out", scratch.path + "/out", "--format", "json,md"])
        #expect(result.status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: scratch.path + "/out").sorted()
        #expect(files == ["report.json", "report.md"])
    }

    @Test(arguments: [["--format", "pdf"], ["--fail-on", "critical"], []])
    func usageErrorsExit64(extra: [String]) throws {
        let result = try ReconcileRunner.run(["run"] + (extra.isEmpty ? [] : ["Inputs"]) + extra)
        #expect(result.status == 64)
    }

    @Test func missingInputExits66AndKeepsOldReports() throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let out = scratch.path + "/out"
        #expect(try ReconcileRunner.run(["run", "Inputs", "--out", out, "--format", "md"]).status == 0)
        let before = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
        let result = try ReconcileRunner.run(["run", scratch.path + "/nope", "--out", out])
        #expect(result.status == 66)
        #expect(result.stderr.contains("nope"))
        #expect(try String(contentsOfFile: out + "/report.md", encoding: .utf8) == before)
    }
}
