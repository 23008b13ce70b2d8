/// Tells pages from binary files before any parser sees the bytes.
///
/// A page is refused when it starts with a known binary signature (images, PDF, archives,
/// executables), contains NUL bytes, or has a high share of control bytes near its start.
/// Pages that start with a UTF-16 byte-order mark are text, not binary.
public struct BinarySniffer: Sendable {
    /// A file format recognised by the first bytes of the file.
    struct Signature: Sendable {
        /// Human name used in error messages ("PNG image").
        let name: String
        /// The bytes the file starts with.
        let magic: [UInt8]
    }

    /// Known binary formats, by leading bytes (data, not logic).
    static let signatures: [Signature] = [
        Signature(name: "PNG image", magic: [0x89, 0x50, 0x4E, 0x47]),
        Signature(name: "JPEG image", magic: [0xFF, 0xD8, 0xFF]),
        Signature(name: "GIF image", magic: Array("GIF8".utf8)),
        Signature(name: "PDF document", magic: Array("%PDF".utf8)),
        Signature(name: "ZIP archive", magic: [0x50, 0x4B, 0x03, 0x04]),
        Signature(name: "gzip archive", magic: [0x1F, 0x8B]),
        Signature(name: "ELF executable", magic: [0x7F, 0x45, 0x4C, 0x46]),
        Signature(name: "WebAssembly module", magic: [0x00, 0x61, 0x73, 0x6D]),
    ]

    /// How many leading bytes are inspected for NULs and control bytes.
    static let window = 8192
    /// Share of control bytes (other than tab, line feed, form feed, carriage return, escape)
    /// above which the start of a file is considered binary.
    static let maxControlShare = 0.10

    /// Creates a sniffer.
    public init() {}

    /// Why the bytes are not a page, or `nil` when they may be one.
    ///
    /// - Parameter bytes: The raw file.
    /// - Returns: A short description such as "PNG image signature", or `nil` for text.
    public func binaryReason(_ bytes: [UInt8]) -> String? {
        if TextDecoding.byteOrderMark(bytes) != nil { return nil }
        for signature in Self.signatures where bytes.starts(with: signature.magic) {
            return "\(signature.name) signature"
        }
        let end = min(bytes.count, Self.window)
        guard end > 0 else { return nil }
        var controls = 0
        for index in 0..<end {
            let byte = bytes[index]
            if byte == 0 { return "NUL byte at offset \(index)" }
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0C, byte != 0x0D, byte != 0x1B {
                controls += 1
            }
        }
        if Double(controls) / Double(end) > Self.maxControlShare {
            return "\(controls) control bytes in the first \(end)"
        }
        return nil
    }

    /// Throws when the bytes are not a page.
    ///
    /// - Parameters:
    ///   - bytes: The raw file.
    ///   - path: Named in the error.
    /// - Throws: ``DocumentsError/binary(path:detail:)``.
    public func check(_ bytes: [UInt8], path: String) throws {
        if let reason = binaryReason(bytes) {
            throw DocumentsError.binary(path: path, detail: reason)
        }
    }
}
