import Foundation

/// Turns the way pages name conditions and outcomes into normalised lowercase topic names.
///
/// "Chronic neck/back pain" → `["neck pain", "back pain"]`; "back pain, sciatica, or
/// fibromyalgia" → three topics; "Sleep quality" → `["sleep"]`; "Improved immune function"
/// → `["immunity"]`. Two items joined by a bare "and" ("Mood and depression") stay one topic,
/// because pages use such pairs as one heading; compare topics with ``sameTopic(_:_:)``.
/// The words it knows live in `Vocabulary/Data/Condition*.tsv` and `KnownConditions.tsv`.
public struct ConditionNormalizer: Sendable {
    /// Creates a normaliser over the built-in condition vocabulary.
    public init() {}

    /// Normalises a text that names one or more conditions (a table cell, a list label).
    ///
    /// - Parameter text: The page's words, e.g. "Chronic neck/back pain".
    /// - Returns: Distinct topic names in the order the text gives them; empty when nothing
    ///   is left after qualifiers and change words are removed. A bare verb of prevention
    ///   beside a condition ("Prevents or treats depression") names no topic of its own.
    public func normalize(_ text: String) -> [String] {
        var topics: [String] = []
        for topic in Self.items(of: Self.prepare(Self.beforeDash(text))) {
            if !topic.isEmpty, !topics.contains(topic) { topics.append(topic) }
        }
        let named = topics.filter { $0 != ConditionPhrases.preventionWord }
        return named.isEmpty ? topics : named
    }

