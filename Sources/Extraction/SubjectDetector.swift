import Documents
import Foundation

/// Finds a page's subject: the intervention it is about ("acupressure mat", "creatine").
///
/// Candidates are the runs of content words (question words, review vocabulary, site names
/// and condition names removed) of the title, else of the first headings: the first of
/// those texts whose words the body repeats about as often as those of any of them (a
/// banner title yields to the paper's title under it). The earliest run the body repeats
/// about as often as the most repeated one wins, and
/// within it the longest part the body still repeats ("acupressure mat", not "mat"). The
/// result is normalised (lowercase, hyphens as spaces, plural folded) and mapped through
/// `Vocabulary/Data/SubjectWords.tsv`, `SubjectSynonyms.tsv`, so pages on one intervention from different sites
/// give the same string; evidence conflicts are only compared between equal subjects.
public struct SubjectDetector: Sendable {
    /// How often, relative to its most repeated word, a longer part of the title must recur
    /// in the body to be kept ("acupressure mat" against "mat").
    static let repeatShare = 0.3
    /// How often, relative to the most repeated, the body must repeat a title or heading's
    /// words for that text to name the page's subject.
    static let sourceShare = 0.5

    /// Creates a detector over the built-in vocabulary.
    public init() {}


    /// The page's subject.
    ///
    /// - Parameter document: A parsed page.
    /// - Returns: A normalised lowercase name, or "" when the page has no title or heading
    ///   with a content word.
    public func subject(of document: Document) -> String {
        subject(of: document, blockWords: Self.blockWords(of: document))
    }

    /// Each block's ``words(_:)``, found once for the subject and its terms (on a page of
    /// megabytes, reading the words is most of the work).
    static func blockWords(of document: Document) -> [[String]] {
        document.blocks.map { Self.words(ConditionNormalizer.prepare(Self.joiningNumberedNames($0.text))) }
    }

    func subject(of document: Document, blockWords: [[String]]) -> String {
        let headings = document.blocks.filter { $0.kind == .heading }
        let titleIndex = document.blocks.firstIndex { $0.kind == .heading }
        let bodyWords = blockWords.indices.filter { $0 != titleIndex }.flatMap { blockWords[$0] }
        var counts: [String: Int] = [:]
        func count(_ phrase: [String]) -> Int {
            let key = phrase.joined(separator: " ")
            if let known = counts[key] { return known }
            let found = Self.occurrences(of: phrase, in: bodyWords) + 1
            counts[key] = found
            return found
        }
        // The title's parts (site names last), then the first headings: the first that names
        // something the body repeats about as often as any of them does. A title that is a
        // banner ("Author manuscript — logo") names words the body hardly repeats, and the
        // paper's own title under it names its subject.
        let sources = (Self.parts(of: String((document.title ?? "").prefix(TextLimits.maximumTitleLength)))
                       + headings.prefix(3).map { String($0.text.prefix(TextLimits.maximumTitleLength)) })
            // "Published as: Stroke. 2011 Mar;42(3):1–9. doi: …" cites the paper; it names no subject.
            .filter { !Self.citationLine.isFound(in: $0) }
            // Only a title's first words can name its subject (``TextLimits``): a megabyte
            // "title" made the phrase search below cubic in its length.
            .map { Self.runs(in: Array(Self.words(ConditionNormalizer.prepare(Self.joiningNumberedNames($0)))
                .prefix(TextLimits.maximumTitleWords))) }
            .filter { !$0.isEmpty }
        let sourcePeaks = sources.map { runs in runs.flatMap { $0.map { count([$0]) } }.max() ?? 1 }
        let best = sourcePeaks.max() ?? 1
        let runs = sources.indices.first { Double(sourcePeaks[$0]) >= Self.sourceShare * Double(best) }
            .map { sources[$0] } ?? []
        guard !runs.isEmpty else { return "" }
        // The earliest run that the body repeats about as often as the most repeated one;
        // within it, the longest part still repeated (whole runs preferred).
        let peaks = runs.map { run in run.map { count([$0]) }.max() ?? 1 }
        let top = peaks.max() ?? 1
        guard let chosen = runs.indices.first(where: { Double(peaks[$0]) >= 0.5 * Double(top) }) else { return "" }
        let run = runs[chosen]
        var phrase = [run[0]]
        search: for length in stride(from: run.count, through: 1, by: -1) {
            var best: (words: [String], frequency: Int)?
            for start in 0...(run.count - length) {
                let part = Array(run[start..<(start + length)])
                let frequency = count(part)
                if Double(frequency) >= Self.repeatShare * Double(peaks[chosen]),
                   frequency > (best?.frequency ?? 0) {
                    best = (part, frequency)
                }
            }
            if let found = best {
                phrase = found.words
                break search
            }
        }
        return Self.canonical(phrase)
    }

    /// Words with the plural of each folded, so "mats" and "mat" count together; generic
    /// words are kept as written so they stay recognisable ("does", not "doe").
    static func words(_ prepared: String) -> [String] {
        ConditionNormalizer.words(prepared).compactMap { raw in
            // "magnesium's" counts as "magnesium".
            var word = raw.hasSuffix("'s") ? String(raw.dropLast(2)) : raw
            word = word.trimming { $0 == "'" }
            guard !word.isEmpty else { return nil }
            return SubjectPhrases.pluralWords.contains(word) || SubjectPhrases.genericWords.contains(word)
                ? word : ConditionNormalizer.singular(word)
        }
    }

    /// A text with names that open with a number and a hyphen ("5-HTP", "3-MCPD") written as
    /// one word ("5htp"), so the number is not split off as a count ("5 ways…").
    static func joiningNumberedNames(_ text: String) -> String {
        numberedName.replacing(in: text, with: "$1$2")
    }

    /// A bibliographic line: a DOI, or a year followed by volume, issue and pages
    /// ("2011 Mar;42(3):1–9", "2019;7:e12").
    private static let citationLine = TextPattern(
        #"\bdoi:|\b(?:19|20)\d\d[^.;]{0,12};\s*\d+(?:\(\d+\))?:\s*[e\d]"#)

    /// A number, a hyphen and an acronym: "5-HTP", not "3-Week".
    private static let numberedName = TextPattern(#"\b(\d{1,2})-([A-Z]{2,}[A-Za-z0-9]*)\b"#, caseSensitive: true)

    /// A title's parts in order, split where pages append a site name ("… | LumaGlow",
    /// "… – SpikeRest").
    private static func parts(of title: String) -> [String] {
        var parts = [title]
        for separator in [" | ", " – ", " — ", " · ", " :: "] {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        return parts.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// Maximal runs of title words that can name an intervention.
    static func runs(in words: [String]) -> [[String]] {
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
            // A short number inside a name stays ("omega 3", "vitamin b 12"); others split.
            let number = word.allSatisfy(\.isNumber)
            if number, !current.isEmpty, word.count <= 2 {
                current.append(word)
            } else if SubjectPhrases.genericWords.contains(word) || number
                || (ConditionNormalizer.isKnown(word) && SubjectPhrases.synonyms[word] == nil)
                // "Kelp protects the liver": what the subject does is not part of its name.
                || EffectTerms.isWord(word) {
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
    /// known part. A number made plural ("omega-3s", "B12s") is the number.
    static func canonical(_ phrase: [String]) -> String {
        let phrase = phrase.map { word in
            word.count > 1 && word.hasSuffix("s") && word.dropLast().last?.isNumber == true ? String(word.dropLast()) : word
        }
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
