import Testing

@testable import Documents

@Suite struct HTMLParserTests {
    func parse(_ html: String) throws -> Document {
        try HTMLParser().parse(Array(html.utf8), id: "t", source: "t.html")
    }

    func page(_ body: String, title: String = "T") -> String {
        "<!DOCTYPE html><html><head><title>\(title)</title></head><body>\(body)</body></html>"
    }

    @Test func headingsParagraphsAndLists() throws {
        let document = try parse(
            page(
                """
                <h1>Main  title</h1>
                <p>First   paragraph
                   over lines.</p>
                <h2>Part <em>two</em></h2>
                <ul><li>one</li><li>two <a href="#">linked</a></li></ul>
                <ol><li>three</li></ol>
                """))
        #expect(document.title == "T")
        #expect(document.blocks.map(\.kind) == [.heading, .paragraph, .heading, .listItem, .listItem, .listItem])
        #expect(document.blocks.map(\.text) == [
            "Main title", "First paragraph over lines.", "Part two", "one", "two linked", "three",
        ])
        #expect(document.blocks[0].level == 1)
        #expect(document.blocks[2].level == 2)
        #expect(document.blocks.allSatisfy { $0.span.start == nil && $0.span.end == nil })
    }

    @Test func lineNumbersAreOneBased() throws {
        let document = try parse("<html><body>\n<h1>A</h1>\n\n<p>B</p>\n<div>\nloose\n</div></body></html>")
        #expect(document.blocks.map(\.span.line) == [2, 4, 6])
    }

    @Test func linesPast65535() throws {
        let html = "<html><body><p>start</p>" + String(repeating: "\n", count: 70_000) + "<p>late</p></body></html>"
        let document = try parse(html)
        #expect(document.blocks.map(\.text) == ["start", "late"])
        #expect(document.blocks.last?.span.line == 70_001)
    }

    @Test func tableWithHeadAndColspan() throws {
        let document = try parse(
            page(
                """
                <table><caption>Studies</caption>
                <thead><tr><th>Study</th><th>N</th></tr></thead>
                <tbody><tr><td>Swedish <b>RCT</b></td><td>82</td></tr>
                <tr><td colspan="2">pending</td></tr></tbody></table>
                """))
        #expect(document.blocks.map(\.kind) == [.caption, .table])
        let table = try #require(document.blocks.last?.table)
        #expect(table.header == ["Study", "N"])
        #expect(table.rows == [["Swedish RCT", "82"], ["pending"]])
        #expect(table.rowLines.count == 2)
    }

    @Test func tableWithoutTheadUsesHeaderCells() throws {
        let document = try parse(page("<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>"))
        let table = try #require(document.blocks.first?.table)
        #expect(table.header == ["A", "B"])
        #expect(table.rows == [["1", "2"]])
    }

    @Test func layoutTableKeepsItsText() throws {
        let document = try parse(
            page("<table><tr><td><table><tr><td>x</td><td>y</td></tr></table><p>Body text here.</p></td></tr></table>"))
        #expect(document.blocks.contains { $0.text == "Body text here." })
    }

    @Test func nestedListsQuotesAndCaptions() throws {
        let document = try parse(
            page(
                """
                <ul><li>outer<ul><li>inner</li></ul></li></ul>
                <blockquote><p>Quoted one.</p><p>Quoted two.</p></blockquote>
                <figure><img src="x.png"><figcaption>A figure</figcaption></figure>
                """))
        #expect(document.blocks.map(\.kind) == [.listItem, .listItem, .quote, .caption])
        #expect(document.blocks.map(\.text) == ["outer", "inner", "Quoted one. Quoted two.", "A figure"])
    }

    @Test func entitiesAndWhitespace() throws {
        let document = try parse(page("<p>  Fish &amp; chips&nbsp;&nbsp;cost &euro;5 &#8212; &lt;cheap&gt;  </p>"))
        #expect(document.blocks.map(\.text) == ["Fish & chips cost €5 — <cheap>"])
    }

    @Test func inlineElementsStayInTheirBlock() throws {
        let document = try parse(page("<p>a<span>b</span> <strong>c</strong><br>d<sup>2</sup></p>"))
        #expect(document.blocks.map(\.text) == ["ab c d2"])
    }

    @Test func invisibleContentDoesNotLeak() throws {
        let document = try parse(
            page(
                """
                <script>var secret = "script text";</script><style>p { color: red }</style>
                <noscript>enable js</noscript><template><p>template</p></template>
                <svg><text>svg text</text></svg><form><input value="x"><button>Send</button></form>
                <p>Visible.</p><p hidden>hidden attr</p><p style="display: none">hidden style</p>
                """))
        #expect(document.blocks.map(\.text) == ["Visible."])
    }

    @Test func looseTextBecomesParagraphs() throws {
        let document = try parse("<html><body>Bare body text<div>div text<p>para</p>after</div></body></html>")
        #expect(document.blocks.map(\.text) == ["Bare body text", "div text", "para", "after"])
        #expect(document.blocks.allSatisfy { $0.kind == .paragraph })
    }

    @Test func paragraphsInsideLinksCount() throws {
        let document = try parse(page("<a href=\"/x\"><p>Linked paragraph text.</p></a><a href=\"/y\">loose link</a>"))
        #expect(document.blocks.map(\.text) == ["Linked paragraph text.", "loose link"])
    }

    @Test func titleFallsBackToFirstHeading() throws {
        let document = try parse("<html><body><h2>Heading title</h2><p>x</p></body></html>")
        #expect(document.title == "Heading title")
    }

    @Test func siteChromeIsDropped() throws {
        let document = try parse(
            page(
                """
                <header><a href="/">Site</a></header><nav><a href="/a">Home</a></nav>
                <div role="navigation">Menu</div><div class="cookie-banner">We use cookies</div>
                <p>Article text.</p><aside>Related</aside><footer>Copyright</footer>
                """))
        #expect(document.blocks.map(\.text) == ["Article text."])
    }
}
