/// One line of a text page with its place in the file.
struct TextLine: Sendable {
    /// 1-based line number.
    let number: Int
    /// Byte offset of the line's first byte.
    let start: Int
    /// Byte offset just past the line's last byte (before `\r\n` or `\n`).
    let end: Int
    /// The decoded line without its line break.
    let text: String

    /// Splits prepared bytes at line feeds; a `\r` before the `\n` (or alone) ends a line too.
    static func split(_ prepared: TextDecoding.Prepared) -> [TextLine] {
        let bytes = prepared.bytes
        var lines: [TextLine] = []
        var lineStart = prepared.contentStart
        var number = 1
        var index = prepared.contentStart
        let count = bytes.count
        func emit(_ end: Int) {
            let text = TextDecoding.decode(bytes[lineStart..<end], as: prepared.encoding)
            lines.append(TextLine(number: number, start: lineStart, end: end, text: text))
            number += 1
        }
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A {
                emit(index)
                lineStart = index + 1
            } else if byte == 0x0D {
                emit(index)
                if index + 1 < count, bytes[index + 1] == 0x0A { index += 1 }
                lineStart = index + 1
            }
            index += 1
        }
        if lineStart < count { emit(count) }
        return lines
    }
}
