/// The HTML element names the parser treats specially; everything else is `.other`
/// (inline, transparent to text).
enum HTMLTag: UInt8, Sendable {
    case other
    // Never visible, or not text: their whole subtree is dropped (`math` is not: MathML
    // is visible text, kept inline).
    case head, title, script, style, noscript, template, svg, math, iframe, object, embed,
        canvas, input, select, textarea, button, option, datalist, meta, link, audio, video
    // Site chrome, dropped where clearly marked.
    case nav, footer, aside, header
    // Containers: hold blocks; loose text inside becomes a paragraph.
    case html, body, main, article, section, div, form, fieldset, figure, details, center,
        hgroup, ul, ol, dl, menu, table, thead, tbody, tfoot, tr, td, th
    // Blocks.
    case p, pre, address, h1, h2, h3, h4, h5, h6, li, dt, dd, blockquote, figcaption,
        caption, summary, legend
    // Inline elements with a meaning for the walk.
    case a, br, hr, img

    /// Looks a lower-case element name up; libxml2's HTML parser lower-cases names.
    static func named(_ name: UnsafePointer<UInt8>) -> HTMLTag {
        var key: UInt64 = 0
        var length = 0
        while length < 12 {
            let byte = name[length]
            if byte == 0 { break }
            if length < 8 { key |= UInt64(byte | 0x20) << (8 * UInt64(length)) }
            length += 1
        }
        if length >= 12 { return .other }
        return HTMLTagTable.byKey[key &+ UInt64(length) &* 0x9E37_79B9_7F4A_7C15] ?? .other
    }

    /// Heading level 1–6 for `h1`…`h6`, else nil.
    var headingLevel: Int? {
        switch self {
        case .h1: 1
        case .h2: 2
        case .h3: 3
        case .h4: 4
        case .h5: 5
        case .h6: 6
        default: nil
        }
    }
}

/// The name → tag table behind ``HTMLTag/named(_:)``, keyed like it.
enum HTMLTagTable {
    static let names: [(String, HTMLTag)] = [
        ("head", .head), ("title", .title), ("script", .script), ("style", .style),
        ("noscript", .noscript), ("template", .template), ("svg", .svg), ("math", .math),
        ("iframe", .iframe), ("object", .object), ("embed", .embed), ("canvas", .canvas),
        ("input", .input), ("select", .select), ("textarea", .textarea), ("button", .button),
        ("option", .option), ("datalist", .datalist), ("meta", .meta), ("link", .link),
        ("audio", .audio), ("video", .video),
        ("nav", .nav), ("footer", .footer), ("aside", .aside), ("header", .header),
        ("html", .html), ("body", .body), ("main", .main), ("article", .article),
        ("section", .section), ("div", .div), ("form", .form), ("fieldset", .fieldset),
        ("figure", .figure), ("details", .details), ("center", .center), ("hgroup", .hgroup),
        ("ul", .ul), ("ol", .ol), ("dl", .dl), ("menu", .menu), ("table", .table),
        ("thead", .thead), ("tbody", .tbody), ("tfoot", .tfoot), ("tr", .tr), ("td", .td),
        ("th", .th),
        ("p", .p), ("pre", .pre), ("address", .address), ("h1", .h1), ("h2", .h2), ("h3", .h3),
        ("h4", .h4), ("h5", .h5), ("h6", .h6), ("li", .li), ("dt", .dt), ("dd", .dd),
        ("blockquote", .blockquote), ("figcaption", .figcaption), ("caption", .caption),
        ("summary", .summary), ("legend", .legend),
        ("a", .a), ("br", .br), ("hr", .hr), ("img", .img),
    ]

    static let byKey: [UInt64: HTMLTag] = {
        var table: [UInt64: HTMLTag] = [:]
        for (name, tag) in names {
            let bytes = Array(name.utf8)
            var key: UInt64 = 0
            for (index, byte) in bytes.prefix(8).enumerated() {
                key |= UInt64(byte | 0x20) << (8 * UInt64(index))
            }
            table[key &+ UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15] = tag
        }
        return table
    }()
}

extension HTMLTag {
    /// Dropped with everything inside: not visible text.
    var isInvisible: Bool {
        switch self {
        case .head, .title, .script, .style, .noscript, .template, .svg, .iframe, .object,
            .embed, .canvas, .input, .select, .textarea, .button, .option, .datalist, .meta,
            .link, .audio, .video:
            true
        default: false
        }
    }

    /// Elements that hold blocks; loose text inside them becomes a paragraph.
    var isContainer: Bool {
        switch self {
        case .html, .body, .main, .article, .section, .div, .form, .fieldset, .figure, .details,
            .center, .hgroup, .ul, .ol, .dl, .menu, .table, .thead, .tbody, .tfoot, .tr, .td, .th,
            .header, .nav, .footer, .aside:
            true
        default: false
        }
    }

    /// The block an element starts, if it starts one.
    var blockKind: Block.Kind? {
        switch self {
        case .p, .pre, .address, .dt, .dd, .summary, .legend: .paragraph
        case .h1, .h2, .h3, .h4, .h5, .h6: .heading
        case .li: .listItem
        case .blockquote: .quote
        case .figcaption, .caption: .caption
        default: nil
        }
    }

    /// Elements whose headings head only what is inside them (``SectionPath``).
    var isSectionScope: Bool {
        switch self {
        case .section, .article, .aside, .details, .dl: true
        default: false
        }
    }

    /// Inline elements whose attributes never decide anything (skipped for speed).
    var isPlainInline: Bool { self == .other || self == .a || self == .br || self == .img }
}
