import Foundation
import TestSupport
import Testing

@Suite struct BlocksCommandTests {
    /// The parts of the block model JSON these tests read.
    struct Output: Decodable {
        struct Doc: Decodable {
            let id: String
            let source: String
            let format: String
            let title: String?
            let blocks: [Entry]
        }
        struct Entry: Decodable {
            let kind: String
            let level: Int?
            let text: String?
            let header: [String]?
            let rows: [[String]]?
            let location: Location
        }
        struct Location: Decodable {
            let line: Int
            let start: Int?
            let end: Int?
        }
        let schemaVersion: Int
        let documents: [Doc]
    }

    @Test func jsonHasTheDesignShape() async throws {
        let result = try await ReconcileRunner.run(["blocks", "Inputs/", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let output = try JSONDecoder().decode(Output.self, from: Data(result.stdout.utf8))
        #expect(output.schemaVersion == 1)
        #expect(output.documents.map(\.id) == ["acupressure-science-review", "spikerest-acupressure-benefits"])
        let review = try #require(output.documents.first)
        #expect(review.source == "Inputs/acupressure-science-review.txt")
        #expect(review.format == "text")
        #expect(review.title == "Does Acupressure Mat Really Work? A Complete Science Review (2026)")
        let first = try #require(review.blocks.first)
        #expect(first.kind == "heading" && first.level == 1)
        #expect(first.location.line == 1 && first.location.start == 0 && first.location.end == 66)
        let table = try #require(review.blocks.first { $0.kind == "table" })
        #expect(table.text == nil)
        #expect(table.header?.first == "Study / Source")
        #expect(table.rows?.first?.prefix(4) == ["Swedish RCT (Kjerryd et al.) [web:141]", "2012", "RCT", "82"])
        #expect(table.location.line == 6)
        let paragraph = try #require(review.blocks.first { $0.kind == "paragraph" })
        #expect(paragraph.level == nil && paragraph.header == nil)
        // Keys are sorted and nil fields absent, as DESIGN.md shows.
        #expect(result.stdout.hasPrefix(#"{"documents":[{"blocks":[{"kind":"heading","level":1,"location":{"end":66,"line":1,"start":0}"#))
    }

    @Test func textFormatShowsLineKindAndText() async throws {
        let result = try await ReconcileRunner.run(["blocks", "Inputs/spikerest-acupressure-benefits.txt"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "== spikerest-acupressure-benefits (text) Inputs/spikerest-acupressure-benefits.txt")
        #expect(lines.contains("     3  heading 2   Do acupressure mats work?"))
        #expect(lines.contains { $0.hasPrefix("    32  listItem    Pregnancy") })
    }

    @Test func missingPathExits66AndStillPrintsTheOthers() async throws {
        let result = try await ReconcileRunner.run(["blocks", "no/such/page.txt", "Inputs/acupressure-science-review.txt"])
        #expect(result.status == 66)
        #expect(result.stderr == "error: no/such/page.txt: no such file or directory (expected a page, a folder of pages or an http(s) URL)\n")
        #expect(result.stdout.contains("== acupressure-science-review"))
    }

    @Test func binaryFileIsNamedAndTheGoodFileStillPrints() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let png = try folder.write("photo.html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])
        let good = try folder.write("good.txt", "Good page\nIt has words.\n")
        let result = try await ReconcileRunner.run(["blocks", png, good, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stderr == "error: \(png): binary file, not a page (PNG image signature; expected HTML or text)\n")
        let output = try JSONDecoder().decode(Output.self, from: Data(result.stdout.utf8))
        #expect(output.documents.map(\.id) == ["good"])
    }

    @Test func nothingReadableExits65() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let empty = try folder.write("empty.txt", [UInt8]())
        let result = try await ReconcileRunner.run(["blocks", empty])
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(empty): empty page"))
    }

    @Test func emptyFolderExits66() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try await ReconcileRunner.run(["blocks", folder.path])
        #expect(result.status == 66)
        #expect(result.stderr.contains("no pages found"))
    }

    @Test func noPathIsAUsageError() async throws {
        let result = try await ReconcileRunner.run(["blocks"])
        #expect(result.status == 64)
    }
}
