import Documents

/// The block model as readable text: one line per block with its line number and kind.
///
/// ```
/// == tart-cherry-sleep (text) Inputs/tart-cherry-sleep.txt
/// title: Does Tart Cherry Juice Help You Sleep? …
///      1  heading 1   Does Tart Cherry Juice Help You Sleep? …
///      6  table       Study | Year | Design
///      8    row       Finnish RCT (Aaltonen et al.) [3] | 2019 | RCT
/// ```
public enum BlocksText {
    /// Renders documents in order, a blank line between them.
    ///
    /// - Parameter documents: Parsed pages.
    /// - Returns: The text, ending with a newline when not empty.
    public static func render(_ documents: [Document]) -> String {
        var out = ""
        for (position, document) in documents.enumerated() {
            if position > 0 { out += "\n" }
            out += "== \(document.id) (\(document.format.rawValue)) \(document.source)\n"
            out += "title: \(document.title ?? "(none)")\n"
            for block in document.blocks { render(block, into: &out) }
        }
        return out
    }

    private static func render(_ block: Block, into out: inout String) {
        let kind = block.level.map { "\(block.kind.rawValue) \($0)" } ?? block.kind.rawValue
        guard let table = block.table else {
            out += row(block.span.line, kind, block.text)
            return
        }
        out += row(block.span.line, kind, table.header.joined(separator: " | "))
        for (index, cells) in table.rows.enumerated() {
            let line = index < table.rowLines.count ? table.rowLines[index] : block.span.line
            out += row(line, "  row", cells.joined(separator: " | "))
        }
    }

    private static func row(_ line: Int, _ kind: String, _ text: String) -> String {
        let number = String(line)
        let paddedNumber = String(repeating: " ", count: max(0, 6 - number.count)) + number
        let paddedKind = kind + String(repeating: " ", count: max(0, 11 - kind.count))
        return "\(paddedNumber)  \(paddedKind) \(text)\n"
    }
}
