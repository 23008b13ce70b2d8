import Documents
import Testing

@Suite struct BinarySnifferTests {
    @Test(arguments: [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "PNG"),
        ([0xFF, 0xD8, 0xFF, 0xE0], "JPEG"),
        (Array("GIF89a".utf8), "GIF"),
        (Array("%PDF-1.7\n".utf8), "PDF"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP"),
        ([0x1F, 0x8B, 0x08], "gzip"),
    ] as [([UInt8], String)])
    func knownSignatures(bytes: [UInt8], name: String) throws {
        let reason = try #require(BinarySniffer().binaryReason(bytes + Array("<html>".utf8)))
        #expect(reason.contains(name))
    }

    @Test func nulBytesAreBinary() {
        let bytes = Array("Some text".utf8) + [0] + Array("more".utf8)
        #expect(BinarySniffer().binaryReason(bytes) == "NUL byte at offset 9")
        #expect(throws: DocumentsError.self) { try BinarySniffer().check(bytes, path: "x.txt") }
    }

    @Test func manyControlBytesAreBinary() {
        let bytes = (0..<200).map { UInt8($0 % 2 == 0 ? 0x01 : 0x41) }
        #expect(BinarySniffer().binaryReason(bytes) != nil)
    }

    @Test func textIsNotBinary() {
        #expect(BinarySniffer().binaryReason(Array("Title\r\n\tbody\u{0C}é ✅\n".utf8)) == nil)
        #expect(BinarySniffer().binaryReason([]) == nil)
        #expect(BinarySniffer().binaryReason([0xFF, 0xFE, 0x41, 0x00]) == nil)
    }
}
