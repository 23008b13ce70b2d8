import Documents
import Foundation

/// Gives every value of a claim its own quote and location: the words on the page that
/// gave the value and the line they are on.
///
/// A claim's values come from more places than its primary mention: a later sentence, a
/// table cell, the paragraph after a table, the page's introduction. The locator looks for
/// each value's words in the claim's own mentions first (the sentence, then the rest of its
/// block or table row), then in the blocks after the claim's first block, then before it, and
/// quotes them as the page writes them. A sentence in a hard-wrapped block cites the line it
/// starts on (``Block/lineStarts``), its quote cut at that line's end.
public struct ValueLocator: Sendable {
    /// How many blocks after and before the claim's first block are searched.
    static let reach = 60
    /// UTF-8 bytes searched on each side of a mention's sentence, and from the start of any
    /// other block: a value sits in or near the sentence that names its study, and the bound
    /// keeps a megabyte paragraph with thousands of claims linear.
    static let window = 4096

    private let document: Document
    /// Block indices by every source line a block starts, continues or has a table row on.
    private let blocksByLine: [Int: [Int]]
    /// Each block's text as UTF-8, the unit of every offset here.
    private let blockBytes: [[UInt8]]

    /// Creates a locator for one page.
    public init(document: Document) {
        self.document = document
        var byLine: [Int: [Int]] = [:]
        for (index, block) in document.blocks.enumerated() {
            let lines = [block.span.line] + block.lineStarts.map(\.span.line) + (block.table?.rowLines ?? [])
            for line in Set(lines) { byLine[line, default: []].append(index) }
        }
        blocksByLine = byLine
        blockBytes = document.blocks.map { Array($0.text.utf8) }
    }

    /// `claim` with its values' sources set and its mentions' lines made exact.
    public func located(_ claim: Claim) -> Claim {
        switch claim {
        case .study(let study): return .study(located(study))
        case .evidence(let evidence): return .evidence(located(evidence))
        }
    }

    /// `study` with ``StudyClaim/sources`` set and each mention citing its own line.
    public func located(_ study: StudyClaim) -> StudyClaim {
        var claim = study
        claim.mentions = study.mentions.map(locatedMention)
        let order = searchOrder(for: claim.mentions)
        var sources: [ClaimField: Mention] = [:]
        for field in ClaimField.allCases {
            for words in Self.words(for: field, of: study) {
                if let found = find(words, in: order) {
                    sources[field] = found
                    break
                }
            }
        }
        claim.sources = sources
        return claim
    }

    /// `evidence` with ``EvidenceClaim/verdictSource`` set.
    public func located(_ evidence: EvidenceClaim) -> EvidenceClaim {
        var claim = evidence
        claim.mention = locatedMention(evidence.mention)
        claim.verdictSource = find(evidence.verdict.text, in: searchOrder(for: [claim.mention]))
        return claim
    }

    /// The words that stand for `field`'s value on the page, best first.
    static func words(for field: ClaimField, of claim: StudyClaim) -> [String] {
        switch field {
        case .label:
            // A synthesised label ("Lindqvist et al. 2012 pilot RCT") is the study's mention;
            // a mention joined from two blocks (a quote and its byline) is on neither line,
            // so the label's own parts come last.
            return [claim.label] + claim.mentions.map(\.quote)
                + [claim.design?.text, claim.authors.first, claim.year.map(String.init)].compactMap { $0 }
        case .authors: return claim.authors.first.map { [$0] } ?? []
        case .year: return claim.year.map { [String($0)] } ?? []
        case .design: return claim.design.map { [$0.text] } ?? []
        case .sampleSize: return claim.sampleSize.map { [$0.text] } ?? []
        case .duration: return claim.duration.map { [$0.text] } ?? []
        case .dose: return claim.dose.map { [$0.text] } ?? []
        case .verdict: return claim.verdict.map { [$0.text] } ?? []
        case .venue: return claim.venue.map { [$0] } ?? []
        case .country:
            guard let country = claim.country else { return [] }
            let demonyms = Demonyms.table.filter { $0.value == country }.keys.sorted { $0.count > $1.count }
            return [country] + demonyms
        }
    }

    // MARK: - Where to look

