import Documents
import Foundation

/// Finds a page's subject: the intervention it is about ("acupressure mat", "creatine").
///
/// Candidates are the title's runs of content words (question words, review vocabulary
/// and condition names removed); each is scored by how often the body repeats it. The
/// earliest well-repeated candidate wins and is extended while its longer forms still
/// recur ("red" → "red light therapy"). The result is normalised (lowercase, hyphens as
/// spaces, plural folded) and mapped through `Vocabulary/SubjectPhrases.swift`, so pages on
/// one intervention from different sites give the same string; evidence conflicts are only
/// compared between equal subjects.
public struct SubjectDetector: Sendable {
    /// Creates a detector over the built-in vocabulary.
    public init() {}

    /// The page's subject.
    ///
    /// - Parameter document: A parsed page.
    /// - Returns: A normalised lowercase name, or "" when the page has no title or heading
    ///   with a content word.
    public func subject(of document: Document) -> String {
        let titleBlock = document.blocks.first { $0.kind == .heading }
        let title = Self.mainPart(of: document.title ?? titleBlock?.text ?? "")
        let titleWords = Self.words(ConditionNormalizer.prepare(title))
        let body = document.blocks.filter { $0 != titleBlock }.map(\.text).joined(separator: " . ")
        let bodyWords = Self.words(ConditionNormalizer.prepare(body))
        let runs = Self.runs(in: titleWords)
        guard !runs.isEmpty else { return "" }

        var counts: [String: Int] = [:]
        func count(_ phrase: [String]) -> Int {
            let key = phrase.joined(separator: " ")
            if let known = counts[key] { return known }
            let found = Self.occurrences(of: phrase, in: bodyWords) + 1
            counts[key] = found
            return found
        }
        // Each run's starting points, in title order, with the frequency of their first word.
        var starts: [(run: [String], offset: Int, frequency: Int)] = []
        for run in runs {
            for offset in run.indices { starts.append((run, offset, count([run[offset]]))) }
        }
        let best = starts.map(\.frequency).max() ?? 1
        guard let chosen = starts.first(where: { Double($0.frequency) >= 0.5 * Double(best) }) else { return "" }
        var phrase = [chosen.run[chosen.offset]]
        var end = chosen.offset + 1
        while end < chosen.run.count {
            let longer = Array(chosen.run[chosen.offset...end])
            guard Double(count(longer)) >= 0.4 * Double(chosen.frequency) else { break }
            phrase = longer
            end += 1
        }
        return Self.canonical(phrase)
    }

    /// Words with the plural of each folded, so "mats" and "mat" count together; generic
    /// words are kept as written so they stay recognisable ("does", not "doe").
    private static func words(_ prepared: String) -> [String] {
        ConditionNormalizer.words(prepared).map { word in
            SubjectPhrases.pluralWords.contains(word) || SubjectPhrases.genericWords.contains(word)
                ? word : ConditionNormalizer.singular(word)
        }
    }

    /// A title without the site name a page appends after a separator ("… | LumaGlow",
    /// "… – SpikeRest").
    private static func mainPart(of title: String) -> String {
        var part = title
        for separator in [" | ", " – ", " — ", " · ", " :: "] {
            if let range = part.range(of: separator), range.lowerBound > part.startIndex {
                part = String(part[..<range.lowerBound])
            }
        }
        return part
    }

    /// Maximal runs of title words that can name an intervention.
    private static func runs(in words: [String]) -> [[String]] {
        var runs: [[String]] = []
        var current: [String] = []
        var index = 0
        func close() {
            if !current.isEmpty { runs.append(current) }
            current = []
        }
        while index < words.count {
            let word = words[index]
            let pair = index + 1 < words.count ? "\(word) \(words[index + 1])" : ""
            if !pair.isEmpty, ConditionNormalizer.isKnown(pair), SubjectPhrases.synonyms[pair] == nil {
                close()
                index += 2
                continue
            }
            if SubjectPhrases.genericWords.contains(word) || word.allSatisfy(\.isNumber)
                || (ConditionNormalizer.isKnown(word) && SubjectPhrases.synonyms[word] == nil) {
                close()
            } else {
                current.append(word)
            }
            index += 1
        }
        close()
        return runs
    }

    private static func occurrences(of phrase: [String], in words: [String]) -> Int {
        guard !phrase.isEmpty, words.count >= phrase.count else { return 0 }
        var found = 0
        for start in 0...(words.count - phrase.count)
        where words[start] == phrase[0] && Array(words[start..<(start + phrase.count)]) == phrase {
            found += 1
        }
        return found
    }

    /// The vocabulary's name for a phrase, trying the whole phrase, then its longest
    /// known part.
    static func canonical(_ phrase: [String]) -> String {
        let joined = phrase.joined(separator: " ")
        if let name = SubjectPhrases.synonyms[joined] { return name }
        for length in stride(from: phrase.count - 1, through: 1, by: -1) {
            for start in 0...(phrase.count - length) {
                let part = phrase[start..<(start + length)].joined(separator: " ")
                if let name = SubjectPhrases.synonyms[part], length > 1 || phrase.count == 1 { return name }
            }
        }
        return joined
    }
}
