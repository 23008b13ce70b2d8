import Testing

@testable import Documents

@Suite struct HTMLCharsetTests {
    func texts(_ bytes: [UInt8], declared: String? = nil) throws -> [String] {
        try HTMLParser().parse(bytes, id: "t", source: "t.html", declaredCharset: declared).blocks.map(\.text)
    }

    @Test func metaWindows1252SmartQuotes() throws {
        let bytes = Array("<html><head><meta charset=\"windows-1252\"></head><body><p>".utf8)
            + [0x93, 0x71, 0x94, 0x20, 0x63, 0x61, 0x66, 0xE9] + Array("</p></body></html>".utf8)
        #expect(try texts(bytes) == ["\u{201C}q\u{201D} caf\u{E9}"])
    }

    @Test func httpEquivLatin1ReadsAsWindows1252() throws {
        let bytes = Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>".utf8)
            + [0x92, 0x20, 0xE9, 0xE8] + Array("</p>".utf8)
        #expect(try texts(bytes) == ["\u{2019} \u{E9}\u{E8}"])
    }

    @Test func declaredCharsetWinsOverMeta() throws {
        let bytes = Array("<meta charset=\"utf-8\"><p>".utf8) + [0xE9] + Array("</p>".utf8)
        #expect(try texts(bytes, declared: "latin1") == ["\u{E9}"])
    }

    @Test func byteOrderMarkWinsOverEverything() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<meta charset=\"windows-1252\"><p>caf\u{E9}</p>".utf8)
        #expect(try texts(bytes, declared: "latin1") == ["caf\u{E9}"])
    }

    @Test func utf16ByteOrderMark() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + "<p>h\u{E9}</p>".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try texts(bytes) == ["h\u{E9}"])
    }

    @Test func undeclaredUTF8() throws {
        #expect(try texts(Array("<p>caf\u{E9} \u{201C}q\u{201D} \u{4E2D}\u{6587}</p>".utf8)) == ["caf\u{E9} \u{201C}q\u{201D} \u{4E2D}\u{6587}"])
    }

    @Test func invalidUTF8BecomesReplacementCharacters() throws {
        let bytes = Array("<p>a".utf8) + [0xFF, 0xC3] + Array(" b \u{E9}</p>".utf8)
        let text = try #require(try texts(bytes).first)
        #expect(text.hasPrefix("a\u{FFFD}"))
        #expect(text.hasSuffix(" b \u{E9}"))
    }

    @Test func utf8PageWithStaleDeclaration() throws {
        let bytes = Array("<meta charset=\"gb2312\"><p>\u{4E2D}\u{6587} caf\u{E9}</p>".utf8)
        #expect(try texts(bytes) == ["\u{4E2D}\u{6587} caf\u{E9}"])
    }

    @Test(arguments: [
        ("<meta charset=\"Windows-1252\">", HTMLCharset.windows1252),
        ("<META HTTP-EQUIV=\"content-type\" CONTENT=\"text/html; charset=utf-8\">", .utf8),
        ("<meta charset='shift_jis'>", .named("SHIFT_JIS")),
        ("<p>no declaration</p>", .utf8),
    ])
    func detectsMetaDeclarations(html: String, expected: HTMLCharset) {
        #expect(HTMLCharset.detect(Array(html.utf8), declared: nil) == expected)
    }
}
