/// The chain of headings above a block: how a page's blocks get their ``Block/section``.
///
/// Headings nest by level: a heading closes every open heading of its level or deeper,
/// then opens its own. A *scope* (an HTML `<section>`, `<article>`, `<details>` or `<dl>`)
/// bounds that: a heading inside it never closes one outside it, and everything opened
/// inside it closes with it. An *opener* (`<summary>`, `<dt>`) heads the rest of its scope,
/// and a second opener of the same scope replaces the first. A scope that held headings
/// only (a page builder's `<section>` around a lone `<h2>`) hands them to the scope
/// around it rather than closing them, so the content after it still sits under them.
struct SectionPath: Sendable {
    private struct Entry {
        let level: Int
        let text: String
        let scope: Int
    }

    private var entries: [Entry] = []
    private var scopes = 0
    /// Per open scope (outermost first), whether a block other than a heading was in it.
    private var scopeHasContent: [Bool] = []
    /// The texts of the open headings, outermost first: the path of the next block.
    private(set) var current: [String] = []

    /// An empty path.
    init() {}

    /// A heading of `level` (1–6) with `text`; returns the heading's own path (the chain
    /// above it).
    mutating func heading(level: Int, text: String) -> [String] {
        while let last = entries.last, last.scope == scopes, last.level >= level {
            entries.removeLast()
        }
        let above = path()
        if !text.isEmpty { entries.append(Entry(level: level, text: text, scope: scopes)) }
        current = path()
        return above
    }

    /// An opener (`<summary>`, `<dt>`): heads what follows up to the end of its scope or
    /// the scope's next opener; returns its own path.
    mutating func opener(text: String) -> [String] {
        while let last = entries.last, last.scope == scopes { entries.removeLast() }
        let above = path()
        if !text.isEmpty { entries.append(Entry(level: 0, text: text, scope: scopes)) }
        current = path()
        return above
    }

    /// A block that is not a heading or opener; returns its path.
    mutating func content() -> [String] {
        if scopes > 0 { scopeHasContent[scopes - 1] = true }
        return current
    }

    /// Enters a scope.
    mutating func openScope() {
        scopes += 1
        scopeHasContent.append(false)
    }

    /// Leaves the innermost scope, closing every heading opened inside it (or handing them
    /// to the enclosing scope when the scope held nothing but headings).
    mutating func closeScope() {
        guard scopes > 0 else { return }
        let hadContent = scopeHasContent.removeLast()
        if hadContent {
            while let last = entries.last, last.scope == scopes { entries.removeLast() }
        } else {
            entries = entries.map { $0.scope == scopes ? Entry(level: $0.level, text: $0.text, scope: scopes - 1) : $0 }
        }
        scopes -= 1
        current = path()
    }

    private func path() -> [String] { entries.map(\.text) }

    /// Gives each block of a text page its path, from heading levels alone.
    static func assign(_ blocks: [Block]) -> [Block] {
        var path = SectionPath()
        return blocks.map { block in
            if block.kind == .heading {
                return block.inSection(path.heading(level: block.level ?? 1, text: block.text))
            }
            let section = path.content()
            return section.isEmpty ? block : block.inSection(section)
        }
    }
}
