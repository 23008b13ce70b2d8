import Documents
import Foundation
import Reporting
import Testing

@Suite struct BlockJSONTests {
    static let documents = [
        Document(
            id: "a/b", source: "Inputs/a \"b\".txt", format: .text, title: "Tab\there — ✅ </script>",
            blocks: [
                Block(kind: .heading, text: "Title", level: 1, span: SourceSpan(line: 1, start: 0, end: 5)),
                Block(kind: .paragraph, text: "Line\nbreak \\ slash / ctrl \u{01} \u{1F} é 😀", span: SourceSpan(line: 70_000)),
                Block.table(Table(header: ["N", ""], rows: [["82", "x"], []]), span: SourceSpan(line: 3, start: 10, end: 20)),
            ]),
        Document(id: "empty-title", source: "p.html", format: .html, title: nil, blocks: []),
    ]

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
        #expect(decoded.documents[0].blocks[2].rows == [["82", "x"], []])
        #expect(decoded.documents[0].blocks[1].location.start == nil)
    }
}
