import Extraction
import Foundation

/// The names a study description carries besides its authors: capitalised words written
/// inside a sentence ("a Cochrane review", "a 2016 Leiden study", "the VITAL trial").
///
/// Two descriptions that share a name few other claims of the run use are likely about one
/// study; ``FieldComparison`` weighs each shared name by its rarity. A word counts when it
/// starts with an upper-case letter, has at least three letters and is not the first word
/// of a sentence, of a bracket or of a table cell somewhere in the claim's texts; words
/// that are also written in lower case there ("Randomized" in a heading) and the claim's
/// own author surnames are left out.
enum ProperWords {
    /// The folded proper words of a claim's texts (label, then quotes).
    static func words(in texts: [String], excluding authors: Set<String>) -> [String] {
        var proper: Set<String> = []
        var lowercase: Set<String> = []
        for text in texts {
            var atStart = true
            var word = ""
            for character in text + " " {
                if isWordCharacter(character) || character == "-" && !word.isEmpty {
                    word.append(character)
                    continue
                }
                if !word.isEmpty {
                    consider(word, atStart: atStart, proper: &proper, lowercase: &lowercase)
                    atStart = false
                    word = ""
                }
                if sentenceOpeners.contains(character) { atStart = true }
            }
        }
        return proper.subtracting(lowercase).subtracting(authors).sorted()
    }

    /// Characters after which the next word opens a sentence, bracket or cell.
    private static let sentenceOpeners: Set<Character> = [".", "!", "?", ":", ";", "|", "(", "[", "\"", "“", "\n"]

    /// A letter or digit; ASCII answered without the Unicode property tables (this runs on
    /// every character of every claim in a run).
    private static func isWordCharacter(_ character: Character) -> Bool {
        if let ascii = character.asciiValue {
            return (ascii >= 0x61 && ascii <= 0x7A) || (ascii >= 0x41 && ascii <= 0x5A) || (ascii >= 0x30 && ascii <= 0x39)
        }
        return character.isLetter || character.isNumber
    }

    private static func consider(_ raw: String, atStart: Bool, proper: inout Set<String>, lowercase: inout Set<String>) {
        guard let first = raw.first else { return }
        if first.isLowercase {
            // Most words: kept as written (no folding work), hyphens dropped as folding does.
            lowercase.insert(raw.contains("-") ? raw.replacingOccurrences(of: "-", with: "") : raw)
            return
        }
        guard first.isUppercase, !atStart, raw.utf8.count >= 3 else { return }
        let folded = TextFolding.words(raw).joined()
        guard folded.count >= 3, folded.contains(where: \.isLetter), !FillerWords.label.contains(folded) else { return }
        proper.insert(folded)
    }
}
