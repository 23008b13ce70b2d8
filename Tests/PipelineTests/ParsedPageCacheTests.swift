import Documents
import Fetching
import Foundation
@testable import Pipeline
import Store
import TestSupport
import Testing

/// An unchanged URL page is not parsed again: its stored parse is reused.
@Suite(.enabled(if: LocalHTTPServer.isAvailable, "python3 not found: the URL tests need it for their local HTTP server"))
struct ParsedPageCacheTests {
    let server: LocalHTTPServer

    init() throws {
        server = try #require(LocalHTTPServer.shared, "the local HTTP server did not start")
    }

    @Test(arguments: ["/pages/study.html", "/pages/plain.txt"])
    func unchangedPageReusesItsStoredParse(path: String) async throws {
        let url = server.url(path)
        let recorded = RecordedRun(store: try RunStore.inMemory())
        let first = try await recorded.run(paths: [url], skipping: nil, time: Date(timeIntervalSince1970: 0),
                                           toolVersion: "9.9.9")
        #expect(first.reusedDocuments.isEmpty, "the first run parses the page")
        #expect(first.snapshot.documents.first?.blocksJSON != nil, "and stores its parse with the body")
        try recorded.save(first)

        let second = try await recorded.run(paths: [url], skipping: nil, time: Date(timeIntervalSince1970: 60),
                                            toolVersion: "9.9.9")
        #expect(second.snapshot.documents.first?.httpStatus == 304)
        #expect(second.reusedDocuments == [url], "the 304 page came from the cache, not the parser")
        #expect(second.result.report.documents == first.result.report.documents)
        #expect(second.result.report.claims == first.result.report.claims)
        #expect(second.result.report.findings == first.result.report.findings)
    }

    @Test func a200WithTheCachedBytesReusesTheParseAndChangedBytesDoNot() async throws {
        let url = server.url("/pages/plain.txt")
        let body = try await URLFetcher().fetchPage(url).body
        let parsed = Document(id: "old", source: url, format: .text, title: nil,
                              blocks: [Block(kind: .paragraph, text: "cached", span: SourceSpan(line: 1))])
        func fetched(cachedBody: [UInt8]) async throws -> FetchedPage {
            let cached = CachedPage(etag: "\"outdated\"", lastModified: nil, body: cachedBody,
                                    mediaType: "text/plain", charset: nil, document: parsed)
            return try await URLFetcher(cache: [url: cached]).fetch(url)
        }
        #expect(try await fetched(cachedBody: body).cachedDocument == parsed)
        #expect(try await fetched(cachedBody: Array("older".utf8)).cachedDocument == nil)
    }

    @Test func undecodableCacheFallsBackToParsing() {
        #expect(RecordedRun.cachedDocument("{broken") == nil)
        #expect(RecordedRun.cachedDocument(nil) == nil)
    }
}
