internal import CLibXML2

/// Turns HTML bytes into a ``Document`` of the page's main content, with libxml2.
///
/// The page is parsed with libxml2's forgiving HTML parser, walked once into blocks
/// (headings, paragraphs, list items, tables, quotes, captions), and the main content is
/// kept: a readability-style pick plus every other section with prose, lists or tables,
/// while navigation, footers, sidebars, cookie and newsletter boxes, share bars, comment
/// forms, related posts and other site chrome are left out (<doc:MainContent>). Each
/// block keeps its 1-based source line; HTML blocks have no byte offsets.
///
/// Charset: a byte-order mark wins, then `declaredCharset`, then a `<meta>` declaration,
/// then UTF-8. Bytes invalid in the encoding become U+FFFD. Any input is safe: hostile
/// bytes give blocks or an error, never a crash, and deep nesting is walked without
/// recursion.
public struct HTMLParser: Sendable {
    /// Options for libxml2: recover from broken markup, stay quiet and offline, no depth limit.
    private static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        | Int32(XML_PARSE_HUGE.rawValue) | Int32(XML_PARSE_BIG_LINES.rawValue)

    /// Creates a parser.
    public init() {
        _ = libxml2Ready
    }

    /// Parses one HTML page.
    ///
    /// - Parameters:
    ///   - bytes: The page as served or stored.
    ///   - id: The document id (DESIGN.md: file name without extension).
    ///   - source: The path or URL, copied into the document.
    ///   - declaredCharset: The HTTP `Content-Type` charset, when known.
    /// - Returns: The page's main-content blocks in page order, and its title (`<title>`,
    ///   else the first heading).
    /// - Throws: ``DocumentsError/empty(path:)`` for no bytes,
    ///   ``DocumentsError/tooLarge(path:bytes:limit:)`` past 2 GiB,
    ///   ``DocumentsError/noContent(path:)`` when the page has no visible text.
    public func parse(
        _ bytes: [UInt8], id: String, source: String, declaredCharset: String? = nil
    ) throws -> Document {
        guard !bytes.isEmpty else { throw DocumentsError.empty(path: source) }
        guard bytes.count < Int(Int32.max) else {
            throw DocumentsError.tooLarge(path: source, bytes: bytes.count, limit: Int(Int32.max))
        }
        let page = Self.readPage(bytes, declaredCharset: declaredCharset)
        let selected = ContentScorer(page: page).selectedBlocks()
        var blocks: [Block] = []
        blocks.reserveCapacity(selected.count)
        for index in selected {
            let draft = page.blocks[index]
            let span = SourceSpan(line: max(draft.line, 1))
            if let table = draft.table {
                blocks.append(.table(table, span: span, section: draft.section))
            } else {
                blocks.append(
                    Block(
                        kind: draft.kind, text: String(decoding: draft.text, as: UTF8.self),
                        level: draft.level, span: span, section: draft.section))
            }
        }
        guard !blocks.isEmpty else { throw DocumentsError.noContent(path: source) }
        let title = page.title ?? blocks.first(where: { $0.kind == .heading })?.text
        return Document(id: id, source: source, format: .html, title: title, blocks: blocks)
    }

    /// Parses with libxml2 and walks the tree; the C tree is freed before returning.
    static func readPage(_ bytes: [UInt8], declaredCharset: String?) -> PageModel {
        let charset = HTMLCharset.detect(bytes, declared: declaredCharset)
        var input: [UInt8]
        let encoding: String
        switch charset {
        case .utf8:
            input = bytes
            encoding = "UTF-8"
        case .windows1252:
            input = HTMLCharset.windows1252ToUTF8(bytes)
            encoding = "UTF-8"
        case .named(let name):
            input = bytes
            encoding = name
        }
        // Start tags libxml2 would take quadratic time over are cut down first (a no-op,
        // not a copy, for ordinary pages).
        input = MarkupGuard.bounded(input)
        // Pages up to `arenaLimit` parse into a per-parse arena (see shim.h): the tree is
        // released all at once when the walk is done, instead of node by node.
        let arena = input.count <= arenaLimit ? rcx_arenaOpen() : nil
        defer { rcx_arenaClose(arena) }
        let tree = input.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    rcx_parseHTML($0, Int32(buffer.count), encoding, options)
                }
            }
        }
        guard let document = tree else { return PageModel() }
        defer { if arena == nil { xmlFreeDoc(document) } }
        return document.withMemoryRebound(to: xmlNode.self, capacity: 1) {
            HTMLTreeWalker.walk($0)
        }
    }

    /// Largest input (bytes) parsed into an arena; bigger pages use malloc, so memory
    /// stays bounded by what libxml2 itself needs.
    static let arenaLimit = 8 << 20
}

/// libxml2's one-time global setup, done before any parse (thread-safe: a Swift global
/// is initialised exactly once).
private let libxml2Ready: Bool = {
    rcx_installAllocator()
    xmlInitParser()
    return true
}()
