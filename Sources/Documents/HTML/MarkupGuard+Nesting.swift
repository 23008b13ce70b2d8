extension MarkupGuard {
    /// Deepest nesting of elements kept, as in Chromium's HTML parser (which attaches
    /// elements past a depth of 512 to the element at that depth).
    ///
    /// libxml2 2.9.14 looks up each end tag in its whole stack of open elements, so tens of
    /// thousands of unclosed `<span>`s followed by as many stray end tags take minutes.
    /// Start tags past this depth are dropped with their end tags; their text stays.
    static let maxDepth = 512

    /// Elements that never stay open on the stack: void elements, elements whose end tag a
    /// sibling implies (HTML's optional end tags: `p`, `li`, `td`…; libxml2 also closes an
    /// `a` at the next `a`), and raw text elements (skipped whole by the pre-pass).
    /// Source: the WHATWG HTML standard, §13.1.2 "Elements" (void elements) and §13.1.2.4
    /// "Optional tags".
    static let unstacked: Set<UInt64> = Set([
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input",
        "keygen", "link", "meta", "param", "source", "track", "wbr",
        "html", "head", "body", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th",
        "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rtc", "rp", "a",
        "script", "style",
    ].map { nameKey($0.utf8) })

    /// A tag name's key: its bytes folded to lower case, hashed (FNV-1a).
    static func nameKey<Name: Sequence<UInt8>>(_ name: Name) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name {
            hash = (hash ^ UInt64(isLetter(byte) ? byte | 0x20 : byte)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The elements open at a point of the page, as libxml2 would keep them (roughly: an end
    /// tag closes the nearest open element of its name and everything opened inside it), at
    /// most ``maxDepth`` deep.
    struct OpenElements {
        private var stack: [UInt64] = []
        /// Start tags dropped past the depth limit, by name: their end tags are dropped too.
        private var dropped: [UInt64: Int] = [:]

        /// Whether the start tag of element `name` is kept.
        mutating func start(_ name: UInt64) -> Bool {
            if MarkupGuard.unstacked.contains(name) { return true }
            if stack.count >= MarkupGuard.maxDepth {
                dropped[name, default: 0] += 1
                return false
            }
            stack.append(name)
            return true
        }

        /// Whether the end tag of element `name` is kept (not when its start tag was dropped).
        mutating func end(_ name: UInt64) -> Bool {
            if let count = dropped[name], count > 0 {
                dropped[name] = count - 1
                return false
            }
            if let index = stack.lastIndex(of: name) { stack.removeSubrange(index...) }
            return true
        }
    }
}
