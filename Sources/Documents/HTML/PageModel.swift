/// What the HTML walk gathers from one page, before main-content selection.
///
/// Plain Swift values only: the libxml2 tree is gone by the time this is used.
struct PageModel: Sendable {
    /// The page's `<title>` text, if any.
    var title: String?
    /// Container elements (div, section, td…) in document order; index 0 is the first seen.
    var elements: [PageElement] = []
    /// Candidate blocks in document order, some of them left empty (``DraftBlock/isEmpty``).
    var blocks: [DraftBlock] = []
}

/// A container element as main-content scoring sees it.
struct PageElement: Sendable {
    /// Index of the enclosing container; -1 at the top.
    var parent: Int32
    var tag: HTMLTag
    /// Readability's class weight: ±25 for each of `class` and `id` with hint words.
    var classWeight: Int16
    /// Matched ``BoilerplateHints/unlikely`` (its text does not count for its ancestors).
    var isUnlikely: Bool
    /// The hint lists its `class` and `id` matched (``ContentSelector`` reads them).
    var hints: ClassHintMatcher.Flags = []
    /// A hash of the `class` value (0 when none), to spot siblings styled like the article.
    var classHash: Int
    /// Blocks `firstBlock..<endBlock` lie inside this element.
    var firstBlock: Int32
    var endBlock: Int32
    var firstChild: Int32 = -1
    var lastChild: Int32 = -1
    var nextSibling: Int32 = -1
    /// Visible characters, characters inside links and commas in this subtree
    /// (unlikely subtrees excluded).
    var characters = 0
    var linkCharacters = 0
    var commas = 0
    /// Visible characters and characters inside links in this subtree, unlikely parts included.
    var allCharacters = 0
    var allLinkCharacters = 0
}

/// A block found by the walk, with the figures scoring needs.
struct DraftBlock: Sendable {
    var kind: Block.Kind
    var level: Int?
    var text: [UInt8]
    var table: Table?
    var line: Int
    /// The nearest container holding the block (-1 when none).
    var owner: Int32
    var characters: Int
    var linkCharacters: Int
    var commas: Int
    /// Inside an element that matched ``BoilerplateHints/unlikely``.
    var isUnlikely: Bool
    /// A slot reserved for a block that turned out to have no text.
    var isEmpty: Bool
    /// For a table, the score its rows earn as paragraphs (``TableBuilder``); else 0.
    var rowScore = 0.0
    /// The headings above the block (``Block/section``).
    var section: [String] = []

    /// A reserved slot, filled when the block's element closes.
    static func placeholder(owner: Int32) -> DraftBlock {
        DraftBlock(
            kind: .paragraph, level: nil, text: [], table: nil, line: 0, owner: owner,
            characters: 0, linkCharacters: 0, commas: 0, isUnlikely: false, isEmpty: true)
    }
}
