extension String {
    /// The text with every run of whitespace (including no-break spaces and line breaks)
    /// collapsed to one ASCII space, and no leading or trailing whitespace.
    ///
    /// Both parsers use this so a text page and its HTML rendition compare equal.
    func collapsingWhitespace() -> String {
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
}
