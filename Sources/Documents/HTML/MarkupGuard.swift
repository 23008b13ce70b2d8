#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A linear pre-pass that bounds the start tags libxml2 would spend quadratic time on.
///
/// libxml2 2.9.14 checks each attribute of a start tag against every earlier one for
/// duplicates, so one tag with a million attributes runs for many minutes. Before the bytes
/// reach libxml2, every start tag is measured in one pass; a tag over a limit is rewritten:
/// attributes past ``maxAttributes`` (or past ``maxTagBytes`` of tag) are dropped, and an
/// attribute value over ``maxValueBytes`` is cut at a character boundary. Dropped bytes leave
/// their newlines behind, so every later line keeps its number.
///
/// Comments, end tags, `<!…>`/`<?…>` and the raw text of `<script>` and `<style>` are skipped
/// as libxml2 skips them, so a `<` inside them is never taken for a tag. Elements nested past
/// ``maxDepth`` lose their tags (``OpenElements``). Pages with no tag over a limit (all
/// ordinary pages) come back as the very same array, not a copy.
enum MarkupGuard {
    /// Attributes kept per start tag; the rest are dropped.
    static let maxAttributes = 256
    /// Longest attribute value kept, in UTF-8 bytes (a large inline `data:` image fits).
    static let maxValueBytes = 1 << 20
    /// Longest start tag kept, in bytes from `<` to `>`; attributes past it are dropped.
    static let maxTagBytes = 4 << 20

