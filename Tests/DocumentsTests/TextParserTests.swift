import Documents
import TestSupport
import Testing

@Suite struct TextParserTests {
    private func parse(_ text: String) throws -> Document {
        try TextParser().parse(Array(text.utf8), id: "t", source: "t.txt")
    }

    private func kinds(_ document: Document) -> [Block.Kind] { document.blocks.map(\.kind) }

    @Test func pipeTableWithSeparatorHasHeaderAndRows() throws {
        let doc = try parse("| Study | Year | N |\n|---|:---:|--:|\n| Smith [web:1] | 2012 | 82 |\n| Jones | 2018 | 100 |\n")
        let table = try #require(doc.blocks.first?.table)
        #expect(doc.blocks.count == 1)
        #expect(table.header == ["Study", "Year", "N"])
        #expect(table.rows == [["Smith [web:1]", "2012", "82"], ["Jones", "2018", "100"]])
        #expect(table.rowLines == [3, 4])
        #expect(doc.blocks[0].text == "Study | Year | N\nSmith [web:1] | 2012 | 82\nJones | 2018 | 100")
    }

    @Test func tableWithoutSeparatorIsStillATable() throws {
        let doc = try parse("Summary\n| Use | Our view |\n| Insomnia | Weak evidence |\n| Anxiety | Not established |\n")
        #expect(kinds(doc) == [.heading, .table])
        let table = try #require(doc.blocks[1].table)
        #expect(table.header == ["Use", "Our view"])
        #expect(table.rows == [["Insomnia", "Weak evidence"], ["Anxiety", "Not established"]])
    }

    @Test func headerlessTableWhenFirstRowHasNumbers() throws {
        let doc = try parse("| 2012 | 82 |\n| 2018 | 100 |\n")
        let table = try #require(doc.blocks.first?.table)
        #expect(table.header.isEmpty)
        #expect(table.rows.count == 2)
    }

    @Test func raggedRowsArePaddedAndEscapedPipesKept() throws {
        let doc = try parse("| a | b | c |\n|---|---|---|\n| 1 | 2 |\n| x \\| y | 3 | 4 | 5 |\n")
        let table = try #require(doc.blocks.first?.table)
        #expect(table.header == ["a", "b", "c", ""])
        #expect(table.rows == [["1", "2", "", ""], ["x | y", "3", "4", "5"]])
    }

    @Test func tableWithoutOuterPipes() throws {
        let doc = try parse("Claim | Verdict\n---|---\nSleep | Preliminary\n")
        let table = try #require(doc.blocks.first?.table)
        #expect(table.header == ["Claim", "Verdict"])
        #expect(table.rows == [["Sleep", "Preliminary"]])
    }

    @Test(arguments: ["- ", "* ", "+ ", "• ", "– ", "•", "1. ", "2) ", "10. "])
    func listMarkers(marker: String) throws {
        let doc = try parse("Intro paragraph that ends with a colon:\n\(marker)First item of the list\n\(marker)Second item\n")
        #expect(kinds(doc) == [.paragraph, .listItem, .listItem])
        #expect(doc.blocks[1].text == "First item of the list")
    }

    @Test func dashWithoutSpaceIsNotABullet() throws {
        let doc = try parse("-5 degrees is cold, they said.\n")
        #expect(kinds(doc) == [.paragraph])
        #expect(doc.blocks[0].text == "-5 degrees is cold, they said.")
    }

    @Test func numberedLineFollowedByProseIsAHeading() throws {
        let doc = try parse("Benefits of tea\nIntro text that ends here.\n1. Works as well as coffee\nA 2014 trial found something.\n2. Sharper memory\nA trial of 40 adults.\n")
        #expect(kinds(doc) == [.heading, .paragraph, .heading, .paragraph, .heading, .paragraph])
        #expect(doc.blocks[2].text == "1. Works as well as coffee")
    }

    @Test func numberedStepsStayListItems() throws {
        let doc = try parse("Steps:\n1. Preheat the oven\n2. Mix the dough\n\nServe warm with butter.\n")
        #expect(kinds(doc) == [.paragraph, .listItem, .listItem, .paragraph])
    }

