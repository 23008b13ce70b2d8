/// Escapes page text for Markdown so it shows as written, in a terminal and on GitHub.
///
/// Backslash-escapes what could start HTML, code, emphasis or a link, or end a table cell:
/// `\`, `` ` ``, `*`, `<`, `>`, `|`, `[`, `]`, and `(` after `]`. With every bracket escaped no
/// inline link, image, reference link or link definition can form, so `(`, `)` and link
/// targets such as `javascript:alert(1)` stay plain text; `<` escaped stops autolinks and
/// raw HTML. Line breaks become spaces; other control characters (ANSI escapes) are dropped.
public enum MarkdownEscaping {
    /// `text` safe to place in a paragraph, list item or table cell.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        var previous: Character?
        for ch in text {
            switch ch {
            case "\\", "`", "*", "<", ">", "|", "[", "]": out += "\\" + String(ch)
            case "\r", "\n", "\r\n": if previous != " " { out += " " }
            case "\t": out += " "
            case "(" where previous == "]": out += "\\("
            case _ where ch.unicodeScalars.contains(where: ControlCharacters.isControl): continue
            default: out.append(ch)
            }
            previous = ch
        }
        return out
    }
}
