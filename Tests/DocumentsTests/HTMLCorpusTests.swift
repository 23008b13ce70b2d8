import Foundation
import Testing
import TestSupport

@testable import Documents

/// The 130 real-world pages of `../shared/corpus/html-wild` (readability's test pages).
@Suite struct HTMLCorpusTests {
    struct Page: Sendable {
        let source: String
        let result: Result<Document, DocumentsError>
    }

    static let folder = Fixtures.corpus.appendingPathComponent("html-wild")
    static let script = Fixtures.tools.appendingPathComponent("mainscore.py")
    static let corpusPresent = FileManager.default.fileExists(atPath: folder.path)
    static let scorerPresent = corpusPresent && FileManager.default.fileExists(atPath: script.path)

    /// Every page parsed once (concurrently), shared by the tests below.
    static let pages: [Page] = {
        let sources = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?
            .map { folder.appendingPathComponent($0).appendingPathComponent("source.html").path }
            .filter { FileManager.default.fileExists(atPath: $0) }
            .sorted() ?? []
        let results = ResultBox<Page>(count: sources.count)
        DispatchQueue.concurrentPerform(iterations: sources.count) { index in
            let source = sources[index]
            let bytes = FileManager.default.contents(atPath: source).map { [UInt8]($0) } ?? []
            let result = Result { try HTMLParser().parse(bytes, id: "source", source: source) }
                .mapError { $0 as? DocumentsError ?? .noContent(path: source) }
            results.set(index, Page(source: source, result: result))
        }
        return results.values
    }()

    @Test(.enabled(if: corpusPresent, "skipped: no ../shared/corpus/html-wild beside the checkout"))
    func everyPageHasBlocks() throws {
        try #require(!Self.pages.isEmpty, "no pages in \(Self.folder.path)")
        for page in Self.pages {
            switch page.result {
            case .success(let document): #expect(!document.blocks.isEmpty, "\(page.source)")
            case .failure(let error): Issue.record("\(error)")
            }
        }
        #expect(Self.pages.count >= 130)
    }

    /// Main content against readability's `expected.html`, scored by the project's
    /// `mainscore.py` (word recall ≥ 0.95, precision ≥ 0.85).
    @Test(.enabled(if: scorerPresent, "skipped: no ../shared/corpus/html-wild or ../shared/tools/mainscore.py"))
    func mainContentMatchesReadability() throws {
        let documents = Self.pages.compactMap { try? $0.result.get() }
        let json = try JSONSerialization.data(withJSONObject: [
            "schemaVersion": 1, "documents": documents.map(Self.json),
        ])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("mainscore-\(UUID()).json")
        try json.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.script.path, file.path, "--min-recall", "0.95", "--min-precision", "0.85", "--worst", "5"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let report = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(report)")
    }

    static func json(_ document: Document) -> [String: Any] {
        [
            "id": document.id, "source": document.source, "format": document.format.rawValue,
            "blocks": document.blocks.map { block -> [String: Any] in
                var object: [String: Any] = ["kind": block.kind.rawValue, "text": block.text]
                if let table = block.table {
                    object["header"] = table.header
                    object["rows"] = table.rows
                }
                return object
            },
        ]
    }
}

/// Collects results written from concurrent iterations, each index once.
final class ResultBox<Value: Sendable>: @unchecked Sendable {
    // Safe: every write goes through `lock`, and `values` is read after all writes.
    private let lock = NSLock()
    private var slots: [Value?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
