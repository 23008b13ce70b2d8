/// What a single line of a text page looks like before blocks are assembled.
enum LineShape: Sendable, Equatable {
    /// Empty or whitespace only.
    case blank
    /// A thematic break such as `---` or `***` on its own; it produces no block.
    case rule
    /// A Markdown `#` heading with its level (count of `#`) and text.
    case markdownHeading(level: Int, text: String)
    /// A pipe-table row with its cells.
    case tableRow([String])
    /// A pipe-table separator such as `|---|:--:|`.
    case tableSeparator
    /// A bullet or numbered list item (marker removed); `numbered` for `1.` / `1)`.
    case listItem(text: String, numbered: Bool, markerText: String)
    /// A `>` quote line (marker removed; empty for a bare `>`).
    case quote(String)
    /// Anything else: paragraph text, perhaps a heading by shape.
    case plain(String)

    /// Classifies one line.
    static func of(_ line: String) -> LineShape {
        let text = line.collapsingWhitespace()
        guard let first = text.unicodeScalars.first else { return .blank }
        if first == "#", let heading = markdownHeading(text) { return heading }
        if first == "|" {
            if isSeparator(text) { return .tableSeparator }
            return .tableRow(cells(text))
        }
        if first == ">" {
            return .quote(MarkdownInline.strip(String(text.dropFirst()).collapsingWhitespace()))
        }
        if isRule(text) { return .rule }
        if text.utf8.contains(0x7C), isSeparator(text) { return .tableSeparator }
        if let item = listItem(text) { return item }
        return .plain(MarkdownInline.strip(text))
    }

    /// `# Title` … `###### Title` (a space after the hashes; closing hashes dropped).
    private static func markdownHeading(_ text: String) -> LineShape? {
        let hashes = text.prefix { $0 == "#" }.count
        guard hashes <= 6 else { return nil }
        let rest = text.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " else { return nil }
        var body = rest.collapsingWhitespaceSubstring()
        while body.hasSuffix("#") { body.removeLast() }
        body = body.collapsingWhitespace()
        guard !body.isEmpty else { return nil }
        return .markdownHeading(level: hashes, text: MarkdownInline.strip(body))
    }

    /// `|---|:--:|`, `---|---` : only pipes, dashes, colons and spaces, with at least one dash.
    static func isSeparator(_ text: String) -> Bool {
        var dashes = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "-": dashes += 1
            case "|", ":", " ": continue
            default: return false
            }
        }
        return dashes > 0 && text.utf8.contains(0x7C)
    }

    /// `---`, `***`, `___` (three or more, spaces allowed).
    private static func isRule(_ text: String) -> Bool {
        guard let first = text.first, first == "-" || first == "*" || first == "_" else {
            return false
        }
        var count = 0
        for character in text {
            if character == first {
                count += 1
            } else if character != " " {
                return false
            }
        }
        return count >= 3
    }

    /// The cells of `| a | b |` (outer pipes optional, `\|` kept as a literal pipe).
    static func cells(_ text: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in text {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                cells.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        if escaped { current.append("\\") }
        cells.append(current)
        if text.hasPrefix("|"), !cells.isEmpty { cells.removeFirst() }
        if text.hasSuffix("|"), !text.hasSuffix("\\|"), !cells.isEmpty { cells.removeLast() }
        return cells.map { MarkdownInline.strip($0.collapsingWhitespace()) }
    }

    /// Bullets `- * + • – ‣ ◦` followed by a space, or `1.` / `1)` followed by a space.
    private static func listItem(_ text: String) -> LineShape? {
        let scalars = text.unicodeScalars
        guard let first = scalars.first else { return nil }
        if ListMarkers.bullets.contains(first) {
            let rest = scalars.dropFirst()
            guard let next = rest.first, next == " " || ListMarkers.tightBullets.contains(first)
            else { return nil }
            let body = String(String.UnicodeScalarView(rest)).collapsingWhitespace()
            guard !body.isEmpty else { return nil }
            return .listItem(text: MarkdownInline.strip(body), numbered: false, markerText: text)
        }
        var digits = 0
        var index = scalars.startIndex
        while index < scalars.endIndex, ("0"..."9").contains(scalars[index]), digits < 4 {
            digits += 1
            index = scalars.index(after: index)
        }
        guard digits > 0, digits < 4, index < scalars.endIndex,
            scalars[index] == "." || scalars[index] == ")"
        else { return nil }
        let afterMarker = scalars.index(after: index)
        guard afterMarker < scalars.endIndex, scalars[afterMarker] == " " else { return nil }
        let body = String(String.UnicodeScalarView(scalars[afterMarker...])).collapsingWhitespace()
        guard !body.isEmpty else { return nil }
        return .listItem(text: MarkdownInline.strip(body), numbered: true, markerText: MarkdownInline.strip(text))
    }
}

/// List markers a text page may use (data, not logic).
enum ListMarkers {
    /// Characters that start a bullet item when followed by a space.
    static let bullets: Set<Unicode.Scalar> = ["-", "*", "+", "•", "–", "‣", "◦", "▪", "●"]
    /// Bullets that may be written without a following space (`•item`).
    static let tightBullets: Set<Unicode.Scalar> = ["•", "‣", "◦", "▪", "●"]
}

extension Substring {
    /// ``String/collapsingWhitespace()`` for a substring.
    fileprivate func collapsingWhitespaceSubstring() -> String {
        String(self).collapsingWhitespace()
    }
}
