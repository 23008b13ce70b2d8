import Foundation

/// Reads author surnames from citations, first author first, "et al." dropped.
///
/// Understands "Lindqvist et al.", "Nakamura and colleagues", "Okafor and Brandt (2009)",
/// "Haas & Keller", "van den Berg et al.", "Ito and Reyes, 1965", "a study by
/// Dvořák et al." and Vancouver reference lists ("Haas A, Keller K. Title…").
public struct AuthorExtractor: Sendable {
    private static let upper = #"\p{Lu}"#
    private static let word = #"\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*"#
    private static let particle = "(?:(?:" + NameParticles.particles.joined(separator: "|") + #")\s+){0,2}"#
    /// A surname: optional particles, one or two capitalised words ("Garcia Lopez").
    private static let surname = particle + word + #"(?:\s+"# + word + ")?"
    private static let single = particle + word

    private static let etAl = TextPattern(
        "(" + surname + #")(?:’s|'s)?\s+(?:et\s+al\.?|and\s+(?:(?:his|her|their)\s+)?(?:colleagues|coworkers|co-workers|co-authors|coauthors|collaborators|team)|&\s+colleagues)"#
            + #"|("# + surname + #")(?:’s|'s)\s+(?:research\s+)?(?:team|group|lab|laboratory)\b"#,
        caseSensitive: true)
    private static let pair = TextPattern(
        "(" + single + #")\s+(?:and|&)\s+("# + single + #")(?:’s|'s)?"#, caseSensitive: true)
    private static let apaInitials = #",\s+(?:\p{Lu}\.(?:\s?-?\p{Lu}\.)*\s?)+"#
    private static let apa = TextPattern(
        "^" + particle + word + apaInitials + #"(?:,?\s+(?:&\s+|and\s+)?"# + particle + word + apaInitials + #")*(?:,?\s*(?:et al\.?|\.\.\.))?\s*\("#,
        caseSensitive: true)
    private static let apaName = TextPattern(
        #"(?:^|,\s+(?:&\s+|and\s+)?|\s(?:&|and)\s+)("# + particle + word + ")" + apaInitials, caseSensitive: true)
    /// "(Smith, 2019)", "(Smith 2019a)": one author cited by name and year.
    private static let singleCitation = TextPattern(
        #"\((\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*),?\s+(?:19|20)\d\d[a-z]?[);,]"#, caseSensitive: true)

    /// "a study headed by the Chilean physician Ana B. Ruiz": a study credited to the full
    /// name of its leader (first name, optional initial, surname); up to five words between.
    private static let ledBy = TextPattern(
        #"\b(?:led|run|headed|directed|coordinated|carried out)\s+by\s+(?:[\p{L}.'’-]+\s+){0,5}?(?:Dr\.?\s+|Professor\s+|Prof\.?\s+)?\p{Lu}\p{Ll}+\s+(?:\p{Lu}\.\s*)?("#
            + surname + #")\b"#,
        caseSensitive: true)

    /// A person's full name as news stories write it: optional title, given name or
    /// initial, optional middle name or initial, surname (group 1).
    private static let fullName = #"(?:(?:Dr|Prof|Professor)\.?\s+)?(?:\p{Lu}\.?|\p{Lu}\p{Ll}+)(?:\s+(?:\p{Lu}\.?|\p{Lu}\p{Ll}+))?\s+("#
        + surname + ")"
    /// The roles that make a named person an author of the study a text reports on.
    private static let authorRole =
        #"(?:(?:lead|senior|first|principal|corresponding|main|chief)[- ](?:author|investigator|researcher)|co-?authors?|principal investigator|(?:researcher|investigator|author|scientist)\s+(?:on|of|for)\s+the\s+(?:new\s+|latest\s+)?(?:study|trial|research|paper)|one\s+of\s+the\s+(?:study|paper|trial)['’]s\s+(?:authors|researchers|investigators))"#
    /// "senior author Ana Ruiz", "said study lead author Ana Ruiz", "study researcher Ana Ruiz",
    /// "the trial's first author, Prof. Ana Ruiz".
    private static let roleBeforeName = TextPattern(
        #"\b(?:"# + authorRole + #"|study\s+(?:(?:lead|senior|first|co-?)\s*)?(?:author|researcher|investigator))s?,?\s+"# + fullName + #"(?![\p{L}])"#,
        caseSensitive: true)
    /// "Ana Ruiz, lead author of the study", "Ana B. Ruiz of Lund, a co-author", "Dr. Ana Ruiz,
    /// a nurse scientist at Lund and the paper's senior author", "Ana Ruiz, who led the trial",
    /// "Ana Ruiz, an investigator on the trial", "Ana Ruiz, one of the paper's authors".
    private static let nameBeforeRole = TextPattern(
        #"(?<![\p{L}])"# + fullName + #"(?:\s+of\s+[^,.;“”"]{1,60})?,\s+(?:[^.;:“”"()]{0,160}?\s)?(?:(?:the|a|an)\s+)?(?:study['’]s\s+|paper['’]s\s+|trial['’]s\s+)?(?:"#
            + authorRole + #"\b|who\s+(?:led|headed|directed|ran|conducted)\s+the\s+(?:study|research|trial|work|analysis)\b)"#,
        caseSensitive: true)

    /// "says researcher Ana Ruiz, PhD, of Lund": a researcher quoted by a speech verb, in a story
    /// about a study, is one of its authors unless the sentence says they were not involved.
    private static let quotedResearcher = TextPattern(
        #"\b(?:say|says|said|note|notes|noted|tell|tells|told|explain|explains|explained|add|adds|added|write|writes|wrote)\s+(?:researcher|investigator)\s+"#
            + fullName + #"(?![\p{L}])"#,
        caseSensitive: true)
    /// "Dr. Ana Ruiz, of Lund University, led the new trial": a person who led a study.
    private static let personLed = TextPattern(
        #"(?<![\p{L}])"# + fullName + #"(?:,\s+[^.;:“”"()]{1,100}?,)?\s+(?:led|headed|directed|ran|conducted)\s+(?:the|a|an|this)\s+(?:[\p{L}-]+\s+){0,3}?(?:study|trial|test|research|analysis|experiment|work)\b"#,
        caseSensitive: true)
    /// A person as a sentence names a co-author: "Dr. Ruiz", "Ana Ruiz", "Prof. A. B. Ruiz".
    private static let namedPerson = #"(?:(?:Dr|Prof|Professor)\.?\s+(?:(?:\p{Lu}\.?|\p{Lu}\p{Ll}+)\s+){0,2}|(?:\p{Lu}\.?|\p{Lu}\p{Ll}+)\s+(?:(?:\p{Lu}\.?|\p{Lu}\p{Ll}+)\s+)?)"#
    /// The people a co-author is named alongside ("her co-authors, along with Prof. Ruiz and
    /// Li Wen"): authors of the same study.
    private static let coauthorList = TextPattern(
        #"\bco-?authors?,?\s+(?:with|along with|alongside)\s+("# + namedPerson + particle + word
            + #"(?:(?:,\s+|,?\s+and\s+)"# + namedPerson + particle + word + ")*)",
        caseSensitive: true)
    private static let coauthorName = TextPattern(
        #"(?:^|,\s+|\s+and\s+)"# + namedPerson + "(" + particle + word + ")", caseSensitive: true)
    /// Words that say a named person had no part in the study.
    private static let uninvolved = TextPattern(
        #"\b(?:not|n['’]t)\s+(?:involved|part\s+of|affiliated|connected)\b|\bindependent\b"#)

    /// Words of an institution's name, which a study may also be "led by".
    private static let institution = TextPattern(
        #"\b(?:University|Institute|College|Hospital|Centre|Center|School|Foundation|Clinic|Council|Agency)\b"#,
        caseSensitive: true)

    /// Capitalised words that look like a cited name but are places, months or demonyms.
    private static func notAuthor(_ name: String) -> Bool {
        Demonyms.table[name] != nil || months.contains(name.lowercased())
    }

    private static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "spring", "summer", "autumn", "fall", "winter",
    ]

    /// What may follow an author pair: a year, "(2009)", "et al." or a citing verb.
    private static let pairFollower = TextPattern(
        #"^(?:\s*\(\s*(?:19|20)\d\d|,?\s+(?:19|20)\d\d\b|\s+et al|\s+(?:"# + citingVerbs + #")\b)"#,
        caseSensitive: true)
    /// The longest table cell or byline that may be just an author pair ("Okafor & Brandt").
    private static let shortCitation = 60
    private static let vancouver = TextPattern(
        "^(" + particle + word + #"(?:[ -]"# + word + #")?)\s+\p{Lu}{1,3}(?:,\s+("# + particle + word
            + #"(?:[ -]"# + word + #")?)\s+\p{Lu}{1,3})*"#,
        caseSensitive: true)
    private static let vancouverName = TextPattern(
        "(?:^|,\\s+)(" + particle + word + #"(?:[ -]"# + word + #")?)\s+\p{Lu}{1,3}(?=,|\.|$)"#,
        caseSensitive: true)

    /// Verbs that follow an author pair in prose ("Okafor and Brandt randomized …").
    static let citingVerbs = "randomi[sz]ed|found|reported|gave|showed|studied|tested|conducted|compared|published|followed|enrolled|assigned|observed|concluded|measured|examined|treated"

    /// Creates an extractor.
    public init() {}

    /// Author surnames cited in `text`, first author first; empty when none are cited.
    public func authors(in text: String) -> [String] {
        authorsWithRange(in: text)?.names ?? []
    }

    /// Author surnames and where the citation sits in `text`.
    func authorsWithRange(in text: String) -> (names: [String], range: Range<String.Index>)? {
        if let match = Self.etAl.firstMatch(in: text), let name = (match.group(1) ?? match.group(2)).flatMap(clean) {
            return ([name], match.range)
        }
        for match in Self.singleCitation.matches(in: text) {
            guard let raw = match.group(1), let name = clean(raw), !Self.notAuthor(name) else { continue }
            if Self.pair.firstMatch(in: text) == nil || !text.contains(" and " + raw) && !text.contains("& " + raw) {
                return ([name], match.range)
            }
        }
        for match in Self.pair.matches(in: text) {
            guard let first = match.group(1).flatMap(clean), let second = match.group(2).flatMap(clean),
                  isCitation(pairAt: match.range, in: text) else {
                continue
            }
            return ([first, stripPossessive(second)], match.range)
        }
        if let match = Self.ledBy.firstMatch(in: text), let name = match.group(1).flatMap(clean),
           !Self.notAuthor(name), !Self.institution.isFound(in: match.text) {
            return ([name], match.range)
        }
        return nil
    }

    /// Surnames of the people a sentence names as the study's authors by their role ("lead
    /// author", "co-author", "who led the study"), in order; empty when it names none.
    /// Unlike citations these name people, not a study: they belong to the study the text
    /// is talking about.
    public func roleAuthors(in text: String) -> [String] {
        var found: [(at: String.Index, order: Int, name: String)] = []
        func add(_ raw: String, at index: String.Index) {
            guard let name = clean(raw), !Self.notAuthor(name), !Self.institution.isFound(in: raw) else { return }
            if !found.contains(where: { $0.name == name }) { found.append((index, found.count, name)) }
        }
        var patterns = [Self.roleBeforeName, Self.nameBeforeRole]
        if !Self.uninvolved.isFound(in: text) { patterns += [Self.quotedResearcher, Self.personLed] }
        for pattern in patterns {
            for match in pattern.matches(in: text) {
                if let raw = match.group(1) { add(raw, at: match.range.lowerBound) }
            }
        }
        for list in Self.coauthorList.matches(in: text) {
            guard let names = list.group(1) else { continue }
            for match in Self.coauthorName.matches(in: names) {
                if let raw = match.group(1) { add(raw, at: list.range.upperBound) }
            }
        }
        return found.sorted { ($0.at, $0.order) < ($1.at, $1.order) }.map(\.name)
    }

    /// Whether "X and Y" at `range` cites authors: followed by a year, "et al." or a citing
    /// verb; inside a parenthetical citation ("(Oduya and Duval, BMC …)"); or the whole of a
    /// short cell ("Okafor & Brandt").
    private func isCitation(pairAt range: Range<String.Index>, in text: String) -> Bool {
        let after = String(text[range.upperBound...])
        if Self.pairFollower.isFound(in: after) { return true }
        let before = text[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
        if before.hasSuffix("("), after.hasPrefix(",") || after.hasPrefix(")") { return true }
        // A byline under a quote: "— Lundgren and Halvorsen, Cochrane Database …, 2002".
        if before.hasSuffix("—") || before.hasSuffix("–") || before.lowercased().hasSuffix("source:") { return true }
        let rest = after.trimmingCharacters(in: .whitespaces)
        return text.count <= Self.shortCitation && before.isEmpty && (rest.isEmpty || rest.hasPrefix("("))
    }

    /// Authors at the start of a reference-list entry ("Verhoef GA, Janssen IN, … Title.").
    public func referenceAuthors(in entry: String) -> [String] {
        referenceHead(in: entry)?.names ?? []
    }

    /// The author list at the start of a reference entry and where it ends.
    func referenceHead(in entry: String) -> (names: [String], range: Range<String.Index>)? {
        guard let head = Self.vancouver.firstMatch(in: entry) else { return nil }
        let names = Self.vancouverName.matches(in: head.text).compactMap { $0.group(1) }
        return names.isEmpty ? nil : (names, head.range)
    }

    /// Authors at the start of an APA reference ("Smith, J. A., & van Doe, B. (2019). …").
    public func apaAuthors(in entry: String) -> [String] {
        guard let head = Self.apa.firstMatch(in: entry) else { return [] }
        return Self.apaName.matches(in: head.text).compactMap { $0.group(1) }
    }

    /// A cleaned surname, or `nil` when the words are not a surname ("The", "Memory").
    private func clean(_ raw: String) -> String? {
        var words = raw.split(separator: " ").map(String.init)
        while let first = words.first, NameParticles.notSurnames.contains(first.folded) {
            words.removeFirst()
        }
        guard let last = words.last, !NameParticles.notSurnames.contains(last.folded) else { return nil }
        let name = words.joined(separator: " ")
        return name.isEmpty ? nil : stripPossessive(name)
    }

    private func stripPossessive(_ name: String) -> String {
        for suffix in ["’s", "'s"] where name.hasSuffix(suffix) {
            return String(name.dropLast(suffix.count))
        }
        return name
    }
}
