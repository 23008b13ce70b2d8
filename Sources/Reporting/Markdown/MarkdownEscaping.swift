/// Escapes page text for Markdown so it shows as written, in a terminal and on GitHub.
///
/// Backslash-escapes what could start HTML, code, emphasis or a link, or end a table cell:
/// `\`, `` ` ``, `*`, `<`, `>`, `|`, and `]` before `(`. Line breaks become spaces.
public enum MarkdownEscaping {
    /// `text` safe to place in a paragraph, list item or table cell.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        var previous: Character?
        for ch in text {
            switch ch {
            case "\\", "`", "*", "<", ">", "|": out += "\\" + String(ch)
            case "\r", "\n", "\r\n": if previous != " " { out += " " }
            case "(" where previous == "]": out += "\\("
            default: out.append(ch)
            }
            previous = ch
        }
        return out
    }
}
