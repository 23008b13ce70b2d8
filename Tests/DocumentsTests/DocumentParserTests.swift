import Documents
import Testing

@Suite struct DocumentParserTests {
    private let parser = DocumentParser()

    @Test func textExtensionsGoToTheTextParser() throws {
        let doc = try parser.parse(Array("Title\nBody.\n".utf8), path: "a/page.md", id: "page", source: "a/page.md")
        #expect(doc.format == .text)
        #expect(doc.id == "page")
        #expect(doc.source == "a/page.md")
    }

    @Test(arguments: [
        ("page.html", nil, "Just words, no tags."),
        ("page", "text/html; charset=utf-8", "Just words, no tags."),
        ("page", nil, "  <!-- c -->\n<!DOCTYPE html><p>Words in a paragraph.</p>"),
        ("page.txt", "text/html", "Just words, no tags."),
    ] as [(String, String?, String)])
    func htmlIsRecognised(path: String, mediaType: String?, body: String) {
        #expect(parser.format(of: Array(body.utf8), path: path, mediaType: mediaType) == .html)
    }

    @Test func textMediaTypeWinsOverHTMLLookingBytes() {
        #expect(parser.format(of: Array("<html>".utf8), path: "p.html", mediaType: "text/plain") == .text)
        #expect(parser.format(of: Array("<html>".utf8), path: "p.md") == .text)
    }

    @Test func plainTextWithoutExtensionIsText() throws {
        let doc = try parser.parse(Array("Hello there.\n".utf8), path: "notes", id: "n", source: "notes")
        #expect(doc.format == .text)
    }

    @Test func emptyAndBinaryAreRefusedFirst() {
        #expect(throws: DocumentsError.empty(path: "e.html")) {
            try parser.parse([], path: "e.html", id: "e", source: "e.html")
        }
        #expect(throws: DocumentsError.empty(path: "w.txt")) {
            try parser.parse(Array(" \n\r\n".utf8), path: "w.txt", id: "w", source: "w.txt")
        }
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00]
        #expect(throws: DocumentsError.binary(path: "i.html", detail: "PNG image signature")) {
            try parser.parse(png, path: "i.html", id: "i", source: "i.html")
        }
    }
}
