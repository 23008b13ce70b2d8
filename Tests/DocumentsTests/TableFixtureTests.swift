import Foundation
import Testing
import TestSupport

@testable import Documents

/// The table model on invented pages: every fixture in `Tests/Fixtures/tables/` gives
/// exactly the grid in its `.expected.json`.
@Suite struct TableFixtureTests {
    struct Expected: Decodable {
        let headerPaths: [[String]]
        let rows: [[String]]
        let rowHeaders: [Bool]
        let spannedSlots: [[Int]]
    }

    static let folder = Fixtures.folder.appendingPathComponent("tables")

    static let pages: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".html") || $0.hasSuffix(".txt") }.sorted()
    }()

    @Test func everyFixtureHasAnExpectation() {
        #expect(Self.pages.count >= 6)
        for page in Self.pages {
            let stem = (page as NSString).deletingPathExtension
            #expect(FileManager.default.fileExists(atPath: Self.folder.appendingPathComponent("\(stem).expected.json").path), "\(page)")
        }
    }

    @Test(arguments: pages)
    func gridMatchesExpectation(page: String) throws {
        let stem = (page as NSString).deletingPathExtension
        let bytes = try Fixtures.bytes("tables/\(page)")
        let expected = try JSONDecoder().decode(
            Expected.self, from: Data(try Fixtures.bytes("tables/\(stem).expected.json")))
        let document = try DocumentParser().parse(bytes, path: page, id: stem, source: page)
        let tables = document.blocks.compactMap(\.table)
        try #require(tables.count == 1, "\(page): \(tables.count) tables")
        let table = tables[0]
        #expect(table.headerPaths == expected.headerPaths, "\(page)")
        #expect(table.header == expected.headerPaths.map { $0.joined(separator: " / ") }, "\(page)")
        #expect(table.rows == expected.rows, "\(page)")
        #expect(table.rowHeaders == expected.rowHeaders, "\(page)")
        #expect(table.spannedSlots == expected.spannedSlots, "\(page)")
        for (row, cells) in table.rows.enumerated() {
            #expect(cells.count == table.width, "\(page) row \(row) is ragged")
            for column in cells.indices {
                #expect(table.isSpanned(row: row, column: column) == expected.spannedSlots.contains([row, column]))
            }
        }
    }
}

/// The slot algorithm itself, on hostile spans.
@Suite struct TableGridTests {
    private func cell(_ text: String, rows: Int = 1, columns: Int = 1, header: Bool = false) -> TableGrid.Cell {
        TableGrid.Cell(text: text, isHeader: header, rowSpan: rows, columnSpan: columns)
    }

    @Test func hugeSpansAreClampedAndCreateNoRows() throws {
        var grid = TableGrid()
        grid.addRow([cell("a", rows: 1_000_000, columns: 1_000_000), cell("b")], line: 1, inHead: false)
        grid.addRow([cell("c")], line: 2, inHead: false)
        let table = try #require(grid.table())
        // "b" has no room left in its row and "c" no free slot in the next, which then
        // holds copies of "a" only and is left out.
        #expect(table.rows.count == 1)
        #expect(table.width == TableGrid.maximumWidth)
        #expect(!table.rows.joined().contains("b"))
    }

    @Test func overlappingSpansKeepTheFirstOwner() throws {
        var grid = TableGrid()
        grid.addRow([cell("x", rows: 2), cell("y")], line: 1, inHead: false)
        grid.addRow([cell("z", columns: 2)], line: 2, inHead: false)
        let table = try #require(grid.table())
        #expect(table.rows == [["x", "y", ""], ["x", "z", "z"]])
    }

    @Test func rowsOfSpannedCopiesOnlyAreLeftOut() throws {
        var grid = TableGrid()
        grid.addRow([cell("p", rows: 3), cell("q")], line: 1, inHead: false)
        grid.addRow([], line: 2, inHead: false)
        grid.addRow([cell("r")], line: 3, inHead: false)
        let table = try #require(grid.table())
        #expect(table.rows == [["p", "q"], ["p", "r"]])
        #expect(table.rowLines == [1, 3])
    }

    @Test func allHeaderRowsWithoutTheadKeepOneHeaderRow() throws {
        var grid = TableGrid()
        grid.addRow([cell("k", header: true), cell("v", header: true)], line: 1, inHead: false)
        grid.addRow([cell("k2", header: true), cell("v2", header: true)], line: 2, inHead: false)
        let table = try #require(grid.table())
        #expect(table.header == ["k", "v"])
        #expect(table.rows == [["k2", "v2"]])
    }

    @Test func emptyGridIsNoTable() {
        var grid = TableGrid()
        grid.addRow([cell("")], line: 1, inHead: false)
        #expect(grid.table() == nil)
    }
}
