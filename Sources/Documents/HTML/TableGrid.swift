/// Lays a table's cells out on a grid of slots, as the HTML table-processing algorithm
/// does (HTML Living Standard, "Processing model" of tables), so every row has one cell
/// per column.
///
/// A cell takes the first free slot of its row, then covers `colspan` columns and
/// `rowspan` rows; the slots it covers beyond its own repeat its text and are marked
/// spanned. `rowspan="0"` reaches the end of the row group (`<thead>`, `<tbody>`,
/// `<tfoot>`); a span never creates rows past the last real one. Spans are clamped as
/// browsers clamp them (``maximumColumnSpan``, ``maximumRowSpan``) and the grid is at
/// most ``maximumWidth`` columns wide, so hostile values cost nothing.
struct TableGrid: Sendable {
    /// Browsers treat a larger `colspan` as 1000.
    static let maximumColumnSpan = 1000
    /// Browsers treat a larger `rowspan` as 65534.
    static let maximumRowSpan = 65534
    /// Columns past this are dropped.
    static let maximumWidth = 1000

    /// A cell as written.
    struct Cell: Sendable {
        var text: String
        var isHeader: Bool
        /// 0 means "to the end of the row group".
        var rowSpan = 1
        var columnSpan = 1
    }

    /// One slot of the grid.
    struct Slot: Sendable {
        var text: String
        var isHeader: Bool
        /// Filled by a cell that starts in another slot.
        var isSpanned: Bool
    }

    /// A cell still covering slots in the rows to come.
    private struct Carry {
        let column: Int
        let width: Int
        var remaining: Int
        let text: String
        let isHeader: Bool
    }

    private(set) var rows: [[Slot]] = []
    private(set) var rowLines: [Int] = []
    private(set) var rowInHead: [Bool] = []
    private var carries: [Carry] = []

    /// Places one `<tr>`'s cells.
    mutating func addRow(_ cells: [Cell], line: Int, inHead: Bool) {
        var slots: [Slot?] = []
        for carry in carries {
            Self.fill(&slots, from: carry.column, width: carry.width, with:
                Slot(text: carry.text, isHeader: carry.isHeader, isSpanned: true))
        }
        var cursor = 0
        var started: [Carry] = []
        for cell in cells {
            while cursor < slots.count, slots[cursor] != nil { cursor += 1 }
            guard cursor < Self.maximumWidth else { break }
            let width = min(max(cell.columnSpan, 1), Self.maximumColumnSpan, Self.maximumWidth - cursor)
            Self.fill(&slots, from: cursor, width: 1, with: Slot(text: cell.text, isHeader: cell.isHeader, isSpanned: false))
            if width > 1 {
                Self.fill(&slots, from: cursor + 1, width: width - 1, with:
                    Slot(text: cell.text, isHeader: cell.isHeader, isSpanned: true))
            }
            let down = cell.rowSpan == 0 ? Int.max : min(max(cell.rowSpan, 1), Self.maximumRowSpan)
            if down > 1 {
                started.append(Carry(column: cursor, width: width, remaining: down - 1, text: cell.text, isHeader: cell.isHeader))
            }
            cursor += width
        }
        carries = carries.compactMap { carry in
            var next = carry
            next.remaining -= 1
            return next.remaining > 0 ? next : nil
        } + started
        rows.append(slots.map { $0 ?? Slot(text: "", isHeader: false, isSpanned: false) })
        rowLines.append(line)
        rowInHead.append(inHead)
    }

    /// A row group ends: `rowspan` stops here.
    mutating func endGroup() {
        carries.removeAll()
    }

    /// Writes `slot` into `width` slots from `column`, growing the row as needed; slots
    /// already taken (overlapping spans) keep their first owner.
    private static func fill(_ slots: inout [Slot?], from column: Int, width: Int, with slot: Slot) {
        let end = min(column + width, maximumWidth)
        guard column < end else { return }
        if slots.count < end { slots += Array(repeating: nil, count: end - slots.count) }
        for index in column..<end where slots[index] == nil { slots[index] = slot }
    }

    /// The grid as a ``Table``: rows with no text of their own are left out; the leading
    /// rows inside `<thead>` or made only of header cells become the header, merged per
    /// column; a body row whose first slot is a header cell has a row header.
    func table() -> Table? {
        let kept = rows.indices.filter { index in
            rows[index].contains { !$0.isSpanned && !$0.text.isEmpty }
        }
        guard !kept.isEmpty else { return nil }
        var headerCount = 0
        while headerCount < kept.count, isHeaderRow(kept[headerCount]) { headerCount += 1 }
        if headerCount == kept.count, headerCount > 1, !rowInHead[kept[0]] { headerCount = 1 }
        let width = kept.reduce(0) { max($0, rows[$1].count) }
        var paths: [[String]] = headerCount == 0 ? [] : Array(repeating: [], count: width)
        for index in kept.prefix(headerCount) {
            for (column, slot) in rows[index].enumerated() where !slot.text.isEmpty {
                if paths[column].last != slot.text { paths[column].append(slot.text) }
            }
        }
        var body: [[String]] = []
        var lines: [Int] = []
        var rowHeaders: [Bool] = []
        var spanned: [[Int]] = []
        for index in kept.dropFirst(headerCount) {
            let row = rows[index]
            for (column, slot) in row.enumerated() where slot.isSpanned { spanned.append([body.count, column]) }
            rowHeaders.append(row.first?.isHeader == true)
            body.append(row.map(\.text))
            lines.append(rowLines[index])
        }
        return Table(headerPaths: paths, rows: body, rowLines: lines, rowHeaders: rowHeaders, spannedSlots: spanned)
    }

    private func isHeaderRow(_ index: Int) -> Bool {
        if rowInHead[index] { return true }
        var sawHeader = false
        for slot in rows[index] where !slot.isSpanned && !slot.text.isEmpty {
            guard slot.isHeader else { return false }
            sawHeader = true
        }
        return sawHeader
    }
}
