import Extraction

/// Deterministic hostile pages for `reconcile bench fuzz`: real pages (or windows of them) and
/// random text pages, mutated by byte flips, truncation, splices of two pages, tag duplication,
/// huge attributes, deep nesting, byte order marks and NUL bytes.
///
/// Input `i` of seed `s` depends on `s` and `i` only, never on the inputs before it, so one
/// input is reproduced with `--seed s --first i --inputs 1`.
public struct FuzzInputs: Sendable {
    /// One generated page.
    public struct Input: Sendable {
        /// The page's bytes.
        public let bytes: [UInt8]
        /// The path handed to the parser (its extension is a format hint).
        public let path: String
        /// What was done to make it: the base and the mutations, in order ("wild[12] window, flip, nul").
        public let recipe: String
    }

    /// The kinds of change made to a base page.
    public enum Mutation: String, CaseIterable, Sendable {
        /// Random bytes replaced by random values.
        case flip
        /// The page cut at a random byte.
        case truncate
        /// The start of this page followed by the end of another.
        case splice
        /// One tag repeated many times in place.
        case duplicateTag
        /// A start tag with an attribute value of up to 2 MB.
        case hugeAttribute
        /// Thousands of unclosed (or closed) nested elements.
        case deepNesting
        /// A byte order mark (UTF-8, UTF-16, UTF-32) at the start or inside.
        case bom
        /// NUL bytes inserted or written over.
        case nul
    }

    private let pages: [[UInt8]]
    private let names: [String]
    private let seed: UInt64
    private let largest: Int

    /// Inputs drawn from `pages` (may be empty: then random text pages only).
    ///
    /// - Parameters:
    ///   - pages: Base pages, e.g. the html-wild corpus, with a name for each.
    ///   - seed: The run's seed.
    ///   - largest: The most bytes one mutation adds (huge attributes, nesting, duplicated tags);
    ///     a small value keeps a debug-build test quick.
    public init(pages: [(name: String, bytes: [UInt8])], seed: UInt64, largest: Int = 1 << 21) {
        self.largest = max(64, largest)
        self.pages = pages.map(\.bytes)
        self.names = pages.map(\.name)
        self.seed = seed
    }

    /// Input number `index` of this seed.
    public func input(_ index: Int) -> Input {
        var random = SplitMix(seed: seed ^ (UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03))
        _ = random.next()
        var recipe: [String] = []
        var (bytes, path) = base(&random, recipe: &recipe)
        let count = 1 + Int(random.next() % 3)
        for _ in 0..<count {
            let mutation = Mutation.allCases[Int(random.next() % UInt64(Mutation.allCases.count))]
            recipe.append(mutation.rawValue)
            bytes = mutate(bytes, with: mutation, &random)
        }
        return Input(bytes: bytes, path: path, recipe: recipe.joined(separator: ", "))
    }

    // MARK: Bases

    /// A real page, a window of one (most of the time: keeps a 100 000-input run short), or a
    /// random text page.
    private func base(_ random: inout SplitMix, recipe: inout [String]) -> ([UInt8], String) {
        let paths = ["page.html", "page.txt", "page", "page.md", "page.htm"]
        if pages.isEmpty || random.next() % 4 == 0 {
            recipe.append("text")
            let path = random.next() % 3 == 0 ? paths[Int(random.next() % UInt64(paths.count))] : "page.txt"
            return (randomText(&random), path)
        }
        let which = Int(random.next() % UInt64(pages.count))
        let page = pages[which]
        let path = random.next() % 8 == 0 ? paths[Int(random.next() % UInt64(paths.count))] : "source.html"
        if random.next() % 5 == 0 || page.count <= 16_384 {
            recipe.append("wild[\(names[which])]")
            return (page, path)
        }
        let length = min(page.count - 1, 1_024 + Int(random.next() % 31_744))
        let start = Int(random.next() % UInt64(page.count - length))
        recipe.append("wild[\(names[which])] window \(start)+\(length)")
        return (Array(page[start..<(start + length)]), path)
    }

    private static let words = [
        "randomized", "controlled", "trial", "of", "the", "participants", "placebo", "found", "no", "effect",
        "significant", "reduction", "in", "pain", "meta-analysis", "systematic", "review", "cohort", "study",
        "Smith", "et", "al.", "(2019)", "n", "=", "120", "mg", "daily", "for", "8", "weeks", "acupressure",
        "improved", "sleep", "evidence", "is", "weak", "moderate", "strong", "%", "95% CI", "p < 0.05",
        "doi:10.1000/xyz", "https://example.org/a?b=c", "é", "日本語", "🙂", "\u{202E}", "\u{1B}[31m", "&amp;",
        "<b>", "</i>", "|", "---", "#", "*", "1.", "\t", "\r\n",
    ]

