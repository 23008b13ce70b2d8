import Documents
import Testing

@Suite struct TextDecodingTests {
    @Test func validUTF8IsUTF8() {
        #expect(TextDecoding.prepare(Array("naïve ✅".utf8)).encoding == .utf8)
    }

    @Test func latin1BytesFallBackToWindows1252() {
        let bytes: [UInt8] = [0x63, 0x61, 0x66, 0xE9, 0x20, 0x80]
        #expect(TextDecoding.prepare(bytes).encoding == .windows1252)
        #expect(TextDecoding.decode(bytes) == "café €")
    }

    @Test func mostlyUTF8WithAStrayByteKeepsUTF8AndReplaces() {
        let bytes = Array("é é é ".utf8) + [0xFF] + Array("x".utf8)
        #expect(TextDecoding.decode(bytes) == "é é é \u{FFFD}x")
    }

    @Test func unassignedWindows1252BytesBecomeReplacement() {
        #expect(TextDecoding.decode([0x81, 0x41], declaredCharset: "windows-1252") == "\u{FFFD}A")
    }

    @Test func declaredCharsetWinsOverSniffing() {
        let bytes = Array("café".utf8)
        #expect(TextDecoding.decode(bytes, declaredCharset: "ISO-8859-1") == "cafÃ©")
        #expect(TextDecoding.decode(bytes, declaredCharset: "x-unknown") == "café")
    }

    @Test func truncatedSequenceNeverCrashes() {
        #expect(TextDecoding.decode([0x41, 0xE2, 0x9C]).hasPrefix("A"))
        #expect(TextDecoding.decode([0xFE, 0xFF, 0x00]) == "")
    }

    @Test(arguments: [("utf-8", TextDecoding.Encoding.utf8), ("UTF8", .utf8), ("latin1", .windows1252),
                      ("cp1252", .windows1252), ("iso-8859-1", .windows1252), ("utf-16be", .utf16BE)])
    func labels(label: String, encoding: TextDecoding.Encoding) {
        #expect(TextDecoding.encoding(forLabel: label) == encoding)
    }
}
