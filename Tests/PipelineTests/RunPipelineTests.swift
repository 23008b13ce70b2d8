import Documents
import Extraction
import Findings
import Foundation
import Matching
import Pipeline
import Testing

@Suite struct RunPipelineTests {
    /// One study claim per page, named after the page; every pair of pages matches.
    private static let stages = RunPipeline.Stages(
        extract: { document in
            [.study(StudyClaim(id: document.id + "#1", document: document.id, label: document.title ?? document.id,
                               mentions: [Mention(quote: document.blocks.first?.text ?? "", span: SourceSpan(line: 1))]))]
        },
        match: { claims in
            (claims.count < 2 ? [] : [Match(id: "m", status: .match, score: 1, claims: claims.map(\.id), comparisons: [])],
             nil)
        },
        findings: { claims, matches in
            matches.map {
                Finding(id: "f", kind: .conflict, severity: .minor, field: .year, match: $0.id, claims: $0.claims,
                        values: [], message: "\(claims.count) claims")
            }
        })

    private func folder(with pages: [String: String]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("runpipeline-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in pages {
            FileManager.default.createFile(atPath: path + "/" + name, contents: Data(text.utf8))
        }
        return path
    }

    @Test func chainsTheStagesInPageOrder() async throws {
        let pages = Dictionary(uniqueKeysWithValues: (0..<12).map { (String(format: "p%02d.txt", $0), "Title \($0)\n\nText.\n") })
        let root = try folder(with: pages)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = await RunPipeline(stages: Self.stages).run(
            paths: [root], time: Date(timeIntervalSince1970: 0), toolVersion: "t")
        #expect(result.failures.isEmpty)
        #expect(result.report.documents.map(\.id) == (0..<12).map { String(format: "p%02d", $0) })
        #expect(result.report.claims.map(\.id) == (0..<12).map { String(format: "p%02d#1", $0) })
        #expect(result.report.matches.count == 1)
        #expect(result.report.findings.first?.message == "12 claims")
        #expect(result.report.run.inputs == [root])
    }

    @Test func keepsGoingPastABadPage() async throws {
        let root = try folder(with: ["good.txt": "A page\n\nWith text.\n", "empty.txt": ""])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = await RunPipeline(stages: Self.stages).run(
            paths: [root, root + "/missing.txt"], time: Date(), toolVersion: "t")
        #expect(result.report.documents.map(\.id) == ["good"])
        #expect(result.failures.map(\.reason) == [.missingInput, .badData])
        #expect(result.report.failures.count == 2)
    }

    @Test func failOnCountsOnlyOpenFindingsAtOrAboveTheSeverity() async throws {
        let root = try folder(with: ["a.txt": "A\n\nText.\n", "b.txt": "B\n\nText.\n"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = await RunPipeline(stages: Self.stages).run(paths: [root], time: Date(), toolVersion: "t")
        #expect(result.findingsNeedingReview(atLeast: .minor).count == 1)
        #expect(result.findingsNeedingReview(atLeast: .major).isEmpty)
        let reviewed = RunResult(report: result.report.withReviews(["f": .init(status: .dismissed)]), failures: [])
        #expect(reviewed.findingsNeedingReview(atLeast: .info).isEmpty)
    }

    /// A page whose extraction runs past its budget fails, naming the page and the stage; the
    /// other pages are reported, and the abandoned extraction is told to stop.
    @Test func extractionPastItsBudgetFailsThePage() async throws {
        let root = try folder(with: ["a-slow.txt": "Slow\n\nText.\n", "b-good.txt": "Good\n\nText.\n"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let stopped = StopFlag()
        let slow = RunPipeline.Stages(
            extract: { document in
                guard document.id == "a-slow" else { return Self.stages.extract(document) }
                // A grammar loop that works and checks the deadline, as the real ones do between sentences.
                let start = Date()
                var sum = 0
                while !ExtractionDeadline.shouldStop, Date().timeIntervalSince(start) < 60 {
                    for value in 0..<10_000 { sum &+= value }
                }
                _ = sum
                stopped.set(ExtractionDeadline.shouldStop)
                return Self.stages.extract(document)
            },
            match: Self.stages.match, findings: Self.stages.findings)
        // Processor time: the good page's trivial extraction is in time however loaded the machine.
        let result = await RunPipeline(stages: slow, loader: PageLoader(pageTimeout: 0.5)).run(
            paths: [root], time: Date(), toolVersion: "t")
        #expect(result.report.documents.map(\.id) == ["b-good"])
        #expect(result.report.claims.map(\.id) == ["b-good#1"])
        let failure = try #require(result.failures.first)
        #expect(failure.message == root + "/a-slow.txt: extraction took more than 0.5 s of processor time (--page-timeout)")
        #expect(failure.reason == .badData)
        #expect(result.report.failures.map(\.message) == [failure.message])
        for _ in 0..<200 where stopped.value != true { try await Task.sleep(nanoseconds: 25_000_000) }
        #expect(stopped.value == true, "the abandoned extraction saw its deadline")
    }

    @Test func extractionDeadlineIsOnlyBoundWhereTheRunBindsIt() {
        #expect(!ExtractionDeadline.shouldStop, "no deadline outside a run")
        let spent = ExtractionDeadline(seconds: 60)
        spent.begin()
        ExtractionDeadline.$current.withValue(spent) {
            #expect(!ExtractionDeadline.shouldStop)
            spent.expire()
            #expect(ExtractionDeadline.shouldStop)
        }
        let none = ExtractionDeadline(seconds: 0)
        none.begin()
        ExtractionDeadline.$current.withValue(none) {
            #expect(ExtractionDeadline.shouldStop, "a budget of 0 s is spent at once")
        }
    }

    /// Waiting is not working: a thread that sleeps spends none of its processor budget.
    @Test func extractionDeadlineCountsProcessorTime() {
        let deadline = ExtractionDeadline(seconds: 0.2)
        deadline.begin()
        usleep(400_000)
        #expect(!deadline.check(), "0.4 s asleep is not 0.2 s of work")
        let start = Date()
        var sum = 0
        while !deadline.check(), Date().timeIntervalSince(start) < 60 {
            for value in 0..<10_000 { sum &+= value }
        }
        #expect(deadline.isExpired, "\(sum) summed: the work spent the budget")
    }
}

/// A flag set from the extraction's thread and read by the test.
private final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Bool?
    func set(_ value: Bool) { lock.withLock { stored = value } }
    var value: Bool? { lock.withLock { stored } }
}