    @Test func markdownHeadingsKeepTheirLevel() throws {
        let doc = try parse("# Title here\n\nText.\n\n### Deeper ###\n\nMore text.\n#hashtag is not a heading\n")
        #expect(doc.blocks.map(\.level) == [1, nil, 3, nil, nil])
        #expect(doc.blocks[2].text == "Deeper")
        #expect(doc.blocks[4].kind == .paragraph)
        #expect(doc.title == "Title here")
    }

    @Test(arguments: [
        ("The Verdict: Yes — With Nuance", true),
        ("How long does it take for a mat to work?", true),
        ("Q: Is creatine safe for my kidneys?", true),
        ("RED LIGHT MASKS ARE EVERYWHERE. DOES THE SCIENCE HOLD UP?", true),
        ("Mechanism 1: Endorphin Release (Gate Control Theory)", true),
        ("Reviewed and updated July 4, 2026. See how we test.", false),
        ("Be cautious if any of these apply to you:", false),
        ("in blood pressure, heart rate, or pain thresholds", false),
        ("— Hohmann et al., Evidence-Based Medicine, 2012", false),
        ("→ Full list of all proven benefits →", false),
        ("Updated February 2026 · Reviewed by a dietitian", false),
        ("By A Reporter | 9 February 2026", false),
        (String(repeating: "Long heading words ", count: 6), false),
    ])
    func headingByShape(line: String, isHeading: Bool) throws {
        let doc = try parse("\(line)\nA following paragraph of ordinary prose.\n")
        #expect((doc.blocks[0].kind == .heading) == isHeading)
    }

    @Test(arguments: [
        ("See [our guide](https://example.com/guide) for **more** detail.", "See our guide for more detail."),
        ("Cited twice [web:141][web:144] and ![a chart](c.png) here.", "Cited twice [web:141][web:144] and a chart here."),
        ("Use `reconcile` with __care__, 5 * 3 = 15 and snake_case.", "Use reconcile with care, 5 * 3 = 15 and snake_case."),
        ("An odd ** marker stays.", "An odd ** marker stays."),
    ])
    func markdownInlineMarkupIsRemoved(line: String, visible: String) throws {
        let doc = try parse("- \(line)\n\(line)\n")
        #expect(doc.blocks.map(\.text) == [visible, visible])
    }

    @Test func shortLastLineIsAParagraph() throws {
        let doc = try parse("Some opening prose that is a sentence.\nThanks for reading\n")
        #expect(kinds(doc) == [.paragraph, .paragraph])
        #expect(doc.title == nil)
    }

    @Test func faqQuestionsUnderAHeadingAreLevelThree() throws {
        let doc = try parse("Main title\nIntro.\nFAQ\nDoes it work?\nYes, somewhat.\nIs it safe?\nMostly.\n")
        #expect(doc.blocks.map(\.level) == [1, nil, 2, 3, nil, 3, nil])
    }

    @Test func quotesJoinConsecutiveLines() throws {
        let doc = try parse("> First line of a quote\n> continues here\n>\n> Second quote\n")
        #expect(kinds(doc) == [.quote, .quote])
        #expect(doc.blocks[0].text == "First line of a quote continues here")
        #expect(doc.blocks[0].span.line == 1)
        #expect(doc.blocks[1].span.line == 4)
    }

    @Test func oneParagraphPerLineWhenLinesAreLong() throws {
        let long = String(repeating: "word ", count: 30)
        let doc = try parse("\(long)one.\n\(long)two.\n")
        #expect(kinds(doc) == [.paragraph, .paragraph])
    }

    @Test func hardWrappedParagraphsAreJoined() throws {
        let text = """
            Wrapped page title

            This paragraph was wrapped at about seventy characters by the editor
            that wrote it, so its lines must be joined back into one paragraph
            before anyone extracts claims from it.

            - A list item that is also wrapped at roughly the same width as the
              prose around it, with an indented continuation line.
            """
        let doc = try parse(text)
        #expect(kinds(doc) == [.heading, .paragraph, .listItem])
        #expect(doc.blocks[1].text.hasPrefix("This paragraph was wrapped at about seventy characters by the editor that wrote it"))
        #expect(doc.blocks[1].span.line == 3)
        #expect(doc.blocks[2].text.hasSuffix("with an indented continuation line."))
    }