    /// The page with every start tag within the limits.
    ///
    /// - Parameter bytes: The page, in an ASCII-compatible encoding (UTF-8, Windows-1252,
    ///   ISO-8859-x…); other encodings pass through untouched.
    /// - Returns: `bytes` itself when no tag is over a limit, else a copy with the long tags
    ///   shortened and every newline kept.
    static func bounded(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { page in
            var output: [UInt8] = []
            var changed = false
            var copied = 0
            var index = 0
            var elements = OpenElements()
            /// Copies the page up to `open`, where a tag is left out or rewritten.
            func copy(upTo open: Int) {
                if !changed { output.reserveCapacity(page.count) }
                changed = true
                output.append(contentsOf: page[copied..<open])
            }
            /// Leaves out `open..<end` but its newlines.
            func drop(_ open: Int, _ end: Int) {
                copy(upTo: open)
                appendNewlines(page[open..<end], to: &output)
                copied = end
            }
            while let open = nextByte(UInt8(ascii: "<"), in: page, from: index) {
                let after = open + 1
                guard after < page.count else { break }
                let next = page[after]
                if isLetter(next) {
                    let tag = measureTag(page, open: open)
                    let selfClosed = tag.end >= 2 && page[tag.end - 2] == UInt8(ascii: "/")
                    if !selfClosed && !elements.start(nameKey(page[tag.name])) {
                        drop(open, tag.end)
                    } else if tag.isOverLimit {
                        copy(upTo: open)
                        rewriteTag(page, open: open, end: tag.end, into: &output)
                        copied = tag.end
                    }
                    index = tag.rawText ? skipRawText(page, from: tag.end, name: tag.name) : tag.end
                } else if next == UInt8(ascii: "!"), hasPrefix("!--", in: page, at: after) {
                    index = skipPast("-->", in: page, from: after + 3)
                } else if next == UInt8(ascii: "/"), after + 1 < page.count, isLetter(page[after + 1]) {
                    let nameEnd = nameEnd(page, from: after + 1, before: page.count)
                    index = nextByte(UInt8(ascii: ">"), in: page, from: nameEnd).map { $0 + 1 } ?? page.count
                    if !elements.end(nameKey(page[(after + 1)..<nameEnd])) { drop(open, index) }
                } else if next == UInt8(ascii: "/") || next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
                    index = nextByte(UInt8(ascii: ">"), in: page, from: after).map { $0 + 1 } ?? page.count
                } else {
                    index = after
                }
            }
            guard changed else { return bytes }
            output.append(contentsOf: page[copied...])
            return output
        }
    }

    /// What one pass over a start tag found.
    struct TagMeasure {
        /// Index just past the tag's `>` (or the end of the page).
        var end: Int
        /// How many attributes the tag has.
        var attributes = 0
        /// The longest attribute value, in bytes.
        var longestValue = 0
        /// Whether the element's content is raw text (`script`, `style`).
        var rawText = false
        /// The tag name's range, for finding the raw text's end tag.
        var name: Range<Int>

        /// Whether libxml2 should not see this tag as it is.
        var isOverLimit: Bool {
            attributes > MarkupGuard.maxAttributes || longestValue > MarkupGuard.maxValueBytes
                || end - name.lowerBound + 1 > MarkupGuard.maxTagBytes
        }
    }

    /// One attribute of a start tag: the whitespace before it through the end of its value.
    struct Attribute {
        /// From the whitespace before the name to just past the value (and its closing quote).
        var range: Range<Int>
        /// The value without quotes; empty for an attribute without `=`.
        var value: Range<Int>
    }

    /// Measures the start tag opening at `open` (a `<` followed by a letter).
    static func measureTag(_ page: UnsafeBufferPointer<UInt8>, open: Int) -> TagMeasure {
        let nameStart = open + 1
        let index = nameEnd(page, from: nameStart, before: page.count)
        var measure = TagMeasure(end: page.count, name: nameStart..<index)
        measure.rawText = isRawTextName(page, measure.name)
        let end = walkAttributes(page, from: index) { attribute in
            measure.attributes += 1
            measure.longestValue = max(measure.longestValue, attribute.value.count)
        }
        measure.end = end
        return measure
    }

    /// Walks the attributes from `start` (just past the tag name) to the tag's end, calling
    /// `visit` for each; returns the index just past `>` (or the page's end).
    static func walkAttributes(
        _ page: UnsafeBufferPointer<UInt8>, from start: Int, _ visit: (Attribute) -> Void
    ) -> Int {
        var index = start
        while index < page.count {
            let attributeStart = index
            while index < page.count, isSpace(page[index]) { index += 1 }
            guard index < page.count else { return page.count }
            let byte = page[index]
            if byte == UInt8(ascii: ">") { return index + 1 }
            if byte == UInt8(ascii: "/") {
                index += 1
                continue
            }
            while index < page.count, !endsAttributeName(page[index]) { index += 1 }
            var lookahead = index
            while lookahead < page.count, isSpace(page[lookahead]) { lookahead += 1 }
            var value = index..<index
            if lookahead < page.count, page[lookahead] == UInt8(ascii: "=") {
                index = lookahead + 1
                while index < page.count, isSpace(page[index]) { index += 1 }
                if index < page.count, page[index] == UInt8(ascii: "\"") || page[index] == UInt8(ascii: "'") {
                    let quote = page[index]
                    let close = nextByte(quote, in: page, from: index + 1) ?? page.count
                    value = (index + 1)..<close
                    index = min(close + 1, page.count)
                } else {
                    let valueStart = index
                    while index < page.count, !isSpace(page[index]), page[index] != UInt8(ascii: ">") {
                        index += 1
                    }
                    value = valueStart..<index
                }
            }
            visit(Attribute(range: attributeStart..<index, value: value))
        }
        return page.count
    }

    /// Appends the start tag `open..<end` within the limits: the name, the first attributes
    /// that fit, values cut to ``maxValueBytes``; only newlines of what is dropped.
    static func rewriteTag(
        _ page: UnsafeBufferPointer<UInt8>, open: Int, end: Int, into out: inout [UInt8]
    ) {
        let index = nameEnd(page, from: open + 1, before: end)
        out.append(contentsOf: page[open..<index])
        var kept = 0
        var tagBytes = index - open
        var last = index
        _ = walkAttributes(UnsafeBufferPointer(rebasing: page[..<end]), from: index) { attribute in
            last = attribute.range.upperBound
            let overValue = attribute.value.count > maxValueBytes
            let length = overValue
                ? attribute.range.count - attribute.value.count + maxValueBytes : attribute.range.count
            guard kept < maxAttributes, tagBytes + length + 1 <= maxTagBytes else {
                appendNewlines(page[attribute.range], to: &out)
                return
            }
            kept += 1
            tagBytes += length
            guard overValue else {
                out.append(contentsOf: page[attribute.range])
                return
            }
            var cut = attribute.value.lowerBound + maxValueBytes
            while cut > attribute.value.lowerBound, page[cut] & 0xC0 == 0x80 { cut -= 1 }
            out.append(contentsOf: page[attribute.range.lowerBound..<cut])
            appendNewlines(page[cut..<attribute.value.upperBound], to: &out)
            out.append(contentsOf: page[attribute.value.upperBound..<attribute.range.upperBound])
        }
        // What follows the last attribute: blanks, `/`, the `>`.
        out.append(contentsOf: page[last..<end])
    }

    /// Index just past a tag's name that starts at `start` (the first blank, `>` or `/`), at
    /// most `limit`.
    static func nameEnd(_ page: UnsafeBufferPointer<UInt8>, from start: Int, before limit: Int) -> Int {
        var index = start
        while index < limit, !endsName(page[index]) { index += 1 }
        return index
    }

    /// Index just past the end tag of raw-text element `name` (`</script`), or the page's end.
    static func skipRawText(_ page: UnsafeBufferPointer<UInt8>, from start: Int, name: Range<Int>) -> Int {
        var index = start
        while let open = nextByte(UInt8(ascii: "<"), in: page, from: index) {
            if open + 1 < page.count, page[open + 1] == UInt8(ascii: "/"),
                open + 2 + name.count <= page.count
            {
                var same = true
                for offset in 0..<name.count where page[open + 2 + offset] | 0x20 != page[name.lowerBound + offset] | 0x20 {
                    same = false
                    break
                }
                if same { return open }
            }
            index = open + 1
        }
        return page.count
    }

    /// Whether the name is `script` or `style`, in any case.
    static func isRawTextName(_ page: UnsafeBufferPointer<UInt8>, _ name: Range<Int>) -> Bool {
        for word in ["script", "style"] where word.utf8.count == name.count {
            if zip(word.utf8, page[name]).allSatisfy({ $0 == $1 | 0x20 }) { return true }
        }
        return false
    }

    /// Index just past `needle` at or after `start`, or the page's end.
    static func skipPast(_ needle: StaticString, in page: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let first = needle.utf8Start.pointee
        var index = start
        while let found = nextByte(first, in: page, from: index) {
            if hasPrefix(needle, in: page, at: found) { return found + needle.utf8CodeUnitCount }
            index = found + 1
        }
        return page.count
    }

    /// Whether `page` holds `prefix` at `index`.
    static func hasPrefix(_ prefix: StaticString, in page: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index + count <= page.count else { return false }
        for offset in 0..<count where page[index + offset] != prefix.utf8Start[offset] { return false }
        return true
    }

    /// The index of the next `byte` at or after `start` (memchr), or `nil`.
    @inline(__always)
    static func nextByte(_ byte: UInt8, in page: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < page.count, let base = page.baseAddress else { return nil }
        guard let found = memchr(base + start, Int32(byte), page.count - start) else { return nil }
        return UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
    }

    /// Appends only the newlines of `bytes`.
    static func appendNewlines(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, to output: inout [UInt8]) {
        for byte in bytes where byte == UInt8(ascii: "\n") { output.append(byte) }
    }

    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    @inline(__always) static func endsName(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
    }

    @inline(__always) static func endsAttributeName(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "/")
    }
}
