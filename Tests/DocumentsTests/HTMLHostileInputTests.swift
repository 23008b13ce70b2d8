import TestSupport
import Testing

@testable import Documents

/// Inputs that must give blocks or a clear error quickly, never a crash or a hang.
@Suite struct HTMLHostileInputTests {
    func parse(_ bytes: [UInt8]) throws -> Document {
        try HTMLParser().parse(bytes, id: "hostile", source: "hostile.html")
    }

    /// Runs `body` and checks it took less than `limit` CPU seconds on this thread (CPU time,
    /// not wall-clock, so a busy machine does not fail the check).
    func expectQuick<T>(_ limit: Double = 30, _ body: () throws -> T) rethrows -> T {
        let (result, spent) = try ThreadCPUClock.measure(body)
        #expect(spent < limit, "took \(spent) CPU seconds")
        return result
    }

    @Test func emptyInputIsAnError() {
        #expect(throws: DocumentsError.empty(path: "hostile.html")) { try parse([]) }
    }

    @Test func whitespaceOnlyHasNoContent() {
        #expect(throws: DocumentsError.noContent(path: "hostile.html")) { try parse(Array(" \n\t ".utf8)) }
    }

    @Test(arguments: [1, 2, 3])
    func randomBytes(seed: UInt64) {
        var generator = SplitMix(seed: seed)
        let bytes = (0..<200_000).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        expectQuick {
            do {
                let document = try parse(bytes)
                #expect(!document.blocks.isEmpty)
            } catch {
                #expect(error is DocumentsError)
            }
        }
    }

    @Test func pngBytesDoNotCrash() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
            + Array(repeating: 0, count: 64) + [0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]
        do {
            _ = try parse(png)
        } catch {
            #expect(error is DocumentsError)
        }
    }

    @Test func nulBytesAreNotEndOfText() throws {
        let document = try parse(Array("<p>before".utf8) + [0, 0] + Array("after</p><p>next</p>".utf8))
        #expect(document.blocks.count == 2)
        #expect(document.blocks[0].text.hasPrefix("before"))
        #expect(document.blocks[0].text.hasSuffix("after"))
    }

    @Test func twentyMegabytePage() throws {
        var html = "<html><head><title>Big</title></head><body><article>"
        let paragraph = "<p>Paragraph with some words, commas, and a <a href=\"#\">link</a> in it.</p>\n"
        html.reserveCapacity(20_100_000)
        while html.utf8.count < 20_000_000 { html += paragraph }
        html += "<p>The end.</p></article></body></html>"
        let bytes = Array(html.utf8)
        let document = try expectQuick { try parse(bytes) }
        #expect(document.blocks.count > 200_000)
        #expect(document.blocks.last?.text == "The end.")
    }

    @Test func hundredThousandNestedDivs() throws {
        let depth = 100_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>deep text</p>"
            + String(repeating: "</div>", count: depth) + "<p>after</p></body></html>"
        let document = try expectQuick { try parse(Array(html.utf8)) }
        #expect(document.blocks.map(\.text).contains("deep text"))
    }

    @Test func unclosedTagsAndGarbageMarkup() throws {
        let document = try parse(Array("<p>one<p>two<div><<>></ul></table><li>three<td>four".utf8))
        let text = document.blocks.map(\.text).joined(separator: " ")
        for word in ["one", "two", "three", "four"] { #expect(text.contains(word)) }
    }
}

/// A small seeded generator so "random" inputs are the same on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