    /// A block to search, with the line of a mention in it and where its sentence is (UTF-8
    /// offsets in the block's text) to prefer.
    private struct Place {
        let block: Int
        let line: Int?
        let sentence: Range<Int>?
    }

    /// The mentions' blocks, then the blocks after the first of them, then those before.
    private func searchOrder(for mentions: [Mention]) -> [Place] {
        var places: [Place] = []
        var seen = Set<Int>()
        var sentences = Set<[Int]>()
        for mention in mentions {
            for index in blocks(at: mention.span) {
                seen.insert(index)
                let sentence = document.blocks[index].table == nil
                    ? Self.literalRange(of: Array(Self.needle(mention.quote).utf8), in: blockBytes[index]) : nil
                // Two mentions in one block are two sentences to look in; one sentence once.
                guard sentences.insert([index, sentence?.lowerBound ?? -1]).inserted else { continue }
                places.append(Place(block: index, line: mention.span.line, sentence: sentence))
            }
        }
        let anchor = seen.min() ?? 0
        let after = (anchor + 1)..<min(document.blocks.count, anchor + 1 + Self.reach)
        let before = stride(from: anchor - 1, through: max(0, anchor - Self.reach), by: -1)
        for index in Array(after) + Array(before) where !seen.contains(index) {
            seen.insert(index)
            places.append(Place(block: index, line: nil, sentence: nil))
        }
        return places
    }

    /// The indices of the blocks that `span` points into, in page order.
    private func blocks(at span: SourceSpan) -> [Int] {
        blocksByLine[span.line] ?? []
    }

    // MARK: - Finding words

    /// The first place holding `words`, quoted as the page writes them.
    private func find(_ words: String, in places: [Place]) -> Mention? {
        let needle = Self.needle(words)
        guard !needle.isEmpty else { return nil }
        for place in places {
            if let found = find(needle, in: place) { return found }
        }
        return nil
    }

    private func find(_ needle: String, in place: Place) -> Mention? {
        let block = document.blocks[place.block]
        if let table = block.table { return find(needle, in: table, block: block, line: place.line) }
        let bytes = blockBytes[place.block]
        var windows: [Range<Int>] = []
        if let sentence = place.sentence {
            windows = [sentence, max(0, sentence.lowerBound - Self.window)..<min(bytes.count, sentence.upperBound + Self.window)]
        } else {
            windows = [0..<min(bytes.count, (place.line == nil ? 2 : 4) * Self.window)]
        }
        for window in windows {
            if let range = Self.occurrence(of: needle, in: bytes, within: window) {
                return mention(bytes, range, block: block)
            }
        }
        return nil
    }

    /// A table's cells (the mention's row first, then the header, then other rows); a whole
    /// row joined with " | " when the words are a row.
    private func find(_ needle: String, in table: Table, block: Block, line: Int?) -> Mention? {
        var rows: [(cells: [String], line: Int)] = table.rows.indices.map { index in
            (table.rows[index], index < table.rowLines.count ? table.rowLines[index] : block.span.line)
        }
        if !table.header.isEmpty { rows.insert((table.header, block.span.line), at: 0) }
        if let line, let preferred = rows.firstIndex(where: { $0.line == line }) {
            rows.insert(rows.remove(at: preferred), at: 0)
        }
        for row in rows {
            for cell in row.cells {
                if let range = Self.occurrence(of: needle, in: cell, within: cell.startIndex..<cell.endIndex) {
                    return Mention(quote: String(cell[range]), span: SourceSpan(line: row.line))
                }
            }
            let joined = row.cells.joined(separator: " | ")
            if let range = Self.occurrence(of: needle, in: joined, within: joined.startIndex..<joined.endIndex) {
                return Mention(quote: String(joined[range]), span: SourceSpan(line: row.line))
            }
        }
        return nil
    }

