/// The cells of a table as a grid: one cell per column in every row.
///
/// HTML tables are laid out the way the HTML table-processing algorithm does it
/// (``TableGrid``): a cell spanning rows or columns has its text repeated into every slot
/// it covers, and ``isSpanned(row:column:)`` tells those copies from the cell itself.
/// Leading header rows are merged per column into ``headerPaths`` ("Trial" over
/// "People" gives `["Trial", "People"]`) and ``header`` ("Trial / People"). Rows shorter
/// than the widest are padded with empty cells, so column `k` means the same in every row.
public struct Table: Hashable, Sendable, Codable {
    /// Header text per column: its ``headerPaths`` joined with " / "; empty when the table
    /// has no header row.
    public let header: [String]
    /// Per column, the distinct texts of the header rows above it, top first.
    public let headerPaths: [[String]]
    /// Body rows, each a list of cell texts, all as wide as the table.
    public let rows: [[String]]
    /// The 1-based source line of each body row, parallel to `rows`, when known.
    public let rowLines: [Int]
    /// Per body row, whether its first cell is a header cell (an HTML `<th>` row header).
    /// Empty when no row has one.
    public let rowHeaders: [Bool]
    /// The body slots filled by a span from another slot, as `[row, column]` pairs in row
    /// order. Empty when nothing spans.
    public let spannedSlots: [[Int]]

    /// The separator between the header texts of one column in ``header``.
    public static let headerPathSeparator = " / "

    /// Creates a table from one header row, body rows and optional per-row lines.
    ///
    /// Ragged rows are padded to the widest row (header included).
    public init(header: [String], rows: [[String]], rowLines: [Int] = []) {
        self.init(
            headerPaths: header.map { $0.isEmpty ? [] : [$0] }, rows: rows, rowLines: rowLines,
            rowHeaders: [], spannedSlots: [])
    }

    /// Creates a table from per-column header paths and body rows.
    ///
    /// - Parameters:
    ///   - headerPaths: Per column, the header texts above it, top first (empty: no header).
    ///   - rows: Body rows; padded with empty cells to the widest row.
    ///   - rowLines: Each body row's source line, when known.
    ///   - rowHeaders: Per body row, whether its first cell is a header cell.
    ///   - spannedSlots: `[row, column]` of body slots whose text came from a span.
    public init(
        headerPaths: [[String]], rows: [[String]], rowLines: [Int] = [], rowHeaders: [Bool] = [],
        spannedSlots: [[Int]] = []
    ) {
        let width = max(headerPaths.count, rows.reduce(0) { max($0, $1.count) })
        var paths = headerPaths
        if !paths.isEmpty, paths.count < width {
            paths += Array(repeating: [], count: width - paths.count)
        }
        self.headerPaths = paths
        self.header = paths.map { $0.joined(separator: Self.headerPathSeparator) }
        self.rows = rows.map { $0.count < width ? $0 + Array(repeating: "", count: width - $0.count) : $0 }
        self.rowLines = rowLines
        self.rowHeaders = rowHeaders.contains(true) ? rowHeaders : []
        self.spannedSlots = spannedSlots
    }

    /// How many columns every row has.
    public var width: Int { max(header.count, rows.first?.count ?? 0) }

    /// Whether body slot (`row`, `column`) repeats a spanning cell rather than holding one.
    public func isSpanned(row: Int, column: Int) -> Bool {
        // `spannedSlots` is in row, then column order: binary search.
        var low = 0
        var high = spannedSlots.count
        while low < high {
            let middle = (low + high) / 2
            let slot = spannedSlots[middle]
            if slot[0] == row && slot[1] == column { return true }
            if slot[0] < row || (slot[0] == row && slot[1] < column) {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return false
    }

    /// Whether body row `row` starts with a header cell.
    public func hasRowHeader(_ row: Int) -> Bool {
        rowHeaders.indices.contains(row) && rowHeaders[row]
    }

    /// The table as searchable text: header, then rows, cells joined with " | ", one
    /// line per row (empty rows left out).
    public var text: String {
        ([header] + rows).filter { row in row.contains { !$0.isEmpty } }
            .map { $0.joined(separator: " | ") }.joined(separator: "\n")
    }
}
