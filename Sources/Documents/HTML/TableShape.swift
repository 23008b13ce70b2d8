internal import CLibXML2

/// Tells data tables (rows of cells worth keeping as a table) from layout tables (a page
/// grid whose cells hold ordinary content), by a bounded look at the table's subtree.
enum TableShape {
    /// How many nodes of a table's subtree are looked at; a bigger table is judged by its
    /// first `nodeLimit` nodes (a 100 000-row data table stays one table block instead of
    /// millions of one-cell paragraphs), so the look stays bounded even for nested tables.
    static let nodeLimit = 50_000

    /// True for a table with at least two columns, no table inside it, and either header
    /// cells or cells without block content.
    static func isDataTable(_ table: UnsafeMutablePointer<xmlNode>) -> Bool {
        var hasHeader = false
        var cellHasBlocks = false
        var widest = 0
        var cellsInRow = 0
        var visited = 0
        var current = table.pointee.children
        while let node = current {
            visited += 1
            if visited > nodeLimit { break }
            var descend = false
            if node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name {
                let tag = HTMLTag.named(name)
                switch tag {
                case .table:
                    return false
                case .tr:
                    widest = max(widest, cellsInRow)
                    cellsInRow = 0
                    descend = true
                case .th, .thead:
                    if tag == .th { cellsInRow += 1 }
                    hasHeader = true
                    descend = true
                case .td:
                    cellsInRow += 1
                    descend = true
                case .p, .div, .ul, .ol, .h1, .h2, .h3, .h4, .h5, .h6, .blockquote, .section,
                    .article:
                    cellHasBlocks = true
                    descend = true
                default:
                    descend = !tag.isInvisible
                }
            }
            if descend, let child = node.pointee.children {
                current = child
                continue
            }
            var climbing = node
            current = nil
            while climbing != table {
                if let next = climbing.pointee.next {
                    current = next
                    break
                }
                guard let parent = climbing.pointee.parent else { break }
                climbing = parent
            }
        }
        widest = max(widest, cellsInRow)
        return widest >= 2 && (hasHeader || !cellHasBlocks)
    }
}
