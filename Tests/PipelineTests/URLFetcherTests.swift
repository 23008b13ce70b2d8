import Fetching
import Foundation
import Pipeline
import TestSupport
import Testing

@Suite(.enabled(if: LocalHTTPServer.isAvailable, "python3 not found: the URL tests need it for their local HTTP server"))
struct URLFetcherTests {
    let server: LocalHTTPServer

    init() throws {
        server = try #require(LocalHTTPServer.shared, "the local HTTP server did not start")
    }

    func fetcher(timeout: Double = 5, cache: [String: CachedPage] = [:]) -> URLFetcher {
        URLFetcher(options: FetchOptions(timeout: timeout, maxBodyBytes: 10 * 1024 * 1024, maxRedirects: 5,
                                         toolVersion: "9.9.9"),
                   cache: cache)
    }

    @Test func fetchesAPageWithItsHeaders() async throws {
        let page = try await fetcher().fetchPage(server.url("/pages/study.html"))
        #expect(page.status == 200)
        #expect(page.mediaType == "text/html")
        #expect(page.charset == "utf-8")
        #expect(String(decoding: page.body, as: UTF8.self).contains("n = 40"))
        #expect(page.etag?.isEmpty == false)
        #expect(page.lastModified == "Tue, 14 Nov 2023 22:13:20 GMT")
    }

    @Test func sendsAClearUserAgent() async throws {
        let page = try await fetcher().fetchPage(server.url("/headers"))
        #expect(String(decoding: page.body, as: UTF8.self) == "reconcile/9.9.9 (+fact-check tool)")
    }

    @Test func passesTheDeclaredCharsetOn() async throws {
        let page = try await fetcher().fetchPage(server.url("/latin1"))
        #expect(page.charset == "iso-8859-1")
        #expect(page.body.contains(0xE9))  // é in Latin-1, left for the parser to decode
    }

    @Test func followsAShortRedirectChain() async throws {
        let page = try await fetcher().fetchPage(server.url("/chain/3"))
        #expect(page.status == 200)
        #expect(page.finalURL.hasSuffix("/pages/plain.txt"))
    }

    @Test(arguments: [
        ("/status/404", "HTTP 404 (Not Found)"),
        ("/status/500", "HTTP 500 (Internal Server Error)"),
        ("/loop/a", "redirect loop ("),
        ("/chain/6", "more than 5 redirects"),
        ("/image", "content type image/png is not a page"),
        ("/pdf", "content type application/pdf is not a page"),
        ("/binary", "content type application/octet-stream is not a page"),
        ("/huge", "body larger than the 10 MB limit"),
        ("/biglength", "body larger than the 10 MB limit"),
    ])
    func failuresNameTheURLAndWhatHappened(path: String, expected: String) async throws {
        let url = server.url(path)
        do {
            _ = try await fetcher().fetchPage(url)
            Issue.record("\(path) should fail")
        } catch let error as FetchingError {
            #expect(error.description.hasPrefix(url + ": "))
            #expect(error.description.contains(expected), "\(error.description)")
        }
    }

    @Test func slowServerTimesOut() async throws {
        let url = server.url("/slow?s=25")
        // The server answers after 25 s, so a timedOut error (not a page) proves the fetch gave up
        // first; wall-clock bounds are not asserted because a loaded test machine delays wake-ups.
        await #expect(throws: FetchingError.timedOut(url: url, seconds: 1)) {
            try await fetcher(timeout: 1).fetchPage(url)
        }
        #expect(FetchingError.timedOut(url: url, seconds: 20).description == "\(url): timed out after 20 s")
    }

    @Test(arguments: ["ftp://example.org/page.html", "file:///etc/passwd", "not a url"])
    func onlyHTTPAndHTTPSAreFetched(url: String) async {
        await #expect(throws: FetchingError.self) { try await fetcher().fetchPage(url) }
    }

    @Test func unchangedPageIsRevalidatedWithETag() async throws {
        let url = server.url("/pages/study.html")
        let first = try await fetcher().fetchPage(url)
        let cached = CachedPage(etag: first.etag, lastModified: first.lastModified, body: first.body,
                                mediaType: first.mediaType, charset: first.charset)
        let second = try await fetcher(cache: [url: cached]).fetchPage(url)
        #expect(second.notModified)
        #expect(second.body == first.body)
        #expect(second.mediaType == "text/html")

        let outdated = CachedPage(etag: "\"old\"", lastModified: nil, body: [], mediaType: nil, charset: nil)
        let third = try await fetcher(cache: [url: outdated]).fetchPage(url)
        #expect(third.status == 200)
        #expect(third.body == first.body)
    }

    @Test func lastModifiedAloneRevalidates() async throws {
        let url = server.url("/pages/plain.txt")
        let cached = CachedPage(etag: nil, lastModified: "Tue, 14 Nov 2023 22:13:20 GMT", body: Array("old".utf8),
                                mediaType: "text/plain", charset: "utf-8")
        let page = try await fetcher(cache: [url: cached]).fetchPage(url)
        #expect(page.notModified)
        #expect(page.body == Array("old".utf8))
    }

    @Test func failuresDoNotStopOtherFetches() async throws {
        let paths = ["/pages/study.html", "/status/404", "/slow?s=25", "/pages/plain.txt", "/image"]
        let fetcher = fetcher(timeout: 1)
        let outcomes = await withTaskGroup(of: (Int, Bool).self) { group in
            for (index, path) in paths.enumerated() {
                let url = server.url(path)
                group.addTask { (index, (try? await fetcher.fetchPage(url)) != nil) }
            }
            var results = [Bool](repeating: false, count: paths.count)
            for await (index, ok) in group { results[index] = ok }
            return results
        }
        #expect(outcomes == [true, false, false, true, false])
    }
}
