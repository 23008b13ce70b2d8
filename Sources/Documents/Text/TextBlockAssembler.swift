/// Groups the classified lines of a text page into blocks.
///
/// Pages written one paragraph per line (most web exports) keep every line as its own
/// block. Hard-wrapped pages (no line longer than ``wrapWidthLimit`` and several long
/// lines) join adjacent lines into paragraphs and list items, like Markdown.
struct TextBlockAssembler {
    /// Pages whose lines all fit in this many characters may be hard-wrapped.
    static let wrapWidthLimit = 100
    /// A hard-wrapped page has at least this many lines of this length.
    static let wrappedLineCount = 3
    static let wrappedLineLength = 50

    let lines: [TextLine]
    let shapes: [LineShape]
    /// The longest prose line when the page is hard-wrapped; `nil` otherwise.
    let wrapWidth: Int?
    private(set) var blocks: [Block] = []
    private var index = 0

    init(lines: [TextLine]) {
        self.lines = lines
        self.shapes = lines.map { LineShape.of($0.text) }
        self.wrapWidth = Self.wrapWidth(shapes)
    }

    /// The page's wrap width when it looks hard-wrapped.
    private static func wrapWidth(_ shapes: [LineShape]) -> Int? {
        var longest = 0
        var longLines = 0
        var adjacentProse = false
        var previousWasProse = false
        for shape in shapes {
            let length: Int
            var prose = false
            switch shape {
            case .plain(let text): length = text.count; prose = true
            case .listItem(_, _, let marker): length = marker.count
            case .quote(let text): length = text.count
            default: length = 0
            }
            if prose, previousWasProse { adjacentProse = true }
            previousWasProse = prose
            longest = max(longest, length)
            if length >= wrappedLineLength { longLines += 1 }
        }
        guard adjacentProse, longest <= wrapWidthLimit, longLines >= wrappedLineCount else {
            return nil
        }
        return longest
    }

    /// Builds every block in page order.
    mutating func assemble() -> [Block] {
        while index < shapes.count {
            switch shapes[index] {
            case .blank, .rule, .tableSeparator:
                index += 1
            case .markdownHeading(let level, let text):
                appendHeading(text, level: level, from: index, to: index)
                index += 1
            case .tableRow:
                table()
            case .listItem(let text, let numbered, let markerText):
                listItem(text, numbered: numbered, markerText: markerText)
            case .quote:
                quote()
            case .plain(let text):
                if text.utf8.contains(0x7C), shape(at: index + 1) == .tableSeparator {
                    table()
                } else {
                    plain(text)
                }
            }
        }
        return blocks
    }

    private func shape(at position: Int) -> LineShape? {
        position < shapes.count ? shapes[position] : nil
    }

    /// The next line at or after `position` that is not blank.
    private func nextNonBlank(after position: Int) -> Int? {
        var next = position + 1
        while next < shapes.count {
            if shapes[next] != .blank { return next }
            next += 1
        }
        return nil
    }

    /// The last line before `position` that is not blank.
    private func previousNonBlank(before position: Int) -> Int? {
        var previous = position - 1
        while previous >= 0 {
            if shapes[previous] != .blank { return previous }
            previous -= 1
        }
        return nil
    }

    private func span(from first: Int, to last: Int) -> SourceSpan {
        SourceSpan(line: lines[first].number, start: lines[first].start, end: lines[last].end)
    }

    /// Where each of `parts` (consecutive lines from `first`, joined with one space) begins
    /// in the joined text; empty for one line.
    private func lineStarts(of parts: [String], from first: Int) -> [LineStart] {
        guard parts.count > 1 else { return [] }
        var offset = 0
        var starts: [LineStart] = []
        for (position, part) in parts.enumerated() {
            starts.append(LineStart(offset: offset, span: span(from: first + position, to: first + position)))
            offset += part.utf8.count + 1
        }
        return starts
    }

    private mutating func appendHeading(_ text: String, level: Int, from first: Int, to last: Int) {
        blocks.append(Block(kind: .heading, text: text, level: level, span: span(from: first, to: last)))
    }

    /// Level for a heading found by shape: 1 for the page's first block, 3 for a question
    /// that follows a heading or another question heading (FAQ entries), 2 otherwise.
    private func shapeLevel(_ text: String) -> Int {
        guard let previous = blocks.last else { return 1 }
        guard HeadingShape.isQuestion(text) else { return 2 }
        if previous.kind == .heading { return 3 }
        let lastHeading = blocks.last { $0.kind == .heading && $0.level != 1 }
        if let lastHeading, HeadingShape.isQuestion(lastHeading.text) { return 3 }
        return 2
    }

