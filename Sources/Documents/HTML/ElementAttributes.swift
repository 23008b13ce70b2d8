internal import CLibXML2

/// The attributes of one element that the walk looks at, read straight from libxml2.
struct ElementAttributes {
    var hints: ClassHintMatcher.Flags = []
    var classWeight: Int16 = 0
    var classHash = 0
    var isHidden = false
    var isChromeRole = false
    var isPresentation = false
    /// A tab or accordion panel (`role="tabpanel"` or a ``BoilerplateHints/panels`` word):
    /// its text is content even while the page hides it.
    var isPanel = false

    /// No attributes.
    init() {}

    /// Reads `class`, `id`, `role`, `style`, `hidden` and `aria-hidden` of `node`.
    ///
    /// A hidden tab or accordion panel is not ``isHidden``: an inactive tab still holds
    /// what the page says.
    /// - Parameters:
    ///   - matchHints: whether to look for hint words in `class` and `id`.
    ///   - cache: hint flags of values already seen in this page (pages repeat classes).
    init(of node: UnsafeMutablePointer<xmlNode>, matchHints: Bool, cache: inout HintCache) {
        var attribute = node.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            guard let name = current.pointee.name else { continue }
            let value = current.pointee.children?.pointee.content
            switch Self.attributeName(name) {
            case .class:
                guard matchHints, let value else { continue }
                let buffer = Self.buffer(value)
                classHash = Self.hash(buffer)
                let flags = Self.flags(buffer, hash: classHash, cache: &cache)
                hints.formUnion(flags)
                classWeight += Self.weight(flags)
            case .id:
                guard matchHints, let value else { continue }
                let buffer = Self.buffer(value)
                let flags = Self.flags(buffer, hash: Self.hash(buffer), cache: &cache)
                hints.formUnion(flags)
                classWeight += Self.weight(flags)
            case .role:
                guard let value else { continue }
                let role = String(decoding: Self.buffer(value), as: UTF8.self).lowercased()
                if BoilerplateHints.chromeRoles.contains(role) { isChromeRole = true }
                if role == "presentation" || role == "none" { isPresentation = true }
                if role == "tabpanel" { isPanel = true }
            case .style:
                guard let value else { continue }
                if Self.styleHides(Self.buffer(value)) { isHidden = true }
            case .hidden:
                isHidden = true
            case .ariaHidden:
                guard let value else { continue }
                if Self.equalsIgnoringCase(Self.buffer(value), "true") { isHidden = true }
            case .other:
                continue
            }
        }
        if hints.contains(.panel) { isPanel = true }
        if isPanel { isHidden = false }
    }

    private enum Name { case `class`, id, role, style, hidden, ariaHidden, other }

    private static func attributeName(_ name: UnsafePointer<UInt8>) -> Name {
        let buffer = buffer(name)
        switch buffer.count {
        case 2: return equalsIgnoringCase(buffer, "id") ? .id : .other
        case 4: return equalsIgnoringCase(buffer, "role") ? .role : .other
        case 5:
            if equalsIgnoringCase(buffer, "class") { return .class }
            return equalsIgnoringCase(buffer, "style") ? .style : .other
        case 6: return equalsIgnoringCase(buffer, "hidden") ? .hidden : .other
        case 11: return equalsIgnoringCase(buffer, "aria-hidden") ? .ariaHidden : .other
        default: return .other
        }
    }

    private static func flags(
        _ value: UnsafeBufferPointer<UInt8>, hash: Int, cache: inout HintCache
    ) -> ClassHintMatcher.Flags {
        if let known = cache.flags(for: hash) { return known }
        let flags = ClassHintMatcher.standard.flags(in: value)
        cache.store(flags, for: hash)
        return flags
    }

    private static func weight(_ flags: ClassHintMatcher.Flags) -> Int16 {
        (flags.contains(.negative) ? -25 : 0) + (flags.contains(.positive) ? 25 : 0)
    }

    static func buffer(_ text: UnsafePointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var count = 0
        while text[count] != 0 { count += 1 }
        return UnsafeBufferPointer(start: text, count: count)
    }

    static func equalsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        guard bytes.count == word.utf8CodeUnitCount else { return false }
        let expected = word.utf8Start
        for index in 0..<bytes.count {
            var byte = bytes[index]
            if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
            if byte != expected[index] { return false }
        }
        return true
    }

    /// `display:none` or `visibility:hidden` in an inline style (spaces and case ignored).
    private static func styleHides(_ style: UnsafeBufferPointer<UInt8>) -> Bool {
        contains(style, "display:none") || contains(style, "visibility:hidden")
    }

    /// Whether `pattern` (lower case, no spaces) occurs in `text`, ignoring case and any
    /// whitespace inside the occurrence.
    private static func contains(_ text: UnsafeBufferPointer<UInt8>, _ pattern: StaticString) -> Bool {
        let needle = UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount)
        guard let first = needle.first else { return true }
        var start = 0
        while start < text.count {
            if text[start] | 0x20 == first {
                var index = start
                var matched = 0
                while index < text.count && matched < needle.count {
                    let byte = text[index]
                    if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                        index += 1
                        continue
                    }
                    let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    if lowered != needle[matched] { break }
                    matched += 1
                    index += 1
                }
                if matched == needle.count { return true }
            }
            start += 1
        }
        return false
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0100_0000_01B3 }
        return Int(truncatingIfNeeded: hash | 1)
    }
}

/// Hint flags of `class`/`id` values seen in one page, by value hash: a small
/// direct-mapped table (a clash only costs a recomputation).
struct HintCache {
    private var hashes = [Int](repeating: 0, count: 512)
    private var values = [ClassHintMatcher.Flags](repeating: [], count: 512)

    func flags(for hash: Int) -> ClassHintMatcher.Flags? {
        let slot = hash & 511
        return hashes[slot] == hash ? values[slot] : nil
    }

    mutating func store(_ flags: ClassHintMatcher.Flags, for hash: Int) {
        let slot = hash & 511
        hashes[slot] = hash
        values[slot] = flags
    }
}
