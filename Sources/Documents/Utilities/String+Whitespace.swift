extension String {
    /// The text with every run of whitespace (including no-break spaces and line breaks)
    /// collapsed to one ASCII space, and no leading or trailing whitespace.
    ///
    /// Both parsers use this so a text page and its HTML rendition compare equal.
    func collapsingWhitespace() -> String {
        if isCollapsed { return self }
        var result = ""
        result.reserveCapacity(utf8.count)
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}" {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.unicodeScalars.append(" ")
                pendingSpace = false
            }
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// Whether the text is already collapsed: a fast byte scan that answers `false` whenever
    /// it sees anything that might be whitespace other than single inner ASCII spaces.
    private var isCollapsed: Bool {
        var previousWasSpace = true  // a leading space is not collapsed
        let bytes = utf8
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            switch byte {
            case 0x20:
                if previousWasSpace { return false }
                previousWasSpace = true
            case 0x09...0x0D:
                return false
            case 0xC2, 0xE1, 0xE3, 0xEF:
                // Lead bytes of U+0085, U+00A0, U+1680, U+180E, U+3000, U+FEFF: check slowly.
                return false
            case 0xE2:
                // U+2000–U+200B, U+2028, U+2029, U+202F, U+205F start E2 80 / E2 81.
                let second = bytes.index(after: index)
                if second != bytes.endIndex, bytes[second] == 0x80 || bytes[second] == 0x81 {
                    let third = bytes.index(after: second)
                    guard third != bytes.endIndex else { return false }
                    let last = bytes[third]
                    if bytes[second] == 0x80, (0x80...0x8B).contains(last) || last == 0xA8 || last == 0xA9
                        || last == 0xAF
                    {
                        return false
                    }
                    if bytes[second] == 0x81, last == 0x9F { return false }
                }
                previousWasSpace = false
            default:
                previousWasSpace = false
            }
            index = bytes.index(after: index)
        }
        return !previousWasSpace || isEmpty
    }
}
