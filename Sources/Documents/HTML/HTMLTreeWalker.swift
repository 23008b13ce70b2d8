internal import CLibXML2

/// Walks a libxml2 HTML tree once, iteratively (an explicit stack, so any depth works),
/// and gathers its blocks and container elements into a ``PageModel``.
///
/// Text goes to the innermost open block (paragraph, heading, list item…); text loose in
/// a container becomes a paragraph of its own. Invisible elements and clearly marked site
/// chrome are skipped with their content. Main-content selection happens later, on the
/// model, in ``ContentScorer`` and ``ContentSelector``.
struct HTMLTreeWalker {
    private var model = PageModel()
    private var frames: [Frame] = []
    private var containers: [Int32] = []
    private var openBlocks: [OpenBlock] = []
    private var loose = TextAccumulator()
    private var looseBreak = false
    private var table: TableBuilder?
    private var linkDepth = 0
    private var unlikelyDepth = 0
    private var articleDepth = 0
    private var anyTableDepth = 0
    private var hintCache = HintCache()
    private var sections = SectionPath()

    /// Walks the tree below `root` (the document node) and returns what it found.
    static func walk(_ root: UnsafeMutablePointer<xmlNode>) -> PageModel {
        var walker = HTMLTreeWalker()
        walker.run(root)
        return walker.model
    }

    private struct Frame {
        let node: UnsafeMutablePointer<xmlNode>
        let role: Role
        var unlikelyRoot = false
        var articleScope = false
        var inAnyTable = false
        var sectionScope = false
    }

    private enum Role {
        case inline, link, separator, container(Int32), block, table, tableRow, tableCell, tableGroup,
            tableCaption
    }

    private struct OpenBlock {
        let slot: Int
        let kind: Block.Kind
        let level: Int?
        let line: Int
        let owner: Int32
        /// A `<summary>` or `<dt>`: heads the rest of its scope (``SectionPath/opener(text:)``).
        let isOpener: Bool
        var text = TextAccumulator()
    }

    private mutating func run(_ root: UnsafeMutablePointer<xmlNode>) {
        var current = root.pointee.children
        while let node = current {
            var descended = false
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                if enter(node) {
                    if let child = node.pointee.children {
                        current = child
                        continue
                    }
                    descended = true
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { appendText(content, line: rcx_nodeLine(node)) }
            default:
                break
            }
            if descended { leave() }
            // Next sibling, or climb until an ancestor has one.
            var climbing = node
            current = nil
            while true {
                if let next = climbing.pointee.next {
                    current = next
                    break
                }
                guard let frame = frames.last else { break }
                leave()
                climbing = frame.node
            }
        }
        while !frames.isEmpty { leave() }
        flushLoose()
    }

    // MARK: Entering and leaving elements

    /// Handles an element's start; returns false when its content is skipped.
    private mutating func enter(_ node: UnsafeMutablePointer<xmlNode>) -> Bool {
        guard let name = node.pointee.name else { return false }
        let tag = HTMLTag.named(name)
        if tag.isInvisible {
            if tag == .head || tag == .title { readTitle(node, tag: tag) }
            return false
        }
        if tag == .br {
            lineBreak()
            return false
        }
        if tag == .img { return false }
        if tag == .hr {
            boundary()
            return false
        }
        let plain = tag.isPlainInline
        var attributes = ElementAttributes()
        if node.pointee.properties != nil {
            attributes = ElementAttributes(of: node, matchHints: !plain, cache: &hintCache)
        }
        if attributes.isHidden { return false }
        if plain {
            if tag == .a {
                linkDepth += 1
                frames.append(Frame(node: node, role: .link))
            } else {
                frames.append(Frame(node: node, role: .inline))
            }
            return true
        }
        let isRoot = tag == .html || tag == .body
        if !isRoot && isChrome(tag, attributes) { return false }

        var frame: Frame
        if table != nil {
            frame = Frame(node: node, role: enterInsideTable(node, tag))
        } else if tag == .table && !attributes.isPresentation && TableShape.isDataTable(node) {
            boundary()
            table = TableBuilder(
                slot: model.blocks.count, owner: containers.last ?? -1, line: rcx_nodeLine(node),
                isUnlikely: unlikelyDepth > 0, section: sections.content())
            model.blocks.append(.placeholder(owner: containers.last ?? -1))
            frame = Frame(node: node, role: .table)
        } else if let kind = tag.blockKind {
            frame = Frame(node: node, role: openBlock(kind, tag: tag, node: node))
        } else if tag.isContainer {
            boundary()
            frame = Frame(node: node, role: .container(openContainer(tag, attributes)))
        } else {
            frame = Frame(node: node, role: .inline)
        }

        let unlikely =
            attributes.hints.contains(.unlikely) && !attributes.hints.contains(.maybeArticle)
            && !isRoot && tag != .main && tag != .article && anyTableDepth == 0 && table == nil
        if unlikely {
            frame.unlikelyRoot = true
            unlikelyDepth += 1
            if case .container(let index) = frame.role { model.elements[Int(index)].isUnlikely = true }
        }
        if tag == .article || tag == .main {
            frame.articleScope = true
            articleDepth += 1
        }
        if tag == .table {
            frame.inAnyTable = true
            anyTableDepth += 1
        }
        if table == nil, tag.isSectionScope {
            frame.sectionScope = true
            sections.openScope()
        }
        frames.append(frame)
        return true
    }

