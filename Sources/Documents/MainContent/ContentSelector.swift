/// Chooses the blocks of a page a fact-checker needs: the article pick of
/// ``ContentScorer`` plus every other section that holds prose, lists or tables, minus
/// boilerplate boxes.
///
/// A claim outside the readability winner (a product page's evidence table in a second
/// `<section>`, a claims list beside an open `<details>` panel) must not be lost, so the
/// winner is one signal, not a cut:
/// - **Inside the pick** every block is kept, except those in a boilerplate box
///   (``BoilerplateHints/boxes``: share bars, newsletter boxes, comment forms…) that is
///   short or link-dense, and in small `<form>`s.
/// - **Outside the pick** a block is kept when some container around it, below the pick's
///   ancestors, is a content section: it holds prose, a data table or a list of real items
///   (``minimumProse``, ``minimumListItems``), at most ``maximumLinkDensity`` of its text
///   is links, and neither it nor any container around it is unlikely content, a box, a
///   `<form>` (feedback and sign-up forms; a form wrapping the whole page holds the pick)
///   or a teaser list (two or more headings, most of them links).
///   Link-dense blocks (menus, link lists) are left out even there. A lone prose
///   paragraph that sits directly beside the pick is kept as readability keeps it.
/// - **Headings** whose section (up to the next heading of the same or a higher rank)
///   holds a kept block are kept (a page title above the article).
///
/// Page chrome marked by tag or role (`nav`, `footer`, a `header` outside the article,
/// cookie banners) never reaches the model: ``HTMLTreeWalker`` drops it.
struct ContentSelector {
    /// A paragraph outside the pick counts as prose from this many characters.
    static let minimumParagraph = 50
    /// A section outside the pick needs this many characters of prose…
    static let minimumProse = 150
    /// …or this many list items of real text (or a data table).
    static let minimumListItems = 2
    static let minimumListText = 80
    /// A section (or a prose block) with more of its text in links is navigation.
    static let maximumLinkDensity = 0.33
    /// Any block with more of its text in links is left out outside the pick.
    static let maximumBlockLinkDensity = 0.5
    /// A box inside the pick shorter than this (characters) is boilerplate.
    static let shortBox = 250
    /// A `<form>` shorter than this (characters) is a comment or sign-up form.
    static let smallForm = 500

    let page: PageModel
    /// The article pick of ``ContentScorer``, in page order.
    let article: [Int]

    /// Indexes of the blocks to keep, in page order.
    func selectedBlocks() -> [Int] {
        let blocks = page.blocks
        let elements = page.elements
        var inArticle = [Bool](repeating: false, count: blocks.count)
        for index in article { inArticle[index] = true }
        // Pick blocks and their characters before each block: how much of the pick an
        // element's block range holds, in constant time.
        var countBefore = [Int](repeating: 0, count: blocks.count + 1)
        var charactersBefore = countBefore
        for index in blocks.indices {
            countBefore[index + 1] = countBefore[index] + (inArticle[index] ? 1 : 0)
            charactersBefore[index + 1] =
                charactersBefore[index] + (inArticle[index] ? blocks[index].characters : 0)
        }
        let articleTotal = charactersBefore[blocks.count]
        func articleCharacters(_ element: PageElement) -> Int {
            charactersBefore[Int(element.endBlock)] - charactersBefore[Int(element.firstBlock)]
        }
        func holdsArticle(_ element: PageElement) -> Bool {
            countBefore[Int(element.endBlock)] > countBefore[Int(element.firstBlock)]
        }

        let content = ContentTally(page: page)
        // Parents come before children in `elements`, so one forward pass inherits.
        var boxedInArticle = [Bool](repeating: false, count: elements.count)
        var droppedOutside = [Bool](repeating: false, count: elements.count)
        var section = [Bool](repeating: false, count: elements.count)
        var aroundArticle = [Bool](repeating: false, count: elements.count)
        for index in elements.indices {
            let element = elements[index]
            let parent = Int(element.parent)
            let contains = holdsArticle(element)
            aroundArticle[index] = contains
            let isArticleTag = element.tag == .article || element.tag == .main
            let isBox = element.hints.contains(.box) && !isArticleTag
            let isSmallForm = element.tag == .form && element.allCharacters < Self.smallForm
            let ownBoxed =
                (isBox && (element.characters < Self.shortBox || linkDensity(element) > Self.maximumLinkDensity)
                    || isSmallForm) && articleCharacters(element) * 2 < articleTotal
            boxedInArticle[index] = ownBoxed || (parent >= 0 && boxedInArticle[parent])
            let isOuterBox = element.hints.contains(.outerBox) && !isArticleTag
            let ownDropped =
                !contains
                && (isBox || isOuterBox || element.tag == .form || element.isUnlikely
                    || content.isTeaserList(index))
            droppedOutside[index] = ownDropped || (parent >= 0 && droppedOutside[parent])
            let ownSection =
                !contains && content.isSection(index) && linkDensity(element) <= Self.maximumLinkDensity
            section[index] = ownSection || (parent >= 0 && !aroundArticle[parent] && section[parent])
        }

        var keep = [Bool](repeating: false, count: blocks.count)
        for index in blocks.indices where !blocks[index].isEmpty {
            let block = blocks[index]
            let owner = Int(block.owner)
            if inArticle[index] {
                keep[index] = owner < 0 || !boxedInArticle[owner]
                continue
            }
            guard !block.isUnlikely, owner < 0 || (!droppedOutside[owner] && !boxedInArticle[owner]) else {
                continue
            }
            if owner >= 0 && section[owner] {
                keep[index] = block.kind == .table || Self.density(block) <= Self.maximumBlockLinkDensity
            } else if owner < 0 || aroundArticle[owner] {
                keep[index] = Self.isProse(block)
            }
        }
        // A heading opens its section, up to the next heading of the same or a higher rank:
        // keep it when a block of that section is kept (a title above a price line and the
        // article). `keptBelow[level]`: a kept block lies between here and the section's end.
        var keptBelow = [Bool](repeating: false, count: 7)
        for index in blocks.indices.reversed() where !blocks[index].isEmpty {
            let block = blocks[index]
            guard block.kind == .heading else {
                if keep[index] { keptBelow = [Bool](repeating: true, count: 7) }
                continue
            }
            let level = min(max(block.level ?? 1, 1), 6)
            let owner = Int(block.owner)
            if !keep[index] && !block.isUnlikely && keptBelow[level]
                && (owner < 0 || (!droppedOutside[owner] && !boxedInArticle[owner]))
            {
                keep[index] = true
            }
            for deeper in level...6 { keptBelow[deeper] = false }
        }
        let selected = blocks.indices.filter { keep[$0] }
        return selected.isEmpty ? article : selected
    }

