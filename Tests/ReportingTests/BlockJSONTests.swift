import Documents
import Foundation
import Model
import Reporting
import Testing
import TestSupport

@Suite struct BlockJSONTests {
    static let documents = [
        Document(
            id: "a/b", source: "Inputs/a \"b\".txt", format: .text, title: "Tab\there — ✅ </script>",
            blocks: [
                Block(kind: .heading, text: "Title", level: 1, span: SourceSpan(line: 1, start: 0, end: 5)),
                Block(kind: .paragraph, text: "Line\nbreak \\ slash / ctrl \u{01} \u{1F} é 😀", span: SourceSpan(line: 70_000)),
                Block.table(Table(header: ["N", ""], rows: [["82", "x"], []]), span: SourceSpan(line: 3, start: 10, end: 20)),
                Block.table(
                    Table(headerPaths: [["Trial"], ["Setup", "People"]], rows: [["Abe 2001", "9"], ["Abe 2001", "12"]],
                          rowLines: [7, 8], rowHeaders: [true, true], spannedSlots: [[1, 0]]),
                    span: SourceSpan(line: 6), section: ["Guide", "Trials"]),
                Block(kind: .paragraph, text: "Under a heading.", span: SourceSpan(line: 9), section: ["Guide"]),
            ]),
        Document(id: "empty-title", source: "p.html", format: .html, title: nil, blocks: []),
    ]

    /// The writer copies runs between escapes whole; texts of every mix of plain runs,
    /// escapes at either end, controls and multibyte letters must still match the encoder.
    @Test func directWriterMatchesJSONEncoderOnMixedTexts() throws {
        let pieces = ["plain words", "\"", "\\", "\n", "\u{00}", "\u{1B}[31m", "é", "😀", "", "/", "\t\t"]
        var state: UInt64 = 7
        for _ in 0..<200 {
            var text = ""
            for _ in 0..<6 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            let documents = [Document(id: "m", source: "m.txt", format: .text, title: text,
                                      blocks: [Block(kind: .paragraph, text: text, span: SourceSpan(line: 1))])]
            let direct = BlockJSON.compactBytes(documents)
            let encoded = try BlockJSON(documents: documents).encoded()
            #expect(String(decoding: direct, as: UTF8.self) == String(decoding: encoded, as: UTF8.self), "\(text.debugDescription)")
        }
    }

    @Test func directWriterMatchesJSONEncoder() throws {
        let direct = BlockJSON.compactBytes(Self.documents)
        let encoded = try BlockJSON(documents: Self.documents).encoded()
        #expect(String(decoding: direct, as: UTF8.self) == String(decoding: encoded, as: UTF8.self))
    }

    @Test func roundTripsAndKeepsNullTitle() throws {
        let bytes = BlockJSON.compactBytes(Self.documents)
        let decoded = try JSONDecoder().decode(BlockJSON.self, from: Data(bytes))
        #expect(decoded == BlockJSON(documents: Self.documents))
        #expect(String(decoding: bytes, as: UTF8.self).contains(#""title":null"#))
        #expect(decoded.documents[0].blocks[2].text == nil)
        #expect(decoded.documents[0].blocks[2].rows == [["82", "x"], ["", ""]])
        #expect(decoded.documents[0].blocks[3].headerPaths == [["Trial"], ["Setup", "People"]])
        #expect(decoded.documents[0].blocks[3].spannedSlots == [[1, 0]])
        #expect(decoded.documents[0].blocks[4].section == ["Guide"])
        #expect(decoded.documents[0].blocks[1].location.start == nil)
    }

    @Test func decodesBackIntoTheSameDocuments() throws {
        #expect(try BlockJSON.documents(from: BlockJSON.cacheBytes(Self.documents)) == Self.documents)
        let plain = try BlockJSON.documents(from: BlockJSON.compactBytes(Self.documents))
        #expect(plain.map(\.blocks.count) == Self.documents.map(\.blocks.count))
    }

    @Test func cacheFromAnotherParserRevisionIsParsedAgain() throws {
        let current = BlockJSON.cacheBytes(Self.documents)
        #expect(BlockJSON.cachedDocuments(from: current) == Self.documents)
        // The same cache without its revision stamp: what an older parser stored.
        let older = String(decoding: current, as: UTF8.self)
            .replacingOccurrences(of: "\"parserRevision\":\(DocumentParser.revision),", with: "")
        #expect(older != String(decoding: current, as: UTF8.self))
        #expect(BlockJSON.cachedDocuments(from: Array(older.utf8)) == nil)
        #expect(try BlockJSON.documents(from: Array(older.utf8)) == Self.documents)
    }

    @Test(arguments: [
        ("Inputs/acupressure-science-review.txt", "text/plain"),
        ("Tests/Fixtures/acupressure-science-review.html", "text/html"),
    ])
    func parsedPageRoundTripsWithTablesAndSpans(path: String, mediaType: String) throws {
        let document = try DocumentParser().parse(
            try Fixtures.projectBytes(path), path: path, id: "page", source: path, mediaType: mediaType)
        let tables = document.blocks.compactMap(\.table)
        #expect(!tables.isEmpty, "the page has tables")
        #expect(tables.contains { !$0.rowLines.isEmpty }, "row lines are kept")
        #expect(try BlockJSON.documents(from: BlockJSON.cacheBytes([document])) == [document])
    }

    @Test(arguments: [
        #"{"schemaVersion":1,"documents":[{"id":"x","source":"x","format":"pdf","title":null,"blocks":[]}]}"#,
        #"{"schemaVersion":1,"documents":[{"id":"x","source":"x","format":"text","title":null,"blocks":[{"kind":"aside","text":"a","location":{"line":1}}]}]}"#,
        #"{"schemaVersion":2,"documents":[]}"#,
        "not json",
    ])
    func rejectsWhatIsNotABlockModel(json: String) {
        #expect(throws: ModelError.self) { try BlockJSON.documents(from: Array(json.utf8)) }
    }
}
