import Testing

@testable import Documents

@Suite struct MarkupGuardTests {
    func bounded(_ text: String) -> String {
        String(decoding: MarkupGuard.bounded(Array(text.utf8)), as: UTF8.self)
    }

    /// `count` attributes `a0="v" a1="v" …`, each on its own line after the first `every`.
    func attributes(_ count: Int, newlineEvery every: Int = 0) -> String {
        (0..<count).map { index in
            (every > 0 && index % every == every - 1 ? "\n" : " ") + "a\(index)=\"v\""
        }.joined()
    }

    @Test func ordinaryPageIsTheSameArrayNotACopy() {
        let page = Array("<html><body><p class=\"x\" id=y data-z='1'>Text <b>bold</b></p></body></html>".utf8)
        let result = MarkupGuard.bounded(page)
        #expect(result == page)
        let same = page.withUnsafeBufferPointer { original in
            result.withUnsafeBufferPointer { $0.baseAddress == original.baseAddress }
        }
        #expect(same, "an unchanged page must not be copied")
    }

    @Test func attributesPastTheCapAreDroppedKeepingNewlines() {
        let page = "<p>before</p>\n<div" + attributes(1000, newlineEvery: 100) + ">\n<p>after</p>"
        let result = bounded(page)
        #expect(result.hasPrefix("<p>before</p>\n<div a0=\"v\""))
        #expect(result.contains("a255=\"v\""))
        #expect(!result.contains("a256="))
        #expect(result.hasSuffix(">\n<p>after</p>"))
        #expect(result.filter { $0 == "\n" }.count == page.filter { $0 == "\n" }.count)
    }

    @Test func longValueIsCutAndClosed() {
        let value = String(repeating: "x", count: MarkupGuard.maxValueBytes + 10) + "\nend"
        let result = bounded("<img alt=\"\(value)\" src=a.png><p>next</p>")
        #expect(result.hasPrefix("<img alt=\"xxx"))
        #expect(result.contains("\"\n\" src=a.png><p>next</p>") || result.hasSuffix("\n\" src=a.png><p>next</p>"))
        #expect(result.utf8.count < MarkupGuard.maxValueBytes + 40)
    }

    @Test func cutValueDoesNotSplitACharacter() {
        let value = String(repeating: "é", count: MarkupGuard.maxValueBytes)  // 2 bytes each
        let result = MarkupGuard.bounded(Array("<a title='x\(value)'>t</a>".utf8))
        #expect(String(validating: result, as: UTF8.self) != nil)
    }

    @Test func scriptAndCommentsAreNotReadAsTags() {
        let fake = "<div" + attributes(500) + ">"
        let page = "<script>var s = '\(fake)';</script><!-- \(fake) --><style>/* \(fake) */</style><p>x</p>"
        #expect(bounded(page) == page)
    }

    @Test func everyOverlongTagIsBounded() {
        let tag = "<span" + attributes(300) + ">"
        let result = bounded("<p>" + tag + "one</span>" + tag + "two</span></p>")
        #expect(result.components(separatedBy: "a299=").count == 1)
        #expect(result.components(separatedBy: "a255=").count == 3)
        #expect(result.hasSuffix(">two</span></p>"))
    }
    /// Elements nested past the depth limit lose their start and end tags, not their text or
    /// newlines; the elements around them close as written.
    @Test func nestingPastTheDepthLimitDropsTheInnerTags() {
        let depth = MarkupGuard.maxDepth + 300
        let page = "<main>" + String(repeating: "<section>\n", count: depth) + "kelp harvest"
            + String(repeating: "</section>", count: depth) + "</main><p>after</p>"
        let result = bounded(page)
        #expect(result.components(separatedBy: "<section>").count - 1 == MarkupGuard.maxDepth - 1)
        #expect(result.components(separatedBy: "</section>").count - 1 == MarkupGuard.maxDepth - 1)
        #expect(result.contains("kelp harvest") && result.hasSuffix("</main><p>after</p>"))
        #expect(result.filter { $0 == "\n" }.count == depth)
    }

    /// Stray end tags after deep unclosed markup (what made libxml2 scan its whole stack for
    /// each) are parsed quickly, and the text survives.
    @Test func strayEndTagsAfterDeepMarkupKeepTheText() throws {
        let page = String(repeating: "<span>", count: 20_000) + "tide pools"
            + String(repeating: "<a>x", count: 5_000) + String(repeating: "</a>", count: 5_000)
        let document = try HTMLParser().parse(Array(page.utf8), id: "deep", source: "deep.html")
        #expect(document.blocks.contains { $0.text.contains("tide pools") })
    }

    /// Elements that never stay open (void, optional end tags, self-closed) do not count
    /// towards the depth: a long list or table, and a page of `<div/>`s, are untouched.
    @Test func unstackedElementsDoNotCountTowardsTheDepth() {
        let list = "<ul>" + String(repeating: "<li>item", count: 2_000) + "</ul>"
        let table = "<table>" + String(repeating: "<tr><td>a<td>b", count: 1_000) + "</table>"
        let empty = String(repeating: "<div/><br><img src=x>", count: 1_000)
        for page in [list, table, empty] { #expect(bounded(page) == page) }
    }

    /// An end tag closes the nearest open element of its name and all opened inside it, so
    /// unclosed inline tags inside closed blocks never pile up.
    @Test func closedBlocksReleaseTheirUnclosedChildren() {
        let page = String(repeating: "<div><b><i>note</div>", count: 5_000)
        #expect(bounded(page) == page)
    }
}
