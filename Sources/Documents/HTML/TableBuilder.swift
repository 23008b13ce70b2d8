/// Gathers a data table's caption, header row and body rows while the walk is inside it.
struct TableBuilder {
    /// The block slot reserved for the table.
    let slot: Int
    let owner: Int32
    let line: Int
    let isUnlikely: Bool
    var inHead = false
    var inCaption = false
    private(set) var caption = TextAccumulator()
    /// All visible text of the cells, for the owner's figures.
    private(set) var totals = TextAccumulator()
    private var headRows: [[String]] = []
    private var rows: [[String]] = []
    private var rowLines: [Int] = []
    private var rowIsAllHeader: [Bool] = []
    private var row: [String] = []
    private var rowCharacters = 0
    /// Readability scores each cell like a paragraph; here each row of 25+ characters
    /// counts `1 + min(length / 100, 3)`, its commas apart.
    private(set) var rowScore = 0.0
    private var rowLine = 0
    private var rowAllHeader = true
    private var rowOpen = false
    private var rowInHead = false
    private var cell: TextAccumulator?
    private var cellIsHeader = false

    init(slot: Int, owner: Int32, line: Int, isUnlikely: Bool) {
        self.slot = slot
        self.owner = owner
        self.line = line
        self.isUnlikely = isUnlikely
    }

    mutating func startRow(line: Int) {
        endRow()
        rowOpen = true
        rowLine = line
        rowInHead = inHead
    }

    mutating func endRow() {
        endCell()
        guard rowOpen else { return }
        rowOpen = false
        defer {
            row = []
            rowAllHeader = true
            rowCharacters = 0
        }
        if rowCharacters >= ContentScorer.minimumScoredLength {
            rowScore += 1 + Double(min(rowCharacters / 100, 3))
        }
        guard row.contains(where: { !$0.isEmpty }) else { return }
        if rowInHead {
            headRows.append(row)
        } else {
            rows.append(row)
            rowLines.append(rowLine)
            rowIsAllHeader.append(rowAllHeader)
        }
    }

    mutating func startCell(isHeader: Bool) {
        endCell()
        if !rowOpen {
            rowOpen = true
            rowLine = line
            rowInHead = inHead
        }
        cell = TextAccumulator()
        cellIsHeader = isHeader
    }

    mutating func endCell() {
        guard let finished = cell else { return }
        cell = nil
        row.append(String(decoding: finished.bytes, as: UTF8.self))
        rowCharacters += finished.characters
        if !cellIsHeader { rowAllHeader = false }
    }

    mutating func append(_ text: UnsafePointer<UInt8>, inLink: Bool, line: Int) {
        if inCaption {
            caption.append(text, inLink: inLink, line: line)
        } else if cell != nil {
            cell?.append(text, inLink: inLink, line: line)
            totals.append(text, inLink: inLink, line: line)
            totals.separate()
        }
    }

    mutating func separate() {
        if inCaption {
            caption.separate()
        } else {
            cell?.separate()
        }
    }

    /// The table block: the first `<thead>` row, or a first row of `<th>` cells, is the
    /// header; `nil` when no cell has text.
    func block() -> DraftBlock? {
        var builder = self
        builder.endRow()
        var header: [String] = []
        var body = builder.rows
        var lines = builder.rowLines
        if let first = builder.headRows.first {
            header = first
            body = Array(builder.headRows.dropFirst()) + body
            lines = Array(repeating: line, count: builder.headRows.count - 1) + lines
        } else if builder.rowIsAllHeader.first == true {
            header = body.removeFirst()
            lines.removeFirst()
        }
        guard !header.isEmpty || !body.isEmpty else { return nil }
        let table = Table(header: header, rows: body, rowLines: lines)
        let text = Block.table(table, span: SourceSpan(line: line)).text
        return DraftBlock(
            kind: .table, level: nil, text: Array(text.utf8), table: table, line: line, owner: owner,
            characters: totals.characters, linkCharacters: totals.linkCharacters,
            commas: totals.commas, isUnlikely: isUnlikely, isEmpty: false, rowScore: builder.rowScore)
    }

    /// The table's `<caption>` as a caption block, if it has text.
    func captionBlock() -> DraftBlock? {
        guard !caption.isEmpty else { return nil }
        return DraftBlock(
            kind: .caption, level: nil, text: caption.bytes, table: nil,
            line: caption.firstLine > 0 ? caption.firstLine : line, owner: owner,
            characters: caption.characters, linkCharacters: caption.linkCharacters,
            commas: caption.commas, isUnlikely: isUnlikely, isEmpty: false)
    }
}
