import Documents
import Testing

@testable import Pipeline

/// A folder's saved page and its cleaned copy are one page (invented pages).
@Suite struct DuplicateRenditionsTests {
    private func page(_ source: String, _ texts: [String]) -> Document {
        Document(id: source, source: source, format: .html, title: nil,
                 blocks: texts.enumerated().map { Block(kind: .paragraph, text: $1, span: SourceSpan(line: $0 + 1)) })
    }

    private let article = [
        "Kelp farmers along the fjord doubled their harvest this year.",
        "The co-operative sells most of the crop to noodle makers.",
        "Prices fell slightly after a wet autumn, members said.",
    ]

    @Test func theCopyWithLessTextIsLeftOut() {
        let saved = page("site/a/source.html", ["Menu and sign-in links for the whole site"] + article)
        let cleaned = page("site/a/expected.html", article)
        let (kept, duplicates) = DuplicateRenditions.removing(from: [saved, cleaned])
        #expect(kept.map(\.source) == ["site/a/source.html"])
        #expect(duplicates == [.init(source: "site/a/expected.html", keptAs: "site/a/source.html")])
    }

    @Test func pagesInOtherFoldersOrWithOtherTextStay() {
        let one = page("site/a/source.html", article)
        let other = page("site/b/source.html", article)
        let different = page("site/a/other.html", ["A short note about ferries that shares nothing here.",
                                                   "Timetables change in May.", "Tickets are sold on board."])
        #expect(DuplicateRenditions.removing(from: [one, other, different]).kept.count == 3)
    }
}
