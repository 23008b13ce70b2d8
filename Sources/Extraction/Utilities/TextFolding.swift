import Foundation

/// Case-, accent- and punctuation-insensitive forms of page text, for comparing claims.
///
/// Pages spell the same thing differently ("Dvořák" / "Dvorak", "BMJ Open" / "BMJ OPEN",
/// "sleep" / "Sleep"), so every comparison in matching and conflict detection goes
/// through these folds. One home for them, from extraction's name checks to matching
/// (which adds its phrase comparisons in `TextFolding+Phrases.swift`) and the conflict rules.
public enum TextFolding {
    /// Lowercased, accents removed.
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).lowercased()
    }

    /// The folded alphanumeric words of a text, in order.
    public static func words(_ text: String) -> [String] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(text) }
        var out: [String] = []
        var current = ""
        for scalar in fold(text).unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                out.append(current)
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// The fast path for plain ASCII text (most page text): no Foundation folding needed.
    private static func asciiWords(_ text: String) -> [String] {
        var out: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                current.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                current.append(byte + 32)
            default:
                if !current.isEmpty {
                    out.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
            }
        }
        if !current.isEmpty { out.append(String(decoding: current, as: UTF8.self)) }
        return out
    }

    /// A word with a regular English plural folded to its singular ("studies" → "study",
    /// "tomatoes" → "tomato": a long word in -oes takes -es; "shoes" keeps its e).
    public static func singular(_ word: String) -> String {
        if word.count > 4, word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.count > 6, word.hasSuffix("oes") { return String(word.dropLast(2)) }
        if word.count > 4, word.hasSuffix("sses") { return String(word.dropLast(2)) }
        if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"),
            !word.hasSuffix("is")
        {
            return String(word.dropLast())
        }
        return word
    }

    /// The key an author is compared by: the last word of the name that is not an initial,
    /// so "Susanne Hempel", "Hempel S." and "Hempel" are one author (pages give the first
    /// author with or without given names). A name of initials only keeps its folded form.
    public static func authorKey(_ name: String) -> String {
        words(name).last { $0.count > 1 } ?? surnameKey(name)
    }

    /// A surname as one key: folded letters only ("van den Berg" → "vandenberg").
    public static func surnameKey(_ name: String) -> String {
        words(name).joined()
    }
}
