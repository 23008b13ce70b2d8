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
        #expect(table.rows == [["Swedish RCT", "82"], ["pending", "pending"]])
        #expect(table.spannedSlots == [[1, 1]])
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

@Suite struct MainContentTests {
    /// A review article inside typical site chrome, in the shape of the seed renditions.
    static let reviewPage = """
        <!DOCTYPE html><html><head><title>Review</title><script>var tracking = "leak";</script></head>
        <body class="single-post">
        <div id="cookie-notice" class="cookie-banner"><p>We use cookies to improve your experience.</p>
        <button>Accept</button></div>
        <header class="site-header"><a href="/">Site</a><nav><ul class="menu"><li><a href="/">Home</a></li>
        <li><a href="/reviews">Reviews</a></li></ul></nav></header>
        <main id="main"><article class="post hentry"><h1>Does It Work? A Review</h1>
        <div class="entry-content">
        <p>Short intro.</p>
        <h2>Studies</h2>
        <table><thead><tr><th>Study</th><th>N</th></tr></thead><tbody><tr><td>Trial A</td><td>82</td></tr></tbody></table>
        <p>After reviewing ten studies, the evidence is mixed, but promising, for pain, sleep, and stress.</p>
        <ul><li>Pain: good</li><li>Sleep: fair</li></ul>
        <p>Verdict: yes.</p>
        </div></article>
        <aside class="sidebar"><h3>Related posts</h3><ul><li><a href="/a">Another review of something</a></li></ul></aside>
        </main>
        <div class="related-posts"><h3>You may also like</h3><p><a href="/b">A related post with a long enough title to score</a></p></div>
        <footer class="site-footer"><p>Copyright 2026, all rights reserved, terms, privacy.</p></footer>
        <script>document.write("script text")</script></body></html>
        """

    @Test func keepsEveryBlockOfTheArticleAndNothingElse() throws {
        let document = try HTMLParser().parse(Array(Self.reviewPage.utf8), id: "r", source: "r.html")
        #expect(document.blocks.map(\.kind) == [.heading, .paragraph, .heading, .table, .paragraph, .listItem, .listItem, .paragraph])
        #expect(document.blocks.map(\.text).first == "Does It Work? A Review")
        #expect(document.blocks.map(\.text).last == "Verdict: yes.")
        let all = document.blocks.map(\.text).joined(separator: " ")
        for chrome in ["cookies", "Home", "Related", "also like", "Copyright", "leak", "script text"] {
            #expect(!all.contains(chrome), "\(chrome) leaked")
        }
    }

    @Test func unlikelyWrapperDoesNotHideTheArticle() throws {
        // A page wrapper whose class looks like a sidebar must not lose the article.
        let prose = String(repeating: "This sentence is part of the article body, with commas, and detail. ", count: 12)
        let html = """
            <html><body><div class="sidebar-layout-wrapper">
            <div class="story"><p>\(prose)</p><p>\(prose)</p></div>
            <div class="comments"><p>I disagree with this, strongly, very strongly.</p></div>
            </div></body></html>
            """
        let document = try HTMLParser().parse(Array(html.utf8), id: "w", source: "w.html")
        #expect(document.blocks.count == 2)
        #expect(document.blocks.allSatisfy { $0.text.hasPrefix("This sentence") })
    }
}

extension MainContentTests {
    @Test func headingRightBeforeTheContentIsItsTitle() throws {
        let prose = String(repeating: "A long sentence of article prose, with commas, for scoring. ", count: 10)
        let html = """
            <html><body><div class="layout"><h2>Elsewhere</h2><div class="promo">x</div>
            <h1>The Title</h1><div class="content"><p>\(prose)</p><p>\(prose)</p></div>
            <h2>Trailing heading</h2></div></body></html>
            """
        let document = try HTMLParser().parse(Array(html.utf8), id: "h", source: "h.html")
        #expect(document.blocks.map(\.kind) == [.heading, .paragraph, .paragraph])
        #expect(document.blocks.first?.text == "The Title")
    }
}

extension HTMLParserTests {
    @Test(arguments: [
        "display:none", "DISPLAY: NONE", "color:red; display :\tnone;", "visibility: hidden",
    ])
    func inlineStylesThatHide(style: String) throws {
        let document = try parse(page("<p>shown</p><div style=\"\(style)\"><p>hidden</p></div>"))
        #expect(document.blocks.map(\.text) == ["shown"])
    }

    @Test func inlineStylesThatShow() throws {
        let document = try parse(page("<div style=\"display: block; visibility: visible\"><p>shown</p></div>"))
        #expect(document.blocks.map(\.text) == ["shown"])
    }
}
