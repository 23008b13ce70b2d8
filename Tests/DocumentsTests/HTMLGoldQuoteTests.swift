import Foundation
import Testing
import TestSupport

@testable import Documents

/// Every gold quote of every HTML page with gold (`../shared/corpus/{seeds,dev,real}` and
/// `Tests/Fixtures/validation*`) lies inside the page's blocks: main-content selection
/// must never drop a claim the gold says the page makes.
@Suite struct HTMLGoldQuoteTests {
    struct Quote: Sendable, CustomStringConvertible {
        let page: String
        let claim: String
        let text: String
        var description: String { "\(page) \(claim): \(text.prefix(90))" }
    }

    static let sharedPresent = Fixtures.sharedCorpusPresent

    /// Gold folders; the shared ones only when `../shared` is beside the checkout.
    static let folders: [URL] = {
        let local = ["validation", "validation-2", "validation-3"].map {
            Fixtures.folder.appendingPathComponent($0)
        }
        let shared = ["seeds", "dev", "real"].map { Fixtures.corpus.appendingPathComponent($0) }
        return (sharedPresent ? shared : []) + local
    }()

    /// The quotes of HTML pages, by page file.
    static func quotes() throws -> [URL: [Quote]] {
        var result: [URL: [Quote]] = [:]
        for folder in folders {
            let gold = folder.appendingPathComponent("gold.json")
            guard FileManager.default.fileExists(atPath: gold.path) else { continue }
            let root = try JSONSerialization.jsonObject(with: Data(contentsOf: gold)) as? [String: Any]
            var files: [String: URL] = [:]
            for document in root?["documents"] as? [[String: Any]] ?? [] {
                guard let id = document["id"] as? String, let file = document["file"] as? String,
                    file.hasSuffix(".html") || file.hasSuffix(".htm")
                else { continue }
                files[id] = folder.appendingPathComponent(file)
            }
            for claim in root?["claims"] as? [[String: Any]] ?? [] {
                guard let document = claim["document"] as? String, let file = files[document],
                    let text = claim["quote"] as? String
                else { continue }
                let id = claim["id"] as? String ?? "?"
                result[file, default: []].append(Quote(page: file.lastPathComponent, claim: id, text: text))
            }
        }
        return result
    }

    /// Text without any whitespace, so line breaks and cell boundaries do not matter.
    static func squeezed(_ text: String) -> String {
        String(text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }.map(Character.init))
    }

    static func text(of block: Block) -> String {
        guard let table = block.table else { return block.text }
        return ([block.text, table.header.joined(separator: " ")] + table.rows.map { $0.joined(separator: " ") })
            .joined(separator: " ")
    }

    /// Whether `quote` lies in one block, or across up to four adjacent blocks.
    static func isInside(_ quote: String, _ blocks: [String]) -> Bool {
        let needle = squeezed(quote)
        guard !needle.isEmpty else { return true }
        for start in blocks.indices {
            var joined = ""
            for block in blocks[start..<min(start + 4, blocks.count)] {
                joined += block
                if joined.contains(needle) { return true }
            }
        }
        return false
    }

    @Test func everyGoldQuoteOfAnHTMLPageIsInItsBlocks() throws {
        let quotes = try Self.quotes()
        try #require(!quotes.isEmpty, "no HTML pages with gold")
        var checked = 0
        for (file, pageQuotes) in quotes.sorted(by: { $0.key.path < $1.key.path }) {
            let bytes = try [UInt8](Data(contentsOf: file))
            let document = try HTMLParser().parse(bytes, id: "page", source: file.path)
            let blocks = document.blocks.map { Self.squeezed(Self.text(of: $0)) }
            for quote in pageQuotes {
                #expect(Self.isInside(quote.text, blocks), "quote outside the blocks: \(quote)")
                checked += 1
            }
        }
        // 128 quotes on 12 pages when ../shared is present.
        #expect(checked >= (Self.sharedPresent ? 100 : 1), "only \(checked) quotes checked")
    }

    /// The containment test itself: across adjacent blocks, not across a gap.
    @Test func containmentSpansAdjacentBlocksOnly() {
        let blocks = ["Alpha beta", "gamma delta", "epsilon"].map(Self.squeezed)
        #expect(Self.isInside("beta  gamma", blocks))
        #expect(Self.isInside("Alpha\nbeta", blocks))
        #expect(!Self.isInside("beta epsilon", blocks))
    }
}
