/// Gathers the visible text of one block as UTF-8 bytes, collapsing whitespace as it goes.
///
/// Whitespace is what `String.collapsingWhitespace()` treats as such (Unicode white
/// space, zero-width space, BOM): runs become one space, leading and trailing whitespace
/// is dropped, so HTML and text pages give equal text. It also counts what main-content
/// scoring needs: characters (Unicode scalars), characters inside links, and commas.
struct TextAccumulator {
    private(set) var bytes: [UInt8] = []
    private var pendingSpace = false
    /// Unicode scalars gathered.
    private(set) var characters = 0
    /// Of ``characters``, those inside `<a>`.
    private(set) var linkCharacters = 0
    /// Commas (ASCII, fullwidth and Arabic).
    private(set) var commas = 0
    /// The source line of the first text gathered; 0 before any.
    private(set) var firstLine = 0

    /// True when nothing visible has been gathered.
    var isEmpty: Bool { bytes.isEmpty }

    /// Ends the current word: the next text starts after a space.
    mutating func separate() {
        if !bytes.isEmpty { pendingSpace = true }
    }

    /// Appends a NUL-terminated UTF-8 string (a libxml2 text node's content) that starts
    /// on source line `line`.
    mutating func append(_ text: UnsafePointer<UInt8>, inLink: Bool, line: Int) {
        var index = 0
        var newlines = 0
        while true {
            // Skip whitespace.
            var space = Self.whitespaceLength(text, index)
            while space > 0 {
                if text[index] == 0x0A { newlines += 1 }
                index += space
                space = Self.whitespaceLength(text, index)
                if !bytes.isEmpty { pendingSpace = true }
            }
            var byte = text[index]
            if byte == 0 { return }
            let start = index
            var scalars = 0
            var commaCount = 0
            while byte != 0 && Self.whitespaceLength(text, index) == 0 {
                if byte & 0xC0 != 0x80 { scalars += 1 }
                if byte == 0x2C {
                    commaCount += 1
                } else if byte == 0xEF && text[index + 1] == 0xBC && text[index + 2] == 0x8C {
                    commaCount += 1
                } else if byte == 0xD8 && text[index + 1] == 0x8C {
                    commaCount += 1
                }
                index += 1
                byte = text[index]
            }
            if firstLine == 0 && line > 0 { firstLine = line + newlines }
            if pendingSpace {
                bytes.append(0x20)
                characters += 1
                if inLink { linkCharacters += 1 }
                pendingSpace = false
            }
            bytes.append(contentsOf: UnsafeBufferPointer(start: text + start, count: index - start))
            characters += scalars
            if inLink { linkCharacters += scalars }
            commas += commaCount
        }
    }

    /// The byte length of the whitespace character at `index`, or 0 when there is none.
    /// Only reads past `index` while the bytes so far are non-NUL, so it never runs off
    /// a NUL-terminated string.
    @inline(__always)
    static func whitespaceLength(_ text: UnsafePointer<UInt8>, _ index: Int) -> Int {
        let byte = text[index]
        if byte < 0x80 { return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) ? 1 : 0 }
        switch byte {
        case 0xC2:
            let next = text[index + 1]
            return next == 0x85 || next == 0xA0 ? 2 : 0
        case 0xE1:
            return text[index + 1] == 0x9A && text[index + 2] == 0x80 ? 3 : 0
        case 0xE2:
            let second = text[index + 1]
            if second == 0x80 {
                let third = text[index + 2]
                return (third >= 0x80 && third <= 0x8B) || third == 0xA8 || third == 0xA9 || third == 0xAF
                    ? 3 : 0
            }
            return second == 0x81 && text[index + 2] == 0x9F ? 3 : 0
        case 0xE3:
            return text[index + 1] == 0x80 && text[index + 2] == 0x80 ? 3 : 0
        case 0xEF:
            return text[index + 1] == 0xBB && text[index + 2] == 0xBF ? 3 : 0
        default:
            return 0
        }
    }

    /// Takes the gathered text out, leaving the accumulator empty.
    mutating func take() -> TextAccumulator {
        let taken = self
        self = TextAccumulator()
        return taken
    }
}
