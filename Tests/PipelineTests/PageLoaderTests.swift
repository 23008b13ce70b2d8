import Documents
import Fetching
import Foundation
import Pipeline
import TestSupport
import Testing

@Suite struct PageLoaderTests {
    /// Hostile files; each must give blocks or a clear error naming the file.
    static let hostile: [(name: String, bytes: [UInt8], fails: Bool)] = [
        ("empty.txt", [], true),
        ("zero.html", [], true),
        ("blank.txt", Array(" \n\n\t \r\n".utf8), true),
        ("random.txt", (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2654435761 >> 7) }, true),
        ("png.html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0x41, count: 64), true),
        ("nul.txt", Array("Title\nText with a ".utf8) + [0] + Array(" NUL byte.\n".utf8), true),
        ("invalid-utf8.txt", Array("Heading\nCaf".utf8) + [0xE9, 0xFF, 0xC3] + Array(" au lait.\n".utf8), false),
        ("invalid-utf8.html", Array("<html><body><p>Caf".utf8) + [0xE9, 0xFF] + Array(" au lait.</p>".utf8), false),
        ("bare.htm", Array("<html><body>Just loose text in the body.</body></html>".utf8), false),
        ("nested.html", Array((String(repeating: "<div>", count: 100_000) + "Deep text.").utf8), false),
        ("tags-only.html", Array("<html><head><title></title></head><body><div></div></body></html>".utf8), true),
    ]

    @Test func hostileInputsNeverLoseTheGoodPages() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("000-first.txt", "First page\nSome text.\n")
        for file in Self.hostile { try folder.write(file.name, file.bytes) }
        try folder.write("zzz-last.txt", "Last page\nMore text.\n")
        let collected = InputCollector().collect([folder.path])
        let results = await PageLoader().load(collected.inputs)
        #expect(results.count == Self.hostile.count + 2)
        for (input, result) in zip(collected.inputs, results) {
            let expectFailure = Self.hostile.first { input.source.hasSuffix("/" + $0.name) }?.fails ?? false
            switch result {
            case .success(let document):
                #expect(!expectFailure, "\(input.source) should fail")
                #expect(!document.blocks.isEmpty)
                #expect(document.id == input.id)
            case .failure(let failure):
                #expect(expectFailure, "\(failure.message)")
                #expect(failure.message.hasPrefix(input.source + ": "))
                #expect(failure.reason == .badData)
            }
        }
        #expect(try results.first?.get().title == "First page")
        #expect(try results.last?.get().title == "Last page")
    }

    @Test func invalidUTF8BecomesReplacementCharacters() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("p.txt", Array("Heading\nCaf".utf8) + [0xE9] + Array("\u{2013}x ✅ ok.\n".utf8))
        let inputs = InputCollector().collect([path]).inputs
        let document = try #require(try await PageLoader().load(inputs).first?.get())
        #expect(document.blocks.last?.text == "Caf\u{FFFD}–x ✅ ok.")
    }

    @Test func resultsKeepInputOrderUnderConcurrency() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for number in 0..<40 {
            let body = String(repeating: "Line of text number \(number).\n", count: number % 7 == 0 ? 2000 : 3)
            try folder.write(String(format: "p%02d.txt", number), "Page \(number)\n" + body)
        }
        let inputs = InputCollector().collect([folder.path]).inputs
        let results = await PageLoader(workers: 4).load(inputs)
        #expect(try results.map { try $0.get().title } == (0..<40).map { "Page \($0)" })
    }

    @Test func filesOverTheLimitAreRefused() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("big.txt", String(repeating: "a", count: 2048))
        let inputs = InputCollector().collect([path]).inputs
        let result = await PageLoader(maxBytes: 1024).load(inputs)[0]
        #expect(throws: PageFailure(
            source: path, message: "\(path): file is 2048 bytes, over the 1024-byte limit (expected a web page)",
            reason: .badData)) { try result.get() }
    }

    /// Timed in CPU seconds of the parsing thread: wall-clock time depends on what else the
    /// machine runs (tests run in parallel with each other and with other builds).
    @Test func twentyMegabyteTextPageParsesInSeconds() throws {
        let line = "A paragraph line of ordinary prose about a study of 82 people, repeated many times so that it is one block per line.\n"
        let page = "Huge page\n" + String(repeating: line, count: 20_000_000 / line.utf8.count)
        let bytes = Array(page.utf8)
        let (document, spent) = try ThreadCPUClock.measure {
            try DocumentParser().parse(bytes, path: "huge.txt", id: "huge", source: "huge.txt")
        }
        #expect(spent < 20, "parsing 20 MB took \(spent) CPU seconds")
        #expect(document.blocks.count > 150_000)
    }

    @Test func urlInputsWithoutAFetcherFailClearly() async {
        let result = await PageLoader().load([.url(URLInput(url: "https://example.com/p", id: "p"))])[0]
        #expect(throws: PageFailure.self) { try result.get() }
    }

    @Test func urlInputsUseTheFetcher() async throws {
        struct Canned: PageFetcher {
            func fetch(_ url: String) async throws -> FetchedPage {
                FetchedPage(bytes: Array("Fetched title\nBody.\n".utf8), mediaType: "text/plain", charset: "utf-8")
            }
        }
        let result = await PageLoader(fetcher: Canned()).load([.url(URLInput(url: "https://example.com/p", id: "p"))])[0]
        #expect(try result.get().title == "Fetched title")
        #expect(try result.get().source == "https://example.com/p")
    }
}