    @Test func spansAreByteOffsetsOfTheLine() throws {
        let text = "Café au lait — a review\nIt is good.\n| a | b |\n|---|---|\n| 1 | 2 |\n"
        let bytes = Array(text.utf8)
        let doc = try TextParser().parse(bytes, id: "t", source: "t.txt")
        for block in doc.blocks {
            let start = try #require(block.span.start)
            let end = try #require(block.span.end)
            let slice = String(decoding: bytes[start..<end], as: UTF8.self)
            #expect(!slice.contains("\n") || block.kind == .table)
            #expect(slice.hasSuffix(block.kind == .table ? "| 1 | 2 |" : block.text))
        }
        #expect(doc.blocks[0].span == SourceSpan(line: 1, start: 0, end: 26))
        #expect(doc.blocks[2].span == SourceSpan(line: 3, start: 39, end: 68))
    }

    @Test func crlfLineEndings() throws {
        let doc = try parse("Title line\r\nBody text here.\r\n- item\r\n")
        #expect(kinds(doc) == [.heading, .paragraph, .listItem])
        #expect(doc.blocks[1].span == SourceSpan(line: 2, start: 12, end: 27))
        #expect(doc.blocks[2].text == "item")
    }

    @Test func utf8ByteOrderMarkIsSkippedButCounted() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Title\nText.\n".utf8)
        let doc = try TextParser().parse(bytes, id: "t", source: "t.txt")
        #expect(doc.title == "Title")
        #expect(doc.blocks[0].span == SourceSpan(line: 1, start: 3, end: 8))
    }

    @Test func windows1252TextIsDecoded() throws {
        // "Café “quoted” – n° 5." in windows-1252.
        let bytes: [UInt8] = Array("Caf".utf8) + [0xE9] + Array(" ".utf8) + [0x93] + Array("quoted".utf8) + [0x94]
            + Array(" ".utf8) + [0x96] + Array(" n".utf8) + [0xB0] + Array(" 5.".utf8)
        let doc = try TextParser().parse(bytes, id: "t", source: "t.txt")
        #expect(doc.blocks[0].text == "Café “quoted” – n° 5.")
    }

    @Test func utf16WithByteOrderMarkIsDecoded() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "Titre été\nDu texte.\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let doc = try TextParser().parse(bytes, id: "t", source: "t.txt")
        #expect(doc.title == "Titre été")
    }

    @Test func whitespaceOnlyPageIsEmpty() {
        #expect(throws: DocumentsError.empty(path: "t.txt")) { try parse(" \n\t\n") }
        #expect(throws: DocumentsError.noContent(path: "t.txt")) { try parse("---\n|---|\n") }
    }

    @Test func seedPagesParseIntoExpectedShapes() throws {
        let review = try TextParser().parse(
            Fixtures.projectBytes("Inputs/acupressure-science-review.txt"), id: "r", source: "r.txt")
        #expect(review.title == "Does Acupressure Mat Really Work? A Complete Science Review (2026)")
        #expect(review.blocks.filter { $0.kind == .table }.count == 3)
        #expect(review.blocks.filter { $0.kind == .listItem }.count == 12)
        let studies = try #require(review.blocks.first { $0.kind == .table }?.table)
        #expect(studies.header == ["Study / Source", "Year", "Design", "N", "Primary Outcome", "Key Finding"])
        #expect(studies.rows.count == 8)
        let spike = try TextParser().parse(
            Fixtures.projectBytes("Inputs/spikerest-acupressure-benefits.txt"), id: "s", source: "s.txt")
        #expect(spike.title == "Acupressure Mat Benefits: What the Research Really Says")
        #expect(spike.blocks.filter { $0.kind == .heading }.count == 14)
    }
}