    /// Lines of study-like words, Markdown-ish headings, lists and table rows, and noise.
    private func randomText(_ random: inout SplitMix) -> [UInt8] {
        var text = ""
        let lines = Int(random.next() % 200)
        for _ in 0..<lines {
            switch random.next() % 6 {
            case 0: text += "# "
            case 1: text += "- "
            case 2: text += "| "
            default: break
            }
            let count = Int(random.next() % 40)
            for _ in 0..<count {
                text += Self.words[Int(random.next() % UInt64(Self.words.count))]
                text += random.next() % 7 == 0 ? ". " : " "
            }
            text += random.next() % 5 == 0 ? "\n\n" : "\n"
        }
        var bytes = Array(text.utf8)
        if random.next() % 4 == 0 {
            for _ in 0..<Int(random.next() % 64) { bytes.append(UInt8(truncatingIfNeeded: random.next())) }
        }
        return bytes
    }

    // MARK: Mutations

    private func mutate(_ bytes: [UInt8], with mutation: Mutation, _ random: inout SplitMix) -> [UInt8] {
        var bytes = bytes
        func position() -> Int { bytes.isEmpty ? 0 : Int(random.next() % UInt64(bytes.count + 1)) }
        switch mutation {
        case .flip:
            guard !bytes.isEmpty else { return [UInt8(truncatingIfNeeded: random.next())] }
            for _ in 0..<(1 + Int(random.next() % 64)) {
                let at = Int(random.next() % UInt64(bytes.count))
                bytes[at] = random.next() % 2 == 0 ? bytes[at] ^ (1 << UInt8(random.next() % 8))
                    : UInt8(truncatingIfNeeded: random.next())
            }
        case .truncate:
            bytes.removeSubrange(position()...)
        case .splice:
            let other: [UInt8] = pages.isEmpty ? randomText(&random) : pages[Int(random.next() % UInt64(pages.count))]
            let cut = position()
            let from = other.isEmpty ? 0 : Int(random.next() % UInt64(other.count))
            let tail = other[from..<min(other.count, from + 32_768)]
            bytes = Array(bytes[..<cut]) + tail
        case .duplicateTag:
            let tag = tagRange(in: bytes, near: position()) ?? []
            let piece = tag.isEmpty ? Array("<p>".utf8) : tag
            let copies = 2 + Int(random.next() % min(20_000, UInt64(max(2, min(400_000, largest) / max(1, piece.count)))))
            let at = position()
            var repeated: [UInt8] = []
            repeated.reserveCapacity(piece.count * copies)
            for _ in 0..<copies { repeated += piece }
            bytes.insert(contentsOf: repeated, at: at)
        case .hugeAttribute:
            let size = random.next() % 4 == 0 ? largest : Int(random.next() % UInt64(min(200_000, largest)))
            let fill = [UInt8(ascii: "a"), UInt8(ascii: "\""), UInt8(ascii: "&"), 0x20][Int(random.next() % 4)]
            let value = fill == 0x22 ? [UInt8](repeating: 0x61, count: size) : [UInt8](repeating: fill, count: size)
            let tag = Array("<div data-x=\"".utf8) + value + Array("\">huge</div>".utf8)
            bytes.insert(contentsOf: tag, at: position())
        case .deepNesting:
            let names = ["div", "table", "ul", "li", "b", "span", "blockquote", "td", "p", "a"]
            let name = names[Int(random.next() % UInt64(names.count))]
            let depth = 1 + Int(random.next() % UInt64(min(50_000, largest / 8)))
            var nested: [UInt8] = []
            let open = Array("<\(name)>".utf8), close = Array("</\(name)>".utf8)
            for _ in 0..<depth { nested += open }
            nested += Array("deep text of a randomized trial".utf8)
            if random.next() % 2 == 0 { for _ in 0..<depth { nested += close } }
            bytes.insert(contentsOf: nested, at: position())
        case .bom:
            let boms: [[UInt8]] = [[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xFF, 0xFE, 0, 0], [0, 0, 0xFE, 0xFF]]
            let bom = boms[Int(random.next() % UInt64(boms.count))]
            bytes.insert(contentsOf: bom, at: random.next() % 3 == 0 ? position() : 0)
        case .nul:
            for _ in 0..<(1 + Int(random.next() % 16)) {
                let run = [UInt8](repeating: 0, count: 1 + Int(random.next() % 8))
                if random.next() % 2 == 0 || bytes.isEmpty {
                    bytes.insert(contentsOf: run, at: position())
                } else {
                    let at = Int(random.next() % UInt64(bytes.count))
                    bytes.replaceSubrange(at..<min(bytes.count, at + run.count), with: run)
                }
            }
        }
        return bytes
    }

    /// The bytes of the first `<…>` at or after `start` (within 4 KB), if any.
    private func tagRange(in bytes: [UInt8], near start: Int) -> [UInt8]? {
        guard let open = bytes[start...].prefix(4_096).firstIndex(of: UInt8(ascii: "<")) else { return nil }
        guard let close = bytes[open...].prefix(2_048).firstIndex(of: UInt8(ascii: ">")) else { return nil }
        return Array(bytes[open...close])
    }
}