    private func linkDensity(_ element: PageElement) -> Double {
        element.characters > 0 ? Double(element.linkCharacters) / Double(element.characters) : 0
    }

    static func density(_ block: DraftBlock) -> Double {
        block.characters > 0 ? Double(block.linkCharacters) / Double(block.characters) : 0
    }

    /// Readability's test for a paragraph worth keeping on its own.
    static func isProse(_ block: DraftBlock) -> Bool {
        guard block.kind == .paragraph || block.kind == .quote else { return false }
        let density = density(block)
        if block.characters > 80 { return density < 0.25 }
        return block.characters > 0 && density == 0 && block.text.last == 0x2E
    }
}

/// How much prose, list text and how many data tables each element holds (its subtree,
/// boxes and unlikely parts left out), for ``ContentSelector``'s section test.
private struct ContentTally {
    private var prose: [Int]
    private var listText: [Int]
    private var listItems: [Int]
    private var tables: [Int]
    private var headings: [Int]
    private var linkedHeadings: [Int]

    init(page: PageModel) {
        let count = page.elements.count
        prose = [Int](repeating: 0, count: count)
        listText = prose
        listItems = prose
        tables = prose
        headings = prose
        linkedHeadings = prose
        for block in page.blocks where !block.isEmpty && !block.isUnlikely && block.owner >= 0 {
            let owner = Int(block.owner)
            let clean = ContentSelector.density(block) < 0.25
            switch block.kind {
            case .paragraph, .quote:
                if clean && block.characters >= ContentSelector.minimumParagraph {
                    prose[owner] += block.characters
                }
            case .listItem:
                if clean && block.characters >= 20 {
                    listText[owner] += block.characters
                    listItems[owner] += 1
                }
            case .table:
                if ContentSelector.density(block) <= ContentSelector.maximumBlockLinkDensity {
                    tables[owner] += 1
                }
            case .heading:
                headings[owner] += 1
                if ContentSelector.density(block) >= 0.5 { linkedHeadings[owner] += 1 }
            case .caption:
                break
            }
        }
        // Children come after parents: add each subtree to its parent, last first.
        for index in page.elements.indices.reversed() {
            let element = page.elements[index]
            let parent = Int(element.parent)
            guard parent >= 0, !element.isUnlikely, !element.hints.contains(.box) else { continue }
            prose[parent] += prose[index]
            listText[parent] += listText[index]
            listItems[parent] += listItems[index]
            tables[parent] += tables[index]
            headings[parent] += headings[index]
            linkedHeadings[parent] += linkedHeadings[index]
        }
    }

    /// Most of its headings are links (two or more): teasers for other pages.
    func isTeaserList(_ index: Int) -> Bool {
        linkedHeadings[index] >= 2 && linkedHeadings[index] * 2 >= headings[index]
    }

    /// Holds real prose, a data table or a list of real items.
    func isSection(_ index: Int) -> Bool {
        prose[index] >= ContentSelector.minimumProse || tables[index] > 0
            || (listItems[index] >= ContentSelector.minimumListItems
                && listText[index] >= ContentSelector.minimumListText)
    }
}
