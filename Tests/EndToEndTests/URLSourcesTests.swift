import Foundation
import Store
import TestSupport
import Testing

/// URL pages through the whole CLI against the local test server (127.0.0.1 only).
@Suite(.enabled(if: LocalHTTPServer.isAvailable, "python3 not found: the URL tests need it for their local HTTP server"))
struct URLSourcesTests {
    let server: LocalHTTPServer

    init() throws {
        server = try #require(LocalHTTPServer.shared, "the local HTTP server did not start")
    }

    @Test func failingURLsAreReportedAndTheRunCompletes() async throws {
        let fixture = try HistoryFixture()
        defer { fixture.scratch.remove() }
        let failing = ["/status/404", "/status/500", "/loop/a", "/image", "/huge"].map(server.url)
        let result = try await fixture.reconcile(["run", "pages", server.url("/pages/study.html")] + failing)
        #expect(result.status == 0, "the good pages are reported; stderr: \(result.stderr)")
        #expect(result.stdout.contains("pages: 3"))
        for (url, message) in zip(failing, ["HTTP 404", "HTTP 500", "redirect loop", "image/png", "10 MB limit"]) {
            #expect(result.stderr.contains("\(url): "), "names \(url)")
            #expect(result.stderr.contains(message), "says \(message)")
        }
        let report = try fixture.json(fixture.out + "/report.json")
        #expect(report.objects("documents").contains { $0.string("source") == server.url("/pages/study.html") })
    }

    @Test func verifyRevalidatesURLsAndKeepsAFailedPagesClaims() async throws {
        let fixture = try HistoryFixture()
        defer { fixture.scratch.remove() }
        // The served page is a copy in the scratch folder so the test can make it disappear.
        let root = fixture.scratch.path + "/site"
        try fixture.scratch.write("site/seed.txt", try Fixtures.projectBytes("Inputs/spikerest-acupressure-benefits.txt"))
        let own = try LocalHTTPServer.start(root: root, lifetime: 120)
        let url = own.url("/pages/seed.txt")
        #expect(try await fixture.reconcile(["run", "pages/acupressure-science-review.txt", url]).status == 0)
        let first = try fixture.json(fixture.out + "/report.json")
        let pageClaims = first.objects("claims").filter { $0.string("document") == "seed" }
        #expect(!pageClaims.isEmpty)

        let unchanged = try await fixture.reconcile(["verify"])
        #expect(unchanged.status == 0, "stderr: \(unchanged.stderr)")
        #expect(unchanged.stdout.contains("findings: 0 new, 0 resolved, 0 changed"))
        #expect(unchanged.stdout.contains("2 unchanged, 0 failed"))
        let revalidated = try RunStore(path: fixture.db).latestRun()?.documents.first { $0.source == url }
        #expect(revalidated?.httpStatus == 304, "the re-check was a conditional GET answered 304")
        #expect(revalidated?.etag?.isEmpty == false)
        let firstCopy = try RunStore(path: fixture.db).cachedPage(source: url)
        #expect(firstCopy?.blocksJSON?.contains("\"blocks\"") == true, "the parse is stored for reuse")

        try FileManager.default.removeItem(atPath: root + "/seed.txt")
        let failed = try await fixture.reconcile(["verify"])
        #expect(failed.status == 0, "stderr: \(failed.stderr)")
        #expect(failed.stderr.contains("\(url): HTTP 404"))
        let changes = try fixture.json(fixture.out + "/changes.json")
        #expect(changes.object("pages").objects("failed").first?.string("source") == url)
        #expect(changes.object("pages").objects("failed").first?["stale"] as? Bool == true)
        #expect(changes.object("claims").objects("removed").isEmpty, "a failed page's claims are kept, stale")
        #expect(changes.object("findings").objects("resolved").isEmpty)
    }
}

/// Every command that takes PATHs reads URLs too, as the README and `--help` say (issue 14 item 5).
@Suite(.enabled(if: LocalHTTPServer.isAvailable, "python3 not found: the URL tests need it for their local HTTP server"))
struct URLOnEveryCommandTests {
    @Test(arguments: [["blocks"], ["blocks", "--format", "json"], ["extract"], ["extract", "--format", "table"]])
    func readsAURL(command: [String]) async throws {
        let server = try #require(LocalHTTPServer.shared, "the local HTTP server did not start")
        let result = try await ReconcileRunner.run(command + [server.url("/pages/study.html")])
        #expect(result.status == 0, "\(command): stderr: \(result.stderr)")
        #expect(!result.stdout.isEmpty)
    }
}
