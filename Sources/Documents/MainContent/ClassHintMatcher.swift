/// Finds ``BoilerplateHints`` words in a `class` or `id` value in one pass.
///
/// Words are bucketed by first byte, so a value costs about its length times the few
/// words that start with each of its letters.
struct ClassHintMatcher: Sendable {
    /// Which hint lists matched, as bits.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8
        static let chrome = Flags(rawValue: 1)
        static let unlikely = Flags(rawValue: 2)
        static let maybeArticle = Flags(rawValue: 4)
        static let positive = Flags(rawValue: 8)
        static let negative = Flags(rawValue: 16)
        static let box = Flags(rawValue: 32)
        static let panel = Flags(rawValue: 64)
        static let outerBox = Flags(rawValue: 128)
    }

    private struct Entry: Sendable {
        let word: [UInt8]
        let flags: Flags
    }

    private let buckets: [[Entry]]
    private let tokens: [Entry]

    /// The matcher for ``BoilerplateHints``.
    static let standard = ClassHintMatcher()

    private init() {
        var byWord: [[UInt8]: Flags] = [:]
        func add(_ words: [String], _ flag: Flags) {
            for word in words { byWord[Array(word.lowercased().utf8), default: []].insert(flag) }
        }
        add(BoilerplateHints.chrome, .chrome)
        add(BoilerplateHints.unlikely, .unlikely)
        add(BoilerplateHints.maybeArticle, .maybeArticle)
        add(BoilerplateHints.positive, .positive)
        add(BoilerplateHints.negative, .negative)
        add(BoilerplateHints.boxes, .box)
        add(BoilerplateHints.panels, .panel)
        add(BoilerplateHints.outerBoxes, .outerBox)
        var buckets = [[Entry]](repeating: [], count: 256)
        for (word, flags) in byWord where !word.isEmpty {
            buckets[Int(word[0])].append(Entry(word: word, flags: flags))
        }
        self.buckets = buckets
        var tokens: [[UInt8]: Flags] = [:]
        for (word, meaning) in BoilerplateHints.wholeTokens {
            tokens[Array(word.utf8), default: []].insert(meaning == .positive ? .positive : .negative)
        }
        for word in BoilerplateHints.boxTokens { tokens[Array(word.utf8), default: []].insert(.box) }
        for word in BoilerplateHints.outerBoxTokens {
            tokens[Array(word.utf8), default: []].insert(.outerBox)
        }
        self.tokens = tokens.map { Entry(word: $0.key, flags: $0.value) }
    }

    /// The hint lists that match `value` (any case).
    func flags(in value: UnsafeBufferPointer<UInt8>) -> Flags {
        var found: Flags = []
        let count = value.count
        var index = 0
        var tokenStart = 0
        while index <= count {
            let byte = index < count ? lower(value[index]) : 0
            if index < count {
                for entry in buckets[Int(byte)] where entry.word.count <= count - index {
                    if !found.contains(entry.flags), matches(entry.word, value, at: index) {
                        found.formUnion(entry.flags)
                    }
                }
            }
            let isWordByte = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
            if !isWordByte {
                if index > tokenStart { found.formUnion(tokenFlags(value, tokenStart, index)) }
                tokenStart = index + 1
            }
            index += 1
        }
        return found
    }

    private func tokenFlags(_ value: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Flags {
        var found: Flags = []
        for entry in tokens where entry.word.count == end - start {
            // `matches` skips the first byte (buckets check it); a token must check it too.
            if lower(value[start]) == entry.word.first, matches(entry.word, value, at: start) {
                found.formUnion(entry.flags)
            }
        }
        return found
    }

    private func matches(_ word: [UInt8], _ value: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        for offset in 1..<max(word.count, 1) where lower(value[start + offset]) != word[offset] {
            return false
        }
        return true
    }

    private func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