    /// Finds the known conditions a running text mentions ("Any change in resting heart rate or blood
    /// pressure, or heart rate" → cortisol, blood pressure, heart rate).
    ///
    /// Longest known phrase wins at each position; text after "versus", "vs" or "compared
    /// with" is a comparator and is not searched.
    /// - Parameter text: A sentence, question or cell.
    /// - Returns: Distinct normalised topics in text order.
    public func mentions(in text: String) -> [String] {
        var words = Self.words(Self.prepare(text))
        if let cut = words.firstIndex(where: { Self.comparatorWords.contains($0) }) {
            words = Array(words[..<cut])
        }
        var topics: [String] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            guard Self.lexiconFirstWords.contains(word) || Self.lexiconFirstWords.contains(Self.singular(word)) else {
                index += 1
                continue
            }
            var matched = false
            for length in stride(from: min(5, words.count - index), through: 1, by: -1) {
                let phrase = words[index..<(index + length)].joined(separator: " ")
                guard let topic = Self.knownTopic(phrase) else { continue }
                if !topics.contains(topic) { topics.append(topic) }
                index += length
                matched = true
                break
            }
            if !matched { index += 1 }
        }
        return Self.droppingGeneric(topics)
    }

    /// A broad topic replaced by the narrower ones a text spells out ("eye health" with
    /// "shields your retina" → retina); other topics are returned as they are.
    ///
    /// - Parameters:
    ///   - topic: A normalised topic.
    ///   - text: The words that follow it (a label's explanation, an FAQ answer).
    /// - Returns: The narrower topics the text mentions, or `[topic]`.
    public func narrowed(_ topic: String, by text: String) -> [String] {
        guard let narrower = ConditionPhrases.narrowerTopics[topic] else { return [topic] }
        let specific = mentions(in: text).filter { narrower.contains($0) }
        return specific.isEmpty ? [topic] : specific
    }

    /// Whether two normalised topics name the same thing: equal, one's words contained in
    /// the other's ("anxiety" / "stress and anxiety"), or sharing at least half their words.
    ///
    /// Plurals are folded and joining words ("and", "of"…) ignored.
    /// - Returns: `true` when a reader would compare the two ratings.
    public static func sameTopic(_ lhs: String, _ rhs: String) -> Bool {
        topicAffinity(lhs, rhs) > 0
    }

    /// How closely two normalised topics agree: 0 when ``sameTopic(_:_:)`` is false, else the
    /// share of their words they have in common (1 for equal topics), so a caller can prefer
    /// the closest of several topics that all agree ("depression" over "depression
    /// prevention" for "depression").
    ///
    /// - Returns: A value in 0...1.
    public static func topicAffinity(_ lhs: String, _ rhs: String) -> Double {
        let left = topicWords(lhs), right = topicWords(rhs)
        guard !left.isEmpty, !right.isEmpty else { return 0 }
        let share = Double(left.intersection(right).count) / Double(left.union(right).count)
        if left.isSubset(of: right) || right.isSubset(of: left) { return share }
        return share >= 0.5 ? share : 0
    }

    /// How closely two pages' topics agree when their ratings are compared:
    /// ``topicAffinity(_:_:)``, else a low ``broaderAffinity`` when one is a broad topic and
    /// the other names only narrower ones ("respiratory infections" and "colds and flu").
    /// Within a page, a broad and a narrow rating stay apart (see ``sameTopic(_:_:)``).
    ///
    /// - Returns: A value in 0...1.
    public static func ratingAffinity(_ lhs: String, _ rhs: String) -> Double {
        let words = topicAffinity(lhs, rhs)
        guard words == 0 else { return words }
        return covers(lhs, rhs) || covers(rhs, lhs) ? broaderAffinity : 0
    }

    /// The affinity of a broad topic and a narrower one, below any shared-word affinity so
    /// that a page's closer topic wins.
    public static let broaderAffinity = 0.2

    /// Whether `broad` is a broad topic and `narrow` names only topics under it.
    private static func covers(_ broad: String, _ narrow: String) -> Bool {
        guard let narrower = ConditionPhrases.narrowerTopics[broad] else { return false }
        let named = ConditionNormalizer().mentions(in: narrow)
        return !named.isEmpty && named.allSatisfy { narrower.contains($0) }
    }

    // MARK: - Steps

    static let comparatorWords: Set<String> = ["versus", "vs", "than"]
    /// One-word nouns for people ("children", "adults"), which open a population label.
    private static let populationNouns = Set(ParticipantNouns.nouns.filter { !$0.contains(" ") })
    /// First words of every known condition and synonym, to skip words that start none.
    static let lexiconFirstWords: Set<String> = Set(
        (Array(ConditionPhrases.knownConditions) + Array(ConditionPhrases.synonyms.keys))
            .compactMap { $0.split(separator: " ").first.map(String.init) })
    private static let joiningWords: Set<String> = ["a", "an", "the", "of", "in", "on", "and", "or",
                                                    "for", "to", "with", "from"]

    /// The text before a spaced dash that starts an explanation ("Weight loss — no evidence").
    static func beforeDash(_ text: String) -> String {
        var s = text
        for dash in [" — ", " – ", " - ", "—", "–"] {
            if let range = s.range(of: dash) { s = String(s[..<range.lowerBound]) }
        }
        return s
    }

    /// Lowercases, drops parentheticals, bracket citations, quotes and symbols, and turns
    /// hyphens into spaces.
    static func prepare(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var closer: Character?
        var lastWasSpace = true
        func append(_ c: Character) {
            if c == " " {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
            } else {
                out.append(c)
                lastWasSpace = false
            }
        }
        for c in text.lowercased() {
            if let end = closer {
                if c == end { closer = nil }
                continue
            }
            switch c {
            case "(": closer = ")"; append(" ")
            case "[": closer = "]"; append(" ")
            case "’", "'": append("'")
            case "&": append(" "); for a in "and" { append(a) }; append(" ")
            case ",", ";", "/", "+": append(c)
            default: append(c.isASCII && (c.isLetter || c.isNumber) ? c : " ")
            }
        }
        return out.trimmingCharacters(in: .whitespaces)
    }

    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "'") }).map(String.init)
    }

    /// Splits a prepared text into cleaned condition items: commas, semicolons, "+", "or",
    /// slashes; "and" only inside a comma list or when it shares a head noun
    /// ("back and neck pain").
    static func items(of text: String) -> [String] {
        let parts = text.split(whereSeparator: { $0 == ";" || $0 == "+" })
        var result: [String] = []
        for part in parts {
            let commaItems = part.split(separator: ",").map { strip(String($0)) }.filter { !$0.isEmpty }
            for item in commaItems {
                var body = item
                for conj in ["and ", "or "] where body.hasPrefix(conj) { body = String(body.dropFirst(conj.count)) }
                result += splitConjunctions(body)
            }
        }
        return result
    }

    private static func strip(_ s: String) -> String { s.trimmingCharacters(in: .whitespaces) }

    private static func splitConjunctions(_ item: String) -> [String] {
        // "Children with autism or ADHD" names one group of people, not two topics.
        if let first = words(item).first, words(item).dropFirst().first == "with",
           populationNouns.contains(first) {
            return [clean(item)]
        }
        let slashParts = split(item, on: "/")
        if slashParts.count > 1 { return distribute(slashParts.map(clean)) }
        let orParts = split(item, on: " or ")
        if orParts.count > 1 { return distribute(orParts.map(clean)) }
        let andParts = split(item, on: " and ").map(clean)
        if andParts.count == 2 {
            let shared = distribute(andParts)
            if shared != andParts { return shared }
        }
        return [clean(item)]
    }

    private static func split(_ s: String, on separator: String) -> [String] {
        s.components(separatedBy: separator).map(strip).filter { !$0.isEmpty }
    }

    /// "neck" + "back pain" → "neck pain", "back pain": a single word before a two-word
    /// item shares that item's head noun.
    private static func distribute(_ parts: [String]) -> [String] {
        guard let last = parts.last else { return parts }
        let lastWords = words(last)
        guard lastWords.count == 2, let head = lastWords.last else { return parts }
        return parts.map { part in
            let partWords = words(part)
            return partWords.count == 1 && !isKnown(part) ? canonical("\(part) \(head)") : part
        }
    }

    /// Removes qualifiers, change words and measures, then maps synonyms and folds plurals.
    static func clean(_ item: String) -> String {
        if let kept = qualifiedTopic(in: words(item)) { return kept }
        var words = words(item).filter { !ConditionPhrases.qualifiers.contains($0) }
        words = dropPairs(ConditionPhrases.qualifiers, from: words)
        let (rest, prevention) = preventionTarget(words)
        guard prevention else { return cleanCondition(words) }
        let condition = cleanCondition(rest)
        return condition.isEmpty ? ConditionPhrases.preventionWord : condition + " " + ConditionPhrases.preventionWord
    }

    /// The topic of a phrase that opens with a qualifier yet names its own topic
    /// ("Nightly, long-term use" → long-term safety), or `nil`.
    private static func qualifiedTopic(in words: [String]) -> String? {
        for start in words.indices {
            for length in stride(from: min(4, words.count - start), through: 2, by: -1) {
                let phrase = words[start..<(start + length)].joined(separator: " ")
                if ConditionPhrases.qualifiedTopics.contains(phrase) { return canonical(phrase) }
            }
        }
        return nil
    }

    /// The condition a prevention topic is about ("preventing dementia", "dementia
    /// prevention" → dementia), and whether the words name a prevention; a known condition
    /// that ends in "prevention" stays whole.
    private static func preventionTarget(_ words: [String]) -> (words: [String], prevention: Bool) {
        for count in stride(from: min(3, words.count), through: 1, by: -1) {
            if ConditionPhrases.preventionLeads.contains(words[0..<count].joined(separator: " ")) {
                return (Array(words.dropFirst(count)), true)
            }
        }
        if words.count > 1, words.last == ConditionPhrases.preventionWord, !isKnown(words.joined(separator: " ")) {
            return (Array(words.dropLast()), true)
        }
        return (words, false)
    }

    /// Removes change words and measures from a qualifier-free item, then maps synonyms and
    /// folds plurals.
    private static func cleanCondition(_ input: [String]) -> String {
        var words = input
        var changed = true
        while changed && !words.isEmpty {
            changed = false
            for count in stride(from: min(3, words.count - 1), through: 1, by: -1) {
                let lead = words[0..<count].joined(separator: " ")
                if ConditionPhrases.leadingChangeWords.contains(lead) {
                    words.removeFirst(count)
                    changed = true
                    break
                }
            }
            if changed { continue }
            for count in stride(from: min(5, words.count - 1), through: 1, by: -1) {
                let tail = words[(words.count - count)...].joined(separator: " ")
                if ConditionPhrases.trailingWords.contains(tail), !isKnown(words.joined(separator: " ")) {
                    words.removeLast(count)
                    changed = true
                    break
                }
            }
        }
        while let first = words.first, joiningWords.contains(first) { words.removeFirst() }
        while let last = words.last, joiningWords.contains(last) { words.removeLast() }
        if words.count > 1, words.last == "pain" {
            let rest = words.dropLast().joined(separator: " ")
            if let known = knownTopic(rest), !known.contains("pain") { return known }
        }
        return canonical(words.joined(separator: " "))
    }

    /// Drops two-word phrases of `phrases` ("non specific", "long term") wherever they stand.
    private static func dropPairs(_ phrases: Set<String>, from words: [String]) -> [String] {
        var out: [String] = []
        var index = 0
        while index < words.count {
            if index + 1 < words.count, phrases.contains("\(words[index]) \(words[index + 1])") {
                index += 2
                continue
            }
            out.append(words[index])
            index += 1
        }
        return out
    }

    /// The project's name for a cleaned phrase: synonym, or the phrase with its last word's
    /// plural folded (unless the phrase is conventionally plural).
    static func canonical(_ phrase: String) -> String {
        guard !phrase.isEmpty else { return phrase }
        if let synonym = ConditionPhrases.synonyms[phrase] { return synonym }
        if ConditionPhrases.knownConditions.contains(phrase) || ConditionPhrases.pluralPhrases.contains(phrase) {
            return phrase
        }
        var words = phrase.split(separator: " ").map(String.init)
        if let last = words.last { words[words.count - 1] = singular(last) }
        let folded = words.joined(separator: " ")
        return ConditionPhrases.synonyms[folded] ?? folded
    }

    /// The known topic a phrase names, if any (exact, synonym, or plural of either).
    static func knownTopic(_ phrase: String) -> String? {
        if let synonym = ConditionPhrases.synonyms[phrase] { return synonym }
        if ConditionPhrases.knownConditions.contains(phrase) { return phrase }
        var words = phrase.split(separator: " ").map(String.init)
        guard let last = words.last else { return nil }
        words[words.count - 1] = singular(last)
        let folded = words.joined(separator: " ")
        if folded == phrase { return nil }
        if let synonym = ConditionPhrases.synonyms[folded] { return synonym }
        return ConditionPhrases.knownConditions.contains(folded) ? folded : nil
    }

    static func isKnown(_ phrase: String) -> Bool { knownTopic(phrase) != nil }

    /// Drops "pain" when a more specific pain is also mentioned.
    private static func droppingGeneric(_ topics: [String]) -> [String] {
        guard topics.count > 1 else { return topics }
        return topics.filter { topic in
            !(topic.split(separator: " ").count == 1
              && topics.contains { $0 != topic && $0.hasSuffix(" " + topic) })
        }
    }

    /// ``TextFolding/singular(_:)``, except for phrases that stay plural ("restless legs").
    static func singular(_ word: String) -> String {
        ConditionPhrases.pluralPhrases.contains(word) ? word : TextFolding.singular(word)
    }

    private static func topicWords(_ topic: String) -> Set<String> {
        Set(words(prepare(topic)).filter { !joiningWords.contains($0) }.map(singular))
    }
}
