/// Removes Markdown inline markup a reader never sees: `**strong**`, `__strong__`,
/// `` `code` `` ticks, `[link text](url)` and `![alt](src)` become their visible text.
///
/// Bracketed text not followed by `(` (citations such as `[web:141]`) is kept as written,
/// as are single `*` and `_`, which are too often literal in prose.
enum MarkdownInline {
    /// The visible text of one line or cell.
    static func strip(_ text: String) -> String {
        // Byte scan first: almost no line has any of `]`, `*`, `_` or a backtick.
        guard text.utf8.contains(where: { $0 == 0x5D || $0 == 0x2A || $0 == 0x5F || $0 == 0x60 }),
            text.contains("](") || text.contains("**") || text.contains("__") || text.contains("`")
        else {
            return text
        }
        var result = removeLinks(text)
        for marker in ["**", "__"] where result.contains(marker) {
            result = removePairs(of: marker, in: result)
        }
        if result.contains("`") { result = removePairs(of: "`", in: result) }
        return result.collapsingWhitespace()
    }

    /// `[text](target)` → `text`; `![alt](src)` → `alt`.
    private static func removeLinks(_ text: String) -> String {
        let characters = Array(text)
        var output = ""
        var index = 0
        while index < characters.count {
            let isImage = characters[index] == "!" && index + 1 < characters.count && characters[index + 1] == "["
            let open = isImage ? index + 1 : index
            if characters[open] == "[", let close = matching(characters, from: open, open: "[", close: "]"),
                close + 1 < characters.count, characters[close + 1] == "(",
                let end = matching(characters, from: close + 1, open: "(", close: ")")
            {
                output += String(characters[(open + 1)..<close])
                index = end + 1
                continue
            }
            output.append(characters[index])
            index += 1
        }
        return output
    }

    private static func matching(_ characters: [Character], from start: Int, open: Character, close: Character) -> Int? {
        var depth = 0
        var index = start
        while index < characters.count {
            if characters[index] == open { depth += 1 }
            if characters[index] == close {
                depth -= 1
                if depth == 0 { return index }
            }
            index += 1
        }
        return nil
    }

    /// Drops `marker` where it opens and later closes a span on the same line.
    private static func removePairs(of marker: String, in text: String) -> String {
        let parts = text.split(separator: marker, omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return text }
        var output = ""
        for (index, part) in parts.enumerated() {
            output += part
            let isLast = index == parts.count - 1
            // An odd marker out (no partner) stays as written.
            if !isLast, index == parts.count - 2, parts.count % 2 == 0 { output += marker }
        }
        return output
    }
}
