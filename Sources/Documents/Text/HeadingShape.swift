/// Decides whether a plain line of a text page reads as a heading.
///
/// A heading is short, starts with a capital letter or digit, does not end like a
/// sentence or a lead-in (`.`, `,`, `;`, `:`), and is not a byline or metadata line
/// (`Updated May 2026 · Reviewed by …`). Questions count as headings: FAQ pages mark
/// them up as `<h3>` in HTML. Whether content follows is the assembler's check.
enum HeadingShape {
    /// Longest heading by shape, in characters.
    static let maxLength = 100
    /// Characters a heading may not end with (after closing quotes are removed).
    static let sentenceEnds: Set<Character> = [".", ",", ";", ":", "…"]
    /// Closing quotes ignored when looking at the last character.
    static let closingQuotes: Set<Character> = ["\"", "'", "”", "’", "»"]
    /// Opening quotes a heading may start with.
    static let openingQuotes: Set<Character> = ["\"", "'", "“", "‘", "«", "¿", "¡"]
    /// Separators that mark a byline or a metadata line rather than a heading.
    static let metadataSeparators = [" · ", " | ", " • "]

    /// Whether `text` (whitespace-normalised) has the shape of a heading.
    static func matches(_ text: String) -> Bool {
        guard text.count >= 2, text.count <= maxLength else { return false }
        var body = Substring(text)
        while let first = body.first, openingQuotes.contains(first) { body = body.dropFirst() }
        guard let first = body.first, first.isLetter || first.isNumber else { return false }
        if first.isLetter, first.isLowercase { return false }
        var tail = Substring(text)
        while let last = tail.last, closingQuotes.contains(last) { tail = tail.dropLast() }
        guard let last = tail.last, !sentenceEnds.contains(last) else { return false }
        if metadataSeparators.contains(where: { text.contains($0) }) { return false }
        return text.contains { $0.isLetter }
    }

    /// Whether a heading is a question (FAQ entries become level 3 under a heading).
    static func isQuestion(_ text: String) -> Bool {
        var tail = Substring(text)
        while let last = tail.last, closingQuotes.contains(last) { tail = tail.dropLast() }
        return tail.last == "?"
    }
}