    /// The words at `range` (UTF-8 offsets) of a block's text, cut where the source line
    /// they start on ends, with that line's span.
    private func mention(_ bytes: [UInt8], _ range: Range<Int>, block: Block) -> Mention {
        var end = range.upperBound
        if let next = block.lineStarts.first(where: { $0.offset > range.lowerBound }), next.offset < end {
            end = next.offset
        }
        let quote = String(decoding: bytes[range.lowerBound..<end], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        return Mention(quote: quote, span: block.lineSpan(atTextOffset: range.lowerBound))
    }

    /// A mention whose sentence starts on a later line of its block cites that line.
    private func locatedMention(_ mention: Mention) -> Mention {
        guard let index = blocks(at: mention.span).first(where: {
                  document.blocks[$0].span == mention.span && !document.blocks[$0].lineStarts.isEmpty
              }),
              let range = Self.literalRange(of: Array(Self.needle(mention.quote).utf8), in: blockBytes[index])
        else { return mention }
        return Mention(quote: mention.quote, span: document.blocks[index].lineSpan(atTextOffset: range.lowerBound))
    }

    /// Where `needle` is, byte for byte, in `bytes`; `nil` when absent or empty.
    static func literalRange(of needle: [UInt8], in bytes: [UInt8]) -> Range<Int>? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        // The C library's `memchr` and `memcmp` scan a word at a time; a byte loop here was a
        // seventh of the extractor's time on a long page with many claims.
        return bytes.withUnsafeBytes { haystack in
            needle.withUnsafeBytes { wanted in
                guard let base = haystack.baseAddress, let wantedBase = wanted.baseAddress else { return nil }
                let last = haystack.count - wanted.count
                var position = 0
                while position <= last {
                    guard let hit = memchr(base + position, Int32(first), last - position + 1) else { return nil }
                    position = base.distance(to: UnsafeRawPointer(hit))
                    if memcmp(base + position, wantedBase, wanted.count) == 0 {
                        return position..<(position + wanted.count)
                    }
                    position += 1
                }
                return nil
            }
        }
    }

    /// ``occurrence(of:in:within:)`` in the bytes `window` of a block's text (moved out to
    /// character starts), as UTF-8 offsets in the whole text.
    static func occurrence(of needle: String, in bytes: [UInt8], within window: Range<Int>) -> Range<Int>? {
        var lower = max(0, window.lowerBound)
        var upper = min(bytes.count, window.upperBound)
        while lower > 0, bytes[lower] & 0xC0 == 0x80 { lower -= 1 }
        while upper < bytes.count, bytes[upper] & 0xC0 == 0x80 { upper += 1 }
        guard lower < upper else { return nil }
        let text = String(decoding: bytes[lower..<upper], as: UTF8.self)
        guard let range = occurrence(of: needle, in: text, within: text.startIndex..<text.endIndex) else { return nil }
        let start = lower + text.utf8.distance(from: text.startIndex, to: range.lowerBound)
        return start..<(lower + text.utf8.distance(from: text.startIndex, to: range.upperBound))
    }

    /// Words as searched: whitespace collapsed, a table row's outer pipes dropped.
    static func needle(_ words: String) -> String {
        words.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            .trimmingCharacters(in: CharacterSet(charactersIn: "| "))
    }

    /// The first occurrence of `needle` in `text` within `scope`, ignoring case and accents,
    /// that does not start or end inside a word ("Lee" is not in "sleep").
    static func occurrence(of needle: String, in text: String, within scope: Range<String.Index>)
        -> Range<String.Index>?
    {
        var lower = scope.lowerBound
        while lower < scope.upperBound,
            let range = text.range(of: needle, options: [.caseInsensitive, .diacriticInsensitive],
                                   range: lower..<scope.upperBound)
        {
            let startsWord = range.lowerBound == text.startIndex
                || !Self.continues(needle.first, text[text.index(before: range.lowerBound)])
            let endsWord = range.upperBound == text.endIndex || !Self.continues(needle.last, text[range.upperBound])
            if startsWord && endsWord { return range }
            lower = text.index(after: range.lowerBound)
        }
        return nil
    }

    /// Whether `neighbour` would run on from the needle's edge character `edge`: a letter
    /// beside a letter, a digit beside a digit (a footnote digit after "mg/day" does not).
    private static func continues(_ edge: Character?, _ neighbour: Character) -> Bool {
        guard let edge else { return false }
        return (edge.isLetter && neighbour.isLetter) || (edge.isNumber && neighbour.isNumber)
    }
}
