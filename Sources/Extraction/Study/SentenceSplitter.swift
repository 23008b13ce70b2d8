/// Splits block text into sentences, keeping footnote markers ("…30 days.1 Next") apart.
enum SentenceSplitter {
    /// One sentence and the footnote numbers that closed it.
    struct Sentence: Hashable {
        /// The sentence text, trimmed.
        let text: String
        /// Footnote numbers written right after its final period (superscripts).
        let footnotes: [Int]
    }

    /// Words whose trailing period does not end a sentence.
    private static let abbreviations: Set<String> = [
        "al", "vs", "e.g", "i.e", "eg", "ie", "dr", "mr", "mrs", "ms", "prof", "approx", "fig",
        "st", "u.s", "etc", "cf", "vol", "ca", "jr", "sr", "inc", "ltd", "co", "mt", "min", "max",
    ]

    /// Abbreviations only before a number ("no. 5"); elsewhere their period ends a sentence
    /// ("No. Strong evidence says…").
    private static let numberAbbreviations: Set<String> = ["no"]

    /// The longest sentence (``TextLimits/maximumSentenceLength``).
    static let maximumSentenceLength = TextLimits.maximumSentenceLength

    /// The sentences of `text`, in order; runs longer than ``maximumSentenceLength`` without a
    /// sentence end are cut at a space, and pieces that long without any space are left out.
    static func sentences(of text: String) -> [Sentence] {
        splitSentences(of: text).flatMap { sentence -> [Sentence] in
            // Counted once and kept up to date: `rest.count` in the loop walked the whole rest
            // for every piece, quadratic in a megabyte-long run (minutes per page).
            var remaining = sentence.text.count
            guard remaining > maximumSentenceLength else { return [sentence] }
            var pieces: [Sentence] = []
            var rest = Substring(sentence.text)
            while remaining > maximumSentenceLength {
                let limit = rest.index(rest.startIndex, offsetBy: maximumSentenceLength)
                let space = rest[..<limit].lastIndex(of: " ")
                let cut = space ?? limit
                // A run this long without a space is no sentence (an inlined image, a hex dump):
                // it is skipped, not read word by word.
                if space != nil {
                    pieces.append(Sentence(text: String(rest[..<cut]), footnotes: pieces.isEmpty ? sentence.footnotes : []))
                }
                let next = rest[cut...].drop { $0 == " " }
                remaining -= rest.distance(from: rest.startIndex, to: next.startIndex)
                rest = next
            }
            if !rest.isEmpty { pieces.append(Sentence(text: String(rest), footnotes: [])) }
            return pieces
        }
    }

    private static func splitSentences(of text: String) -> [Sentence] {
        let characters = Array(text)
        var sentences: [Sentence] = []
        var current = ""
        var index = 0
        func flush(_ footnotes: [Int]) {
            let trimmed = current.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { sentences.append(Sentence(text: trimmed, footnotes: footnotes)) }
            current = ""
        }
        while index < characters.count {
            let character = characters[index]
            current.append(character)
            index += 1
            guard character == "." || character == "!" || character == "?" else { continue }
            // Closing quotes and brackets stay with the sentence.
            while index < characters.count, "\"'”’)]".contains(characters[index]) {
                current.append(characters[index])
                index += 1
            }
            // Footnote digits glued to the period: "days.1 Self-reported" or "days.1,2 Next".
            var footnotes: [Int] = []
            var look = index
            var digits = ""
            while look < characters.count, characters[look].isASCIIDigit || (characters[look] == "," && !digits.isEmpty) {
                digits.append(characters[look])
                look += 1
            }
            // Flattened markup may glue the next sentence on: "years.5,6Some trials…".
            let glued = look + 1 < characters.count && characters[look].isUppercase && characters[look + 1].isLowercase
            let footnoteEnds = look == characters.count || characters[look].isWhitespace || glued
            if !digits.isEmpty, footnoteEnds, character == ".", digits.count <= 5, !endsWithNumber(current) {
                let numbers = digits.split(separator: ",").compactMap { Int($0) }.filter { $0 < 200 }
                if !numbers.isEmpty, startsSentence(characters, from: look) {
                    footnotes = numbers
                    index = look
                    if glued {
                        flush(footnotes)
                        continue
                    }
                }
            }
            guard index == characters.count || characters[index].isWhitespace else { continue }
            if character == "." && isAbbreviation(current, before: characters, at: index) { continue }
            if !footnotes.isEmpty || startsSentence(characters, from: index) {
                flush(footnotes)
            }
        }
        flush([])
        return sentences
    }

    private static func startsSentence(_ characters: [Character], from start: Int) -> Bool {
        var index = start
        while index < characters.count, characters[index].isWhitespace { index += 1 }
        guard index < characters.count else { return true }
        let next = characters[index]
        return next.isUppercase || next.isNumber || "\"'“‘([".contains(next)
    }

    private static func isAbbreviation(_ sentence: String, before characters: [Character], at next: Int) -> Bool {
        // Only the last word matters; look at the tail so long runs stay linear (by index:
        // `dropLast().suffix(24)` counted the whole sentence, quadratic in a long run).
        let body = tail(of: sentence, length: 24)
        let lastWord = body.split(whereSeparator: { $0.isWhitespace || $0 == "(" }).last.map(String.init) ?? ""
        let folded = lastWord.lowercased()
        if numberAbbreviations.contains(folded) {
            var index = next
            while index < characters.count, characters[index].isWhitespace { index += 1 }
            return index < characters.count && characters[index].isNumber
        }
        if abbreviations.contains(folded) { return true }
        // A single capital letter is an initial ("Verhoef GA. …" is handled by reference parsing).
        return lastWord.count == 1 && (lastWord.first?.isUppercase ?? false)
    }

    private static func endsWithNumber(_ sentence: String) -> Bool {
        tail(of: sentence, length: 1).last?.isASCIIDigit ?? false
    }

    /// The `length` characters before the sentence's last one, found from the end in O(length).
    private static func tail(of sentence: String, length: Int) -> Substring {
        guard !sentence.isEmpty else { return sentence[...] }
        let last = sentence.index(before: sentence.endIndex)
        let start = sentence.index(last, offsetBy: -length, limitedBy: sentence.startIndex) ?? sentence.startIndex
        return sentence[start..<last]
    }
}
