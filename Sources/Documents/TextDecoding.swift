/// Turns the bytes of a text page into Swift strings without ever failing.
///
/// Order of evidence: a byte-order mark, then a declared charset (HTTP header), then the
/// bytes themselves: valid UTF-8 is UTF-8; bytes that are mostly not UTF-8 are read as
/// windows-1252 (what browsers do for `latin1` too). Bytes that fit neither become U+FFFD.
public enum TextDecoding {
    /// A character encoding the decoder supports.
    public enum Encoding: String, Sendable, Hashable {
        /// UTF-8 (also used for ASCII).
        case utf8
        /// windows-1252, a superset of ISO-8859-1 for printable characters.
        case windows1252
        /// UTF-16 little-endian (only with a byte-order mark).
        case utf16LE
        /// UTF-16 big-endian (only with a byte-order mark).
        case utf16BE
    }

    /// Text ready to be split into lines: UTF-8 or windows-1252 bytes plus where content starts.
    public struct Prepared: Sendable {
        /// The bytes to split; the original bytes unless the page was UTF-16.
        public let bytes: [UInt8]
        /// How to decode `bytes` (never UTF-16: that is transcoded to UTF-8 first).
        public let encoding: Encoding
        /// Offset of the first content byte (past a byte-order mark).
        public let contentStart: Int
    }

    /// The byte-order mark the bytes start with and its length, if any.
    static func byteOrderMark(_ bytes: [UInt8]) -> (encoding: Encoding, length: Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16LE, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16BE, 2) }
        return nil
    }

    /// The encoding a charset label names, or `nil` for labels this decoder does not know.
    ///
    /// - Parameter label: A charset label such as `UTF-8`, `iso-8859-1` or `cp1252`.
    public static func encoding(forLabel label: String) -> Encoding? {
        let key = label.lowercased().filter { $0.isLetter || $0.isNumber }
        switch key {
        case "utf8", "unicode11utf8", "xunicode20utf8": return .utf8
        case "usascii", "ascii", "windows1252", "cp1252", "xcp1252", "iso88591", "latin1", "l1",
            "iso885915", "cp819", "ibm819", "isoir100":
            return .windows1252
        case "utf16le", "utf16": return .utf16LE
        case "utf16be": return .utf16BE
        default: return nil
        }
    }

    /// Decides how to read the bytes.
    ///
    /// - Parameters:
    ///   - bytes: The raw page.
    ///   - declaredCharset: A charset from outside the page (HTTP `Content-Type`), if any.
    /// - Returns: Bytes in UTF-8 or windows-1252 with the offset where content starts.
    public static func prepare(_ bytes: [UInt8], declaredCharset: String? = nil) -> Prepared {
        if let mark = byteOrderMark(bytes) {
            switch mark.encoding {
            case .utf16LE, .utf16BE:
                let text = decodeUTF16(bytes[mark.length...], bigEndian: mark.encoding == .utf16BE)
                return Prepared(bytes: Array(text.utf8), encoding: .utf8, contentStart: 0)
            case .utf8, .windows1252:
                return Prepared(bytes: bytes, encoding: .utf8, contentStart: mark.length)
            }
        }
        if let label = declaredCharset, let declared = encoding(forLabel: label),
            declared == .utf8 || declared == .windows1252
        {
            return Prepared(bytes: bytes, encoding: declared, contentStart: 0)
        }
        return Prepared(bytes: bytes, encoding: sniff(bytes), contentStart: 0)
    }

    /// UTF-8 when the bytes are valid UTF-8 or mostly so; windows-1252 otherwise.
    static func sniff(_ bytes: [UInt8]) -> Encoding {
        var valid = 0
        var invalid = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            let length = utf8SequenceLength(bytes, at: index)
            if length > 0 {
                valid += 1
                index += length
            } else {
                invalid += 1
                index += 1
            }
        }
        return invalid == 0 || valid > invalid ? .utf8 : .windows1252
    }

    /// Length of the valid UTF-8 multi-byte sequence at `index`, or 0 when it is invalid.
    static func utf8SequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        let minimum: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; minimum = 0x80
        case 0xE0...0xEF: length = 3; minimum = 0x800
        case 0xF0...0xF4: length = 4; minimum = 0x10000
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        var scalar = UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<length {
            let next = bytes[index + offset]
            guard next & 0xC0 == 0x80 else { return 0 }
            scalar = scalar << 6 | UInt32(next & 0x3F)
        }
        guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else {
            return 0
        }
        return length
    }

    /// Decodes bytes in the given encoding; undecodable bytes become U+FFFD.
    ///
    /// - Parameters:
    ///   - bytes: UTF-8 or windows-1252 bytes (UTF-16 is accepted too).
    ///   - encoding: How to read them.
    /// - Returns: The decoded text; never fails.
    public static func decode(_ bytes: ArraySlice<UInt8>, as encoding: Encoding) -> String {
        switch encoding {
        case .utf8:
            return String(decoding: bytes, as: UTF8.self)
        case .windows1252:
            var scalars = String.UnicodeScalarView()
            scalars.reserveCapacity(bytes.count)
            for byte in bytes {
                scalars.append(windows1252Scalar(byte))
            }
            return String(scalars)
        case .utf16LE, .utf16BE:
            return decodeUTF16(bytes, bigEndian: encoding == .utf16BE)
        }
    }

    /// Decodes a whole page after ``prepare(_:declaredCharset:)``.
    ///
    /// - Parameters:
    ///   - bytes: The raw page.
    ///   - declaredCharset: A charset from outside the page, if any.
    /// - Returns: The page's text without a byte-order mark.
    public static func decode(_ bytes: [UInt8], declaredCharset: String? = nil) -> String {
        let prepared = prepare(bytes, declaredCharset: declaredCharset)
        return decode(prepared.bytes[prepared.contentStart...], as: prepared.encoding)
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// windows-1252's 0x80–0x9F block; the five unassigned bytes map to U+FFFD.
    private static let highControlBlock: [Unicode.Scalar] = [
        "\u{20AC}", "\u{FFFD}", "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", "\u{FFFD}", "\u{017D}", "\u{FFFD}",
        "\u{FFFD}", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", "\u{FFFD}", "\u{017E}", "\u{0178}",
    ]

    private static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
        if (0x80...0x9F).contains(byte) { return highControlBlock[Int(byte - 0x80)] }
        return Unicode.Scalar(byte)
    }
}
