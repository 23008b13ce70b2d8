/// Decides which character encoding an HTML page is in.
///
/// Order: byte-order mark, then the HTTP `Content-Type` charset, then a `<meta charset>`
/// or `http-equiv` declaration in the first 4 KiB, then UTF-8. Latin-1 and ASCII labels
/// mean windows-1252, as browsers read them (0x93/0x94 are curly quotes).
enum HTMLCharset: Equatable, Sendable {
    case utf8
    case windows1252
    /// Any other encoding, by the name libxml2 (iconv) is given.
    case named(String)

    /// How far into the page a `<meta>` declaration is looked for.
    static let prescanLength = 4096

    /// The encoding of `bytes`, given the HTTP charset when there was one.
    static func detect(_ bytes: [UInt8], declared: String?) -> HTMLCharset {
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { return .utf8 }
        if bytes.count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE { return .named("UTF-16LE") }
        if bytes.count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF { return .named("UTF-16BE") }
        if let declared, let charset = fromLabel(declared) { return charset }
        if let label = metaLabel(bytes), let charset = fromLabel(label) {
            // A page that says UTF-16 in its own (8-bit readable) markup is not UTF-16.
            if case .named(let name) = charset, name.hasPrefix("UTF-16") { return .utf8 }
            // Pages re-saved as UTF-8 often keep their old declaration; non-ASCII text
            // that is valid UTF-8 is practically never another encoding.
            if charset != .utf8 && isNonASCIIUTF8(bytes) { return .utf8 }
            return charset
        }
        return .utf8
    }

    /// True when `bytes` hold some non-ASCII characters and are entirely valid UTF-8.
    static func isNonASCIIUTF8(_ bytes: [UInt8]) -> Bool {
        var sawMultibyte = false
        var index = 0
        while index < bytes.count {
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            let length = TextDecoding.utf8SequenceLength(bytes, at: index)
            guard length > 0 else { return false }
            sawMultibyte = true
            index += length
        }
        return sawMultibyte
    }

    /// The encoding a charset label names; nil for an empty or unusable label.
    static func fromLabel(_ label: String) -> HTMLCharset? {
        let name = String(label.lowercased().filter { !" \t\r\n\"'".contains($0) })
        guard !name.isEmpty, name.count < 40,
            name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.:".contains($0)) })
        else { return nil }
        switch name {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": return .utf8
        case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1",
            "latin1", "latin-1", "l1", "ascii", "us-ascii", "iso-ir-100", "ibm819", "cp819",
            "csisolatin1", "iso_8859-1:1987", "ansi_x3.4-1968", "x-user-defined":
            return .windows1252
        default: return .named(name.uppercased())
        }
    }

    /// The charset label in a `<meta charset=…>` or `<meta http-equiv … content="…; charset=…">`.
    static func metaLabel(_ bytes: [UInt8]) -> String? {
        let end = min(bytes.count, prescanLength)
        var index = 0
        while index + 5 < end {
            // "<meta", any case.
            if bytes[index] == 0x3C && lower(bytes[index + 1]) == 0x6D && lower(bytes[index + 2]) == 0x65
                && lower(bytes[index + 3]) == 0x74 && lower(bytes[index + 4]) == 0x61
            {
                var tagEnd = index + 5
                while tagEnd < end && bytes[tagEnd] != 0x3E { tagEnd += 1 }
                if let label = charsetValue(bytes[(index + 5)..<tagEnd]) { return label }
                index = tagEnd
            }
            index += 1
        }
        return nil
    }

    private static func charsetValue(_ tag: ArraySlice<UInt8>) -> String? {
        let word = Array("charset".utf8)
        var index = tag.startIndex
        while index + word.count <= tag.endIndex {
            var matched = true
            for offset in 0..<word.count where lower(tag[index + offset]) != word[offset] {
                matched = false
                break
            }
            if matched {
                var cursor = index + word.count
                while cursor < tag.endIndex && (tag[cursor] == 0x20 || tag[cursor] == 0x09) { cursor += 1 }
                guard cursor < tag.endIndex, tag[cursor] == 0x3D else { return nil }
                cursor += 1
                while cursor < tag.endIndex
                    && (tag[cursor] == 0x20 || tag[cursor] == 0x22 || tag[cursor] == 0x27)
                {
                    cursor += 1
                }
                let start = cursor
                while cursor < tag.endIndex && tag[cursor] != 0x22 && tag[cursor] != 0x27
                    && tag[cursor] != 0x3B && tag[cursor] != 0x20 && tag[cursor] != 0x2F
                {
                    cursor += 1
                }
                return cursor > start ? String(decoding: tag[start..<cursor], as: UTF8.self) : nil
            }
            index += 1
        }
        return nil
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// Re-encodes windows-1252 bytes as UTF-8 (bytes it leaves undefined keep their
    /// Latin-1 code point, as browsers do).
    static func windows1252ToUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                output.append(byte)
                continue
            }
            let scalar = byte < 0xA0 ? windows1252High[Int(byte) - 0x80] : UInt32(byte)
            if scalar < 0x800 {
                output.append(UInt8(0xC0 | (scalar >> 6)))
                output.append(UInt8(0x80 | (scalar & 0x3F)))
            } else {
                output.append(UInt8(0xE0 | (scalar >> 12)))
                output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
                output.append(UInt8(0x80 | (scalar & 0x3F)))
            }
        }
        return output
    }

    /// Code points of windows-1252 bytes 0x80–0x9F.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
        0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
}
