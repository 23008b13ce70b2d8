import Testing

@testable import Documents

/// Section paths on invented pages: headings, scopes, `<summary>` and `<dt>` openers.
@Suite struct SectionPathTests {
    /// The walk's blocks, before main-content selection (which these tiny pages would trim).
    private func html(_ body: String) throws -> [Block] {
        let page = HTMLParser.readPage(Array("<html><body><main>\(body)</main></body></html>".utf8), declaredCharset: nil)
        return page.blocks.filter { !$0.isEmpty }.map { draft in
            Block(kind: draft.kind, text: String(decoding: draft.text, as: UTF8.self), level: draft.level,
                  table: draft.table, span: SourceSpan(line: draft.line), section: draft.section)
        }
    }

    private func section(of text: String, in blocks: [Block]) -> [String]? {
        blocks.first { $0.text == text }?.section
    }

    @Test func headingsNestByLevel() throws {
        let blocks = try html("""
            <h1>Guide to nettle tea</h1><p>Intro words here.</p>
            <h2>Hay fever</h2><p>Two small trials.</p>
            <h3>Okonjo 2010</h3><ul><li>Forty adults.</li></ul>
            <h2>Gout</h2><p>No trials.</p>
            """)
        #expect(section(of: "Guide to nettle tea", in: blocks) == [])
        #expect(section(of: "Intro words here.", in: blocks) == ["Guide to nettle tea"])
        #expect(section(of: "Forty adults.", in: blocks) == ["Guide to nettle tea", "Hay fever", "Okonjo 2010"])
        #expect(section(of: "Gout", in: blocks) == ["Guide to nettle tea"])
        #expect(section(of: "No trials.", in: blocks) == ["Guide to nettle tea", "Gout"])
    }

    @Test func summaryHeadsItsDetailsOnly() throws {
        let blocks = try html("""
            <h2>Questions</h2>
            <details open><summary>Does it help sleep?</summary><p>One trial of 12 people.</p><h4>Fine print</h4><p>Small.</p></details>
            <details><summary>Is it safe?</summary><p>Probably.</p></details>
            <p>Closing remark.</p>
            """)
        #expect(section(of: "One trial of 12 people.", in: blocks) == ["Questions", "Does it help sleep?"])
        #expect(section(of: "Small.", in: blocks) == ["Questions", "Does it help sleep?", "Fine print"])
        #expect(section(of: "Probably.", in: blocks) == ["Questions", "Is it safe?"])
        #expect(section(of: "Closing remark.", in: blocks) == ["Questions"])
    }

    @Test func definitionTermsHeadTheirDefinitions() throws {
        let blocks = try html("<dl><dt>Dose</dt><dd>Two cups a day.</dd><dd>With food.</dd><dt>Length</dt><dd>Six weeks.</dd></dl><p>After.</p>")
        #expect(section(of: "Two cups a day.", in: blocks) == ["Dose"])
        #expect(section(of: "With food.", in: blocks) == ["Dose"])
        #expect(section(of: "Six weeks.", in: blocks) == ["Length"])
        #expect(section(of: "After.", in: blocks) == [])
    }

    @Test func sectionElementsBoundTheirHeadings() throws {
        let blocks = try html("""
            <h1>Page</h1>
            <section><h2>Inside</h2><p>Inner text.</p></section>
            <p>Outer text.</p>
            <section><h2>Lone heading</h2></section>
            <div><p>Follows the lone heading.</p></div>
            """)
        #expect(section(of: "Inner text.", in: blocks) == ["Page", "Inside"])
        #expect(section(of: "Outer text.", in: blocks) == ["Page"])
        #expect(section(of: "Follows the lone heading.", in: blocks) == ["Page", "Lone heading"])
    }

    @Test func tablesAndTextPagesCarryPaths() throws {
        let blocks = try html("<h2>Trials</h2><table><tr><th>Who</th><th>N</th></tr><tr><td>Abe 2001</td><td>9</td></tr></table>")
        #expect(blocks.first { $0.kind == .table }?.section == ["Trials"])
        let text = try TextParser().parse(Array("# Top\n\n## Sub\n\nBody line here.\n\n# Next\n\nMore.\n".utf8), id: "t", source: "t.txt")
        #expect(section(of: "Body line here.", in: text.blocks) == ["Top", "Sub"])
        #expect(section(of: "More.", in: text.blocks) == ["Next"])
    }
}