    private mutating func plain(_ text: String) {
        let first = index
        if HeadingShape.matches(text), let next = nextNonBlank(after: index),
            !startsWrappedParagraph(text, next: next)
        {
            appendHeading(text, level: shapeLevel(text), from: first, to: first)
            index += 1
            return
        }
        var parts = [text]
        index += 1
        if wrapWidth != nil {
            while case .plain(let more)? = shape(at: index),
                !(more.utf8.contains(0x7C) && shape(at: index + 1) == .tableSeparator)
            {
                parts.append(more)
                index += 1
            }
        }
        let joined = parts.joined(separator: " ")
        blocks.append(Block(kind: .paragraph, text: joined, span: span(from: first, to: index - 1),
                            lineStarts: lineStarts(of: parts, from: first)))
    }

    /// On a hard-wrapped page, a heading-shaped line directly followed by prose is the first
    /// line of a paragraph unless it is clearly shorter than the wrap width.
    private func startsWrappedParagraph(_ text: String, next: Int) -> Bool {
        guard let width = wrapWidth, next == index + 1, case .plain = shapes[next] else {
            return false
        }
        return text.count * 10 > width * 6
    }

    private mutating func listItem(_ text: String, numbered: Bool, markerText: String) {
        let first = index
        if numbered, HeadingShape.matches(markerText), let next = nextNonBlank(after: index),
            case .plain = shapes[next], !followsNumberedItem(first)
        {
            appendHeading(markerText, level: blocks.isEmpty ? 1 : 2, from: first, to: first)
            index += 1
            return
        }
        var parts = [text]
        index += 1
        if wrapWidth != nil {
            while case .plain(let more)? = shape(at: index), lines[index].text.first == " "
                || lines[index].text.first == "\t"
            {
                parts.append(more)
                index += 1
            }
        }
        blocks.append(
            Block(kind: .listItem, text: parts.joined(separator: " "), span: span(from: first, to: index - 1),
                  lineStarts: lineStarts(of: parts, from: first)))
    }

    private func followsNumberedItem(_ position: Int) -> Bool {
        guard let previous = previousNonBlank(before: position) else { return false }
        if case .listItem(_, true, _) = shapes[previous] { return true }
        return false
    }

    private mutating func quote() {
        while case .quote("")? = shape(at: index) { index += 1 }
        let first = index
        var parts: [String] = []
        while case .quote(let text)? = shape(at: index) {
            if text.isEmpty {
                if !parts.isEmpty { break }
            } else {
                parts.append(text)
            }
            index += 1
        }
        guard !parts.isEmpty else { return }
        blocks.append(Block(kind: .quote, text: parts.joined(separator: " "), span: span(from: first, to: index - 1),
                            lineStarts: lineStarts(of: parts, from: first)))
    }

    private mutating func table() {
        let first = index
        var rows: [[String]] = []
        var rowLines: [Int] = []
        var separatorAfter: Int?
        while index < shapes.count {
            switch shapes[index] {
            case .tableRow(let cells):
                rows.append(cells)
                rowLines.append(lines[index].number)
            case .tableSeparator:
                if separatorAfter == nil { separatorAfter = rows.count }
            case .plain(let text) where text.utf8.contains(0x7C) && (index == first || separatorAfter != nil):
                rows.append(LineShape.cells(text))
                rowLines.append(lines[index].number)
            default:
                break
            }
            if !isTableLine(index, first: first, separatorSeen: separatorAfter != nil) { break }
            index += 1
        }
        let last = max(first, index - 1)
        guard !rows.isEmpty else { return }
        let hasHeader = separatorAfter.map { $0 >= 1 } ?? Self.looksLikeHeader(rows)
        let header = hasHeader ? rows[0] : []
        let body = hasHeader ? Array(rows.dropFirst()) : rows
        let bodyLines = hasHeader ? Array(rowLines.dropFirst()) : rowLines
        let table = Table(header: header, rows: body, rowLines: bodyLines)
        blocks.append(Block.table(table, span: span(from: first, to: last)))
    }

    private func isTableLine(_ position: Int, first: Int, separatorSeen: Bool) -> Bool {
        switch shapes[position] {
        case .tableRow, .tableSeparator: return true
        case .plain(let text): return text.utf8.contains(0x7C) && (position == first || separatorSeen)
        default: return false
        }
    }

    /// Without a separator row, the first row is a header when it is short labels only
    /// (no digits, no cell over 40 characters) and rows follow it.
    static func looksLikeHeader(_ rows: [[String]]) -> Bool {
        guard rows.count >= 2, let first = rows.first, first.count >= 2 else { return false }
        return first.allSatisfy { cell in
            !cell.isEmpty && cell.count <= 40 && !cell.contains { $0.isNumber }
        }
    }
}