    /// Site chrome that is dropped with its content wherever it is clearly marked.
    ///
    /// An `<aside>` inside `article`/`main` whose class/id names no boilerplate box is a
    /// callout or note of the article and is kept; every other `<aside>` is a sidebar.
    private func isChrome(_ tag: HTMLTag, _ attributes: ElementAttributes) -> Bool {
        if attributes.isChromeRole { return true }
        switch tag {
        case .nav, .footer: return true
        case .aside:
            if articleDepth == 0 || !attributes.hints.isDisjoint(with: [.box, .outerBox, .unlikely]) {
                return true
            }
        case .header: if articleDepth == 0 { return true }
        default: break
        }
        if attributes.hints.contains(.chrome) && tag != .main && tag != .article { return true }
        return false
    }

    private mutating func leave() {
        guard let frame = frames.popLast() else { return }
        switch frame.role {
        case .inline:
            break
        case .link:
            linkDepth -= 1
        case .separator:
            separate()
        case .container(let index):
            boundary()
            closeContainer(index, unlikelyRoot: frame.unlikelyRoot)
        case .block:
            closeBlock()
        case .table:
            closeTable()
        case .tableRow:
            table?.endRow()
        case .tableCell:
            table?.endCell()
        case .tableGroup:
            table?.endGroup()
            table?.inHead = false
        case .tableCaption:
            table?.inCaption = false
        }
        if frame.unlikelyRoot { unlikelyDepth -= 1 }
        if frame.articleScope { articleDepth -= 1 }
        if frame.inAnyTable { anyTableDepth -= 1 }
        if frame.sectionScope { sections.closeScope() }
    }

    // MARK: Containers

    private mutating func openContainer(_ tag: HTMLTag, _ attributes: ElementAttributes) -> Int32 {
        let index = Int32(model.elements.count)
        let parent = containers.last ?? -1
        model.elements.append(
            PageElement(
                parent: parent, tag: tag, classWeight: attributes.classWeight, isUnlikely: false,
                hints: attributes.hints, classHash: attributes.classHash,
                firstBlock: Int32(model.blocks.count), endBlock: Int32(model.blocks.count)))
        if parent >= 0 {
            let last = model.elements[Int(parent)].lastChild
            if last >= 0 {
                model.elements[Int(last)].nextSibling = index
            } else {
                model.elements[Int(parent)].firstChild = index
            }
            model.elements[Int(parent)].lastChild = index
        }
        containers.append(index)
        return index
    }

    private mutating func closeContainer(_ index: Int32, unlikelyRoot: Bool) {
        containers.removeLast()
        let element = Int(index)
        model.elements[element].endBlock = Int32(model.blocks.count)
        let parent = Int(model.elements[element].parent)
        guard parent >= 0 else { return }
        model.elements[parent].allCharacters += model.elements[element].allCharacters
        model.elements[parent].allLinkCharacters += model.elements[element].allLinkCharacters
        if !unlikelyRoot {
            model.elements[parent].characters += model.elements[element].characters
            model.elements[parent].linkCharacters += model.elements[element].linkCharacters
            model.elements[parent].commas += model.elements[element].commas
        }
    }

    // MARK: Blocks

    private mutating func openBlock(_ kind: Block.Kind, tag: HTMLTag, node: UnsafeMutablePointer<xmlNode>) -> Role {
        if !openBlocks.isEmpty {
            // Inside a block only list items, headings and quotes start blocks of their own;
            // paragraphs and the like just separate words.
            guard kind == .listItem || kind == .heading || kind == .quote else {
                separate()
                return .separator
            }
            openBlocks[openBlocks.count - 1].text.separate()
        } else {
            flushLoose()
        }
        let owner = containers.last ?? -1
        openBlocks.append(
            OpenBlock(
                slot: model.blocks.count, kind: kind, level: tag.headingLevel,
                line: rcx_nodeLine(node), owner: owner, isOpener: tag == .summary || tag == .dt))
        model.blocks.append(.placeholder(owner: owner))
        return .block
    }

