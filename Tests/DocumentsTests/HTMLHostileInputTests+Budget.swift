import TestSupport
import Testing

@testable import Documents

/// The hostile pages of issue 9 part 4: each parses in bounded time and its text comes out.
///
/// Sizes are those of the issue except where a debug build would take more than a few
/// seconds (the attribute count and the table's rows); those stay far past where the
/// quadratic paths would hang, and the full sizes are timed in release (README).
extension HTMLHostileInputTests {
    /// One tag with 250 000 distinct attributes (libxml2 alone: ~3·10¹⁰ name comparisons).
    @Test func quarterMillionAttributesOnOneTag() throws {
        var html = "<html><head><title>Attrs</title></head><body><article><div"
        html.reserveCapacity(4_000_000)
        for index in 0..<250_000 { html += index % 12_500 == 0 ? "\n a\(index)=\"v\"" : " a\(index)=\"v\"" }
        html += ">\n<p>Text after the long tag.</p></div></article></body></html>"
        let bytes = Array(html.utf8)
        let document = try expectQuick(10) { try parse(bytes) }
        let paragraph = try #require(document.blocks.first { $0.text == "Text after the long tag." })
        // Twenty newlines inside the tag were kept, so the paragraph stays on line 22.
        #expect(paragraph.span.line == 22)
    }

    @Test func twoHundredThousandNestedInlineElements() throws {
        let depth = 200_000
        let open = (0..<depth).map { ["<span>", "<b>", "<i>", "<em>"][$0 % 4] }
        let close = open.reversed().map { "</" + $0.dropFirst() }
        let html = "<html><body><article><p>start " + open.joined() + "deep inline text" + close.joined()
            + " end.</p><p>after</p></article></body></html>"
        let document = try expectQuick(10) { try parse(Array(html.utf8)) }
        let text = document.blocks.map(\.text)
        #expect(text.contains { $0.contains("deep inline text") })
        #expect(text.last == "after")
    }

    @Test(arguments: [false, true])
    func tenMegabyteLine(asText: Bool) throws {
        let sentence = "Word and more words in a sentence. "
        let line = String(repeating: sentence, count: 10_000_000 / sentence.utf8.count)
        let document: Document
        if asText {
            document = try expectQuick(10) {
                try TextParser().parse(Array(("Title\n\n" + line + "\n").utf8), id: "line", source: "line.txt")
            }
        } else {
            let html = "<html><body><article><p>" + line + "</p><p>after</p></article></body></html>"
            document = try expectQuick(10) { try parse(Array(html.utf8)) }
        }
        let long = try #require(document.blocks.max { $0.text.utf8.count < $1.text.utf8.count })
        #expect(long.text.utf8.count > 9_000_000)
    }

    /// 10 000 rows of 50 cells: past ``TableShape/nodeLimit``, still one data table.
    @Test func tenThousandRowsOfFiftyColumns() throws {
        var html = "<html><body><article><p>A table follows.</p><table><tr>"
        html.reserveCapacity(3_000_000)
        for column in 0..<50 { html += "<th>H\(column)" }
        let row = "<tr>" + (0..<50).map { "<td>\($0)" }.joined()
        for _ in 0..<10_000 { html += row }
        html += "</table><p>after table</p></article></body></html>"
        let document = try expectQuick(10) { try parse(Array(html.utf8)) }
        #expect(document.blocks.first?.text == "A table follows.")
        #expect(document.blocks.last?.text == "after table")
        // One table block, not half a million one-cell paragraphs.
        #expect(document.blocks.filter { $0.kind == .table }.count == 1)
        #expect(document.blocks.count < 10)
    }
}
