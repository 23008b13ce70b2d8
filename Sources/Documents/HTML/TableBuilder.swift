/// Gathers a data table's caption and cells while the walk is inside it, and lays the
/// cells out with ``TableGrid``.
struct TableBuilder {
    /// The block slot reserved for the table.
    let slot: Int
    let owner: Int32
    let line: Int
    let isUnlikely: Bool
    /// The section path of the blocks around the table.
    let section: [String]
    var inHead = false
    var inCaption = false
    private(set) var caption = TextAccumulator()
    /// All visible text of the cells, for the owner's figures.
    private(set) var totals = TextAccumulator()
    private var grid = TableGrid()
    private var row: [TableGrid.Cell] = []
    private var rowCharacters = 0
    /// Readability scores each cell like a paragraph; here each row of 25+ characters
    /// counts `1 + min(length / 100, 3)`, its commas apart.
    private(set) var rowScore = 0.0
    private var rowLine = 0
    private var rowOpen = false
    private var rowInHead = false
    private var cell: TextAccumulator?
    private var cellShape = TableGrid.Cell(text: "", isHeader: false)

    init(slot: Int, owner: Int32, line: Int, isUnlikely: Bool, section: [String]) {
        self.slot = slot
        self.owner = owner
        self.line = line
        self.isUnlikely = isUnlikely
        self.section = section
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
        if rowCharacters >= ContentScorer.minimumScoredLength {
            rowScore += 1 + Double(min(rowCharacters / 100, 3))
        }
        grid.addRow(row, line: rowLine, inHead: rowInHead)
        row = []
        rowCharacters = 0
    }

    /// A `<thead>`, `<tbody>` or `<tfoot>` ends: row spans stop at it.
    mutating func endGroup() {
        endRow()
        grid.endGroup()
    }

    /// A `<td>` or `<th>` starts, spanning `rowSpan` rows (0: to the group's end) and
    /// `columnSpan` columns.
    mutating func startCell(isHeader: Bool, rowSpan: Int = 1, columnSpan: Int = 1) {
        endCell()
        if !rowOpen {
            rowOpen = true
            rowLine = line
            rowInHead = inHead
        }
        cell = TextAccumulator()
        cellShape = TableGrid.Cell(text: "", isHeader: isHeader, rowSpan: rowSpan, columnSpan: columnSpan)
    }

    mutating func endCell() {
        guard let finished = cell else { return }
        cell = nil
        cellShape.text = String(decoding: finished.bytes, as: UTF8.self)
        row.append(cellShape)
        rowCharacters += finished.characters
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

    /// The table block, laid out by ``TableGrid``; `nil` when no cell has text.
    func block() -> DraftBlock? {
        var builder = self
        builder.endRow()
        guard let table = builder.grid.table() else { return nil }
        return DraftBlock(
            kind: .table, level: nil, text: Array(table.text.utf8), table: table, line: line, owner: owner,
            characters: totals.characters, linkCharacters: totals.linkCharacters,
            commas: totals.commas, isUnlikely: isUnlikely, isEmpty: false, rowScore: builder.rowScore,
            section: section)
    }

    /// The table's `<caption>` as a caption block, if it has text.
    func captionBlock() -> DraftBlock? {
        guard !caption.isEmpty else { return nil }
        return DraftBlock(
            kind: .caption, level: nil, text: caption.bytes, table: nil,
            line: caption.firstLine > 0 ? caption.firstLine : line, owner: owner,
            characters: caption.characters, linkCharacters: caption.linkCharacters,
            commas: caption.commas, isUnlikely: isUnlikely, isEmpty: false, section: section)
    }
}