    private mutating func closeBlock() {
        guard let block = openBlocks.popLast() else { return }
        guard !block.text.isEmpty else { return }
        let section: [String]
        if let level = block.level {
            section = sections.heading(level: level, text: String(decoding: block.text.bytes, as: UTF8.self))
        } else if block.isOpener {
            section = sections.opener(text: String(decoding: block.text.bytes, as: UTF8.self))
        } else {
            section = sections.content()
        }
        model.blocks[block.slot] = DraftBlock(
            kind: block.kind, level: block.level, text: block.text.bytes, table: nil,
            line: block.line > 0 ? block.line : block.text.firstLine, owner: block.owner,
            characters: block.text.characters, linkCharacters: block.text.linkCharacters,
            commas: block.text.commas, isUnlikely: unlikelyDepth > 0, isEmpty: false, section: section)
        credit(block.owner, block.text)
        if let outer = openBlocks.indices.last { openBlocks[outer].text.separate() }
    }

    private mutating func credit(_ owner: Int32, _ text: TextAccumulator) {
        guard owner >= 0 else { return }
        model.elements[Int(owner)].characters += text.characters
        model.elements[Int(owner)].linkCharacters += text.linkCharacters
        model.elements[Int(owner)].commas += text.commas
        model.elements[Int(owner)].allCharacters += text.characters
        model.elements[Int(owner)].allLinkCharacters += text.linkCharacters
    }

    // MARK: Text

    private mutating func appendText(_ content: UnsafePointer<UInt8>, line: Int) {
        let inLink = linkDepth > 0
        if table != nil {
            table?.append(content, inLink: inLink, line: line)
        } else if !openBlocks.isEmpty {
            openBlocks[openBlocks.count - 1].text.append(content, inLink: inLink, line: line)
        } else {
            let before = loose.characters
            loose.append(content, inLink: inLink, line: line)
            if loose.characters != before { looseBreak = false }
        }
    }

    /// Ends the current word in whatever is gathering text.
    private mutating func separate() {
        if table != nil {
            table?.separate()
        } else if !openBlocks.isEmpty {
            openBlocks[openBlocks.count - 1].text.separate()
        } else {
            loose.separate()
        }
    }

    /// A block-level element starts or ends: loose text so far becomes a paragraph.
    private mutating func boundary() {
        if table != nil || !openBlocks.isEmpty {
            separate()
        } else {
            flushLoose()
        }
    }

    /// `<br>` is a space; two in a row in loose text end a paragraph.
    private mutating func lineBreak() {
        if table == nil && openBlocks.isEmpty {
            if looseBreak {
                flushLoose()
            } else {
                loose.separate()
                looseBreak = true
            }
        } else {
            separate()
        }
    }

    private mutating func flushLoose() {
        looseBreak = false
        guard !loose.isEmpty else { return }
        let text = loose.take()
        let owner = containers.last ?? -1
        model.blocks.append(
            DraftBlock(
                kind: .paragraph, level: nil, text: text.bytes, table: nil, line: text.firstLine,
                owner: owner, characters: text.characters, linkCharacters: text.linkCharacters,
                commas: text.commas, isUnlikely: unlikelyDepth > 0, isEmpty: false, section: sections.content()))
        credit(owner, text)
    }

    // MARK: Data tables

    private mutating func enterInsideTable(_ node: UnsafeMutablePointer<xmlNode>, _ tag: HTMLTag) -> Role {
        switch tag {
        case .tr:
            table?.startRow(line: rcx_nodeLine(node))
            return .tableRow
        case .td, .th:
            let spans = CellSpans(of: node)
            table?.startCell(isHeader: tag == .th, rowSpan: spans.rows, columnSpan: spans.columns)
            return .tableCell
        case .thead, .tbody, .tfoot:
            table?.endGroup()
            table?.inHead = tag == .thead
            return .tableGroup
        case .caption:
            table?.inCaption = true
            return .tableCaption
        default:
            if tag.isContainer || tag.blockKind != nil {
                separate()
                return .separator
            }
            return .inline
        }
    }

    private mutating func closeTable() {
        guard let builder = table else { return }
        table = nil
        guard let block = builder.block() else { return }
        model.blocks[builder.slot] = block
        credit(builder.owner, builder.totals)
        if let caption = builder.captionBlock() {
            model.blocks.insert(caption, at: builder.slot)
            credit(builder.owner, builder.caption)
        }
    }

    // MARK: Title

    private mutating func readTitle(_ node: UnsafeMutablePointer<xmlNode>, tag: HTMLTag) {
        guard model.title == nil else { return }
        if tag == .title {
            var text = TextAccumulator()
            var child = node.pointee.children
            while let current = child {
                if let content = current.pointee.content, current.pointee.type == XML_TEXT_NODE {
                    text.append(content, inLink: false, line: 0)
                }
                child = current.pointee.next
            }
            if !text.isEmpty { model.title = String(decoding: text.bytes, as: UTF8.self) }
            return
        }
        var child = node.pointee.children
        while let current = child, model.title == nil {
            if current.pointee.type == XML_ELEMENT_NODE, let name = current.pointee.name,
                HTMLTag.named(name) == .title
            {
                readTitle(current, tag: .title)
            }
            child = current.pointee.next
        }
    }
}
