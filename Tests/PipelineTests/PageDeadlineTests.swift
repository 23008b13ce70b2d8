import Foundation
import TestSupport
import Testing

@testable import Pipeline

@Suite struct PageDeadlineTests {
    @Test func quickWorkReturnsItsResult() async {
        let value = await PageDeadline.run(seconds: 5) { 6 * 7 }
        #expect(value == 42)
    }

    @Test func slowWorkIsAbandonedAtTheDeadline() async {
        // Not a timing test (a loaded test pool may resume the task late): the deadline must
        // decide the race, so the result is nil although the work would return 1.
        let value = await PageDeadline.run(seconds: 0.05) { () -> Int in
            Thread.sleep(forTimeInterval: 5)
            return 1
        }
        #expect(value == nil, "the deadline, not the work, decided the wait")
    }

    @Test func timeoutMessageNamesTheFileAndTheBudget() {
        #expect(PipelineError.parseTimedOut(path: "a/b.html", seconds: 10).description
            == "a/b.html: parsing took more than 10 s of processor time (--page-timeout)")
        #expect(PipelineError.parseTimedOut(path: "b.html", seconds: 0.25).description
            == "b.html: parsing took more than 0.25 s of processor time (--page-timeout)")
    }

    /// A page libxml2 2.9 needs many seconds for (each unmatched end tag scans the whole
    /// stack of open elements) fails at a one-second budget; the page after it still loads.
    /// Paragraphs and links alternate: the markup guard's depth cap does not count elements
    /// that close implicitly, so this is a page only the budget can stop.
    @Test func slowPageFailsAndTheOthersLoad() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let depth = 60_000
        try folder.write("a-slow.html", "<html><body>" + String(repeating: "<p><a>x ", count: depth)
                         + String(repeating: "</q>", count: depth) + "</body></html>")
        try folder.write("b-good.txt", "Good page\nSome text.\n")
        let inputs = InputCollector().collect([folder.path]).inputs
        let start = Date()
        let results = await PageLoader(pageTimeout: 1).load(inputs)
        // Generous: the page alone takes libxml2 far longer; a loaded test machine adds delay.
        #expect(Date().timeIntervalSince(start) < 60)
        #expect(results.count == 2)
        guard case .failure(let failure) = results[0] else {
            Issue.record("the slow page should have timed out")
            return
        }
        #expect(failure.message == inputs[0].source + ": parsing took more than 1 s of processor time (--page-timeout)")
        #expect(failure.reason == .badData)
        #expect(try results[1].get().title == "Good page")
    }
}
