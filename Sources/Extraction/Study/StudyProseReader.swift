import Documents

/// Reads study mentions from prose: sentences that name one specific study.
///
/// A sentence names a study when it has an anchor (a singular study noun — "a 2021
/// randomized controlled study" —, an author citation — "Lindqvist et al." — or a team doing
/// something — "Oslo researchers gave 54 nurses…") and something specific about it (a year,
/// authors, a sample size, an identifier, a country, a venue, a named source such as
/// Cochrane). Sentences after a mention in the same paragraph describe it further.
struct StudyProseReader {
    /// Sentences read as one run of text (a paragraph, list item, quote with its byline).
    struct Unit {
        let sentences: [SentenceSplitter.Sentence]
        let blockIndex: Int
        let span: SourceSpan
        /// Mentions here may only enrich claims found elsewhere (cells of non-study tables).
        let mergeOnly: Bool
    }

    /// A mention found in prose.
    struct Candidate {
        var draft: StudyDraft
        /// Whether it may only enrich an existing claim.
        let mergeOnly: Bool
        /// Whether the sentence said something specific (year, authors, size, id, place, venue).
        var specific = true
        /// Whether the study is named by a definite description ("the study", "this trial",
        /// "the researchers"): a reference to a study already introduced, not a new one.
        var isDefinite = false
        /// Whether an indefinite article introduces it ("a new study"): a study the text
        /// may go on to identify in later sentences.
        var isIndefinite = false
        /// Whether only a demonstrative names it ("This study involved 300 adults"): the
        /// study already introduced or, before any, the one the page is about.
        var isDemonstrative = false
    }

    private static let singularNoun = TextPattern(#"(?<![-‑\w])(?:"# + StudyNouns.singular + #")\b(?![-‑])"#)
    private static let teamVerb = TextPattern(StudyNouns.teamVerbs)
    private static let authorVerb = TextPattern(StudyNouns.authorVerbs)
    private static let findingVerb = TextPattern(StudyNouns.findingVerbs)
    private static let namedSource = TextPattern(StudyNouns.namedSources, caseSensitive: true)
    private static let coordinated = TextPattern(
        #"\b((?:19|20)\d\d)\s+(\p{Lu}[\p{L}-]+)\s+and\s+(?:the\s+)?((?:19|20)\d\d)\s+(\p{Lu}[\p{L}-]+)\s+("#
            + StudyNouns.plural + #")\b"#)
    private static let pluralBackReference = TextPattern(StudyNouns.pluralBackReference)
    /// "et al.", "and colleagues": a citation of a study wherever it stands in the sentence.
    private static let groupCitation = TextPattern(
        #"\bet\s+al\b|\band\s+(?:(?:his|her|their)\s+)?(?:colleagues|coworkers|co-workers|collaborators)\b|['’]s\s+(?:research\s+)?(?:team|group|lab)\b"#)
    /// "Ruiz and her colleagues", "Ruiz's team": a person the text already introduced, so
    /// the study is the one in focus.
    private static let anaphoricCitation = TextPattern(
        #"\band\s+(?:his|her|their)\s+(?:colleagues|coworkers|co-workers|collaborators|team)\b|['’]s\s+(?:research\s+)?(?:team|group|lab)\b"#)
    private static let citationGroup = TextPattern(#"\(([^()]*;[^()]*)\)"#)
    private static let precedingWords = TextPattern(#"((?:[\p{L}\d'’“”"-]+\s+){0,5})$"#)
    private static let phraseStops: Set<String> = [
        "a", "an", "the", "in", "of", "on", "is", "was", "were", "are", "that", "from", "by", "to",
        "and", "or", "with", "for", "as", "at", "which", "including", "its", "their", "our", "his",
        "her", "comes", "rest", "largely", "so", "far", "most", "often", "quoted", "called",
    ]

    /// Study mentions in `unit`, each with the sentences that follow it.
    func candidates(in unit: Unit) -> [Candidate] {
        var found: [Candidate] = []
        var current: Int?
        var opening: [String] = []
        for sentence in unit.sentences {
            if ExtractionDeadline.shouldStop { break }
            defer { if found.isEmpty { opening.append(sentence.text) } }
            let coordinated = coordinatedMentions(in: sentence, unit: unit) + citationList(in: sentence, unit: unit)
            if !coordinated.isEmpty {
                found.append(contentsOf: coordinated)
                current = nil
                continue
            }
            if let candidate = mention(in: sentence, unit: unit) {
                if let index = current,
                   !candidate.specific || Self.refersBack(candidate.draft, in: sentence.text, to: found[index].draft) {
                    // "That one was a double-blind trial", "The 2017 study was small",
                    // "That US trial…": the paragraph's study again.
                    found[index].draft.addFollower(sentence.text)
                    continue
                }
                found.append(candidate)
                current = found.count - 1
            } else if let index = current {
                if Self.namesAnotherTeam(sentence.text, than: found[index].draft) {
                    // "The agency has funded scientists at the University of X to test…":
                    // other work; its numbers are not this study's.
                    current = nil
                    continue
                }
                found[index].draft.addFollower(sentence.text)
                if Self.pluralBackReference.isFound(in: sentence.text) {
                    for earlier in found.indices where earlier < index {
                        found[earlier].draft.verdictContext.append(sentence.text)
                    }
                }
            }
        }
        if !opening.isEmpty, !found.isEmpty,
           StudyVerdictResolver(classifier: VerdictClassifier()).heaviest(in: found[0].draft.verdictContext) == nil {
            // "A: Maybe; the data are sparse. A 2009 Danish trial …": a paragraph's
            // opening words characterise the study it goes on to describe, unless the study's
            // own sentences do ("…the evidence is mixed," she said. One trial she called preliminary).
            found[0].draft.verdictContext.append(contentsOf: opening)
        }
        return found.map { candidate in
            var candidate = candidate
            candidate.draft.fillFromFollowers(span: unit.span)
            return candidate
        }
    }

    /// Whether `sentence` names a team at a place (``StudyNouns/otherTeam``) that none of
    /// `draft`'s sentences named.
    static func namesAnotherTeam(_ sentence: String, than draft: StudyDraft) -> Bool {
        guard let place = StudyNouns.otherTeam.firstMatch(in: sentence)?.group(1) else { return false }
        return !(draft.mentions.map(\.quote) + draft.followers).contains { $0.contains(place) }
    }

    /// Whether `draft`, read from `sentence`, is a definite noun phrase ("the 2017 study",
    /// "that US trial") that names nothing the paragraph's current study contradicts and
    /// nothing new that would identify another study (authors, size, identifiers).
    static func refersBack(_ draft: StudyDraft, in sentence: String, to current: StudyDraft) -> Bool {
        guard draft.authors.isEmpty, draft.sampleSize?.value == nil, draft.identifiers.citations.isEmpty,
              !draft.identifiers.hasRegistryOrIndexID, !draft.nounPhrase.isEmpty else { return false }
        let lower = sentence.lowercased()
        let phrase = draft.nounPhrase.lowercased()
        guard ["the ", "that ", "this "].contains(where: { lower.contains($0 + phrase) }) else { return false }
        guard draft.sameStudyScore(current) != nil else { return false }
        if let year = draft.year, current.year != year { return false }
        return true
    }

    /// "The 2010 Dutch and 2015 Chilean trials were the largest": one mention per year.
    private func coordinatedMentions(in sentence: SentenceSplitter.Sentence, unit: Unit) -> [Candidate] {
        guard let match = Self.coordinated.firstMatch(in: sentence.text) else { return [] }
        let design = DesignExtractor().design(in: match.group(5) ?? "", allowWeakCues: false)
        return [(1, 2), (3, 4)].compactMap { yearGroup, wordGroup in
            guard let year = match.group(yearGroup).flatMap({ Int($0) }) else { return nil }
            let word = match.group(wordGroup) ?? ""
            var draft = StudyDraft(label: "\(year) \(word) \(match.group(5) ?? "")", blockIndex: unit.blockIndex,
                                   origin: .prose)
            draft.year = year
            draft.country = CountryExtractor().country(in: word)
            draft.design = design
            draft.nounPhrase = word
            draft.mentions = [Mention(quote: sentence.text, span: unit.span)]
            draft.verdictContext = [sentence.text]
            draft.numbers = ReportedNumberExtractor().numbers(in: sentence.text, line: unit.span.line)
            return Candidate(draft: draft, mergeOnly: true)
        }
    }

    /// "(Kowalski et al., 2021; Kelgane et al., 2020)": one mention per cited study. Only the
    /// authors and year are taken; the sentence's other numbers cannot be told apart.
    private func citationList(in sentence: SentenceSplitter.Sentence, unit: Unit) -> [Candidate] {
        guard let group = Self.citationGroup.firstMatch(in: sentence.text)?.group(1) else { return [] }
        let parts = group.split(separator: ";").map(String.init)
        let cited: [([String], Int?)] = parts.compactMap { part in
            let authors = AuthorExtractor().authors(in: part)
            return authors.isEmpty ? nil : (authors, YearExtractor().year(in: part))
        }
        guard cited.count >= 2 else { return [] }
        return cited.map { authors, year in
            var draft = StudyDraft(label: Self.label(authors: authors, year: year, phrase: ""),
                                   blockIndex: unit.blockIndex, origin: .prose)
            draft.authors = authors
            draft.year = year
            draft.mentions = [Mention(quote: sentence.text, span: unit.span)]
            draft.verdictContext = [sentence.text]
            return Candidate(draft: draft, mergeOnly: unit.mergeOnly)
        }
    }

    /// The study `sentence` names, if it names one.
    private func mention(in sentence: SentenceSplitter.Sentence, unit: Unit) -> Candidate? {
        let text = sentence.text
        // A reference ("Haas AB, Keller K. Title. Sleep 2014;3:1-9.") names its study by its authors.
        let reference = ReferenceListReader.isEntry(text) ? AuthorExtractor().referenceHead(in: text) : nil
        let cited = reference ?? AuthorExtractor().authorsWithRange(in: text)
        var anchor: Range<String.Index>?
        var nounPhrase = ""
        var definite = false
        var demonstrative: Range<String.Index>?
        for match in Self.singularNoun.matches(in: text) {
            guard let phrase = phraseBefore(match.range, in: text) else {
                if demonstrative == nil, Self.determiner(before: match.range, in: text).map(Self.demonstratives.contains) == true {
                    demonstrative = match.range
                }
                continue
            }
            anchor = match.range
            nounPhrase = phrase
            definite = Self.determiner(before: match.range, in: text).map(Self.definiteDeterminers.contains) ?? false
            break
        }
        let team = Self.teamVerb.firstMatch(in: text)
        if anchor == nil, let cited, Self.authorVerb.isFound(in: String(text[cited.range.upperBound...]))
            || text[cited.range.upperBound...].hasPrefix(",") || text[..<cited.range.lowerBound].hasSuffix("(")
            || Self.groupCitation.isFound(in: String(text[cited.range])) {
            anchor = cited.range
            definite = Self.anaphoricCitation.isFound(in: String(text[cited.range]))
        }
        if anchor == nil, let reference { anchor = reference.range }
        if anchor == nil, let team {
            anchor = team.range
            nounPhrase = Self.teamName(before: team.range, in: text)
            definite = Self.determiner(before: team.range, in: text).map(Self.definiteDeterminers.contains) ?? false
                || text[team.range].lowercased().hasPrefix("the ")
        }
        if anchor == nil, let demonstrative {
            // "This trial enrolled 60 adults": only the study already introduced, never a new one.
            anchor = demonstrative
            nounPhrase = String(text[demonstrative])
            definite = true
        }
        guard let anchor else { return nil }

        let years = YearExtractor()
        // "An analysis … shows that in 1960, …": a year inside the finding it reports dates
        // the finding, not the study.
        let finding = StudyNouns.findingClause.matches(in: text).first { $0.range.lowerBound >= anchor.upperBound }
        let year = years.year(in: finding.map { String(text[..<$0.range.upperBound]) } ?? text, nearest: anchor)
        let sampleSize = SampleSizeExtractor().sampleSize(in: text)
        var identifiers = IdentifierExtractor().identifiers(in: text)
        identifiers.citations = identifiers.citations.flatMap(Self.footnoteKeys)
        identifiers.citations += sentence.footnotes.map { "ref\($0)" }
        let country = CountryExtractor().country(in: text)
        let venue = VenueExtractor().venue(in: text)
        let named = Self.namedSource.isFound(in: text)
        let specific = year != nil || cited != nil || sampleSize?.value != nil || identifiers.hasRegistryOrIndexID
            || !sentence.footnotes.isEmpty || country != nil || venue != nil || named
        let design = DesignExtractor().design(in: text)
        let duration = DurationExtractor().duration(in: text)
        // "A study finds that…": an unnamed study reported by its finding opens the study that
        // later sentences ("The participants…", "The study was published in…") name.
        let reported = !definite && Self.determiner(before: anchor, in: text).map { $0 == "a" || $0 == "an" } == true
            && Self.findingVerb.isFound(in: String(text[anchor.upperBound...]))
        guard specific || design != nil || duration != nil || reported else { return nil }

        var draft = StudyDraft(label: "", blockIndex: unit.blockIndex, origin: .prose)
        draft.authors = cited?.names ?? []
        draft.year = year
        draft.design = design
        draft.sampleSize = sampleSize
        draft.duration = duration
        draft.dose = DoseExtractor().dose(in: text)
        draft.identifiers = identifiers
        draft.country = country
        draft.venue = venue
        draft.numbers = ReportedNumberExtractor().numbers(in: text, line: unit.span.line)
        draft.mentions = [Mention(quote: text, span: unit.span)]
        draft.verdictContext = [text]
        draft.nounPhrase = nounPhrase.isEmpty ? (design?.text ?? "study") : nounPhrase
        draft.isNamed = Self.namesSomething(nounPhrase, in: text) || named
        draft.label = Self.label(authors: draft.authors, year: year, phrase: draft.nounPhrase)
        let onlyReference = demonstrative == anchor
        let article = Self.determiner(before: anchor, in: text)
        return Candidate(draft: draft, mergeOnly: unit.mergeOnly || !specific || onlyReference, specific: specific,
                         isDefinite: definite, isIndefinite: article == "a" || article == "an",
                         isDemonstrative: onlyReference)
    }

    /// Whether a study's noun phrase holds a name ("the Framingham study", "Leiden
    /// researchers", "a Cochrane review"): a capitalised word other than the sentence's first.
    static func namesSomething(_ phrase: String, in text: String) -> Bool {
        guard !phrase.isEmpty, let start = text.range(of: phrase)?.lowerBound else { return false }
        let words = phrase.split(separator: " ")
        for (offset, word) in words.enumerated() where word.first?.isUppercase == true {
            if offset == 0, start == text.startIndex { continue }
            if offset == words.count - 1 { continue }  // the study noun itself ("Review")
            return true
        }
        return false
    }

    /// Determiners that make a study noun phrase refer back ("the 2017 trial", "this study").
    static let definiteDeterminers: Set<String> = ["the", "this", "that", "these", "those", "its", "their", "our", "his", "her"]
    /// Determiners that point at the study just named ("this study", "that trial").
    static let demonstratives: Set<String> = ["this", "that"]

    /// The determiner of the noun phrase ending at `noun`: the first of the up to five words
    /// before it that is a ``phraseStops`` word or a determiner ("the new 2012 study" → "the").
    static func determiner(before noun: Range<String.Index>, in text: String) -> String? {
        let before = String(text[..<noun.lowerBound])
        let words = (precedingWords.firstMatch(in: before)?.group(1) ?? "").split(separator: " ").map(String.init)
        for word in words.reversed() {
            let lower = word.lowercased().trimmingPhrasePunctuation
            if definiteDeterminers.contains(lower) || phraseStops.contains(lower)
                || StudyNouns.genericDeterminers.contains(lower)
            {
                return lower
            }
        }
        return nil
    }

    /// The words naming the study before its noun ("a German study" → "German study"), or
    /// `nil` when a determiner makes the noun generic ("no trial has shown").
    private func phraseBefore(_ noun: Range<String.Index>, in text: String) -> String? {
        let before = String(text[..<noun.lowerBound])
        let words = (Self.precedingWords.firstMatch(in: before)?.group(1) ?? "")
            .split(separator: " ").map(String.init)
        // "to review their app", "we study": a verb, naming no study.
        if let previous = words.last?.lowercased(), StudyNouns.verbMarkers.contains(previous) { return nil }
        var kept: [String] = []
        for word in words.reversed() {
            let lower = word.lowercased().trimmingPhrasePunctuation
            if StudyNouns.genericDeterminers.contains(lower) { return kept.isEmpty ? nil : kept.reversed().joined(separator: " ") + " " + text[noun] }
            if Self.phraseStops.contains(lower) { break }
            kept.append(word)
        }
        if let previous = words.last?.lowercased(), previous == "this" || previous == "that" { return nil }
        if Self.reviewsANamedWork(noun, in: text, after: words) { return nil }
        // "study period", "trial participants": the noun modifies another, naming no study.
        let after = text[noun.upperBound...].lowercased()
        let next = after.split(whereSeparator: { !$0.isLetter && $0 != "-" }).prefix(2).map(String.init)
        if after.hasPrefix(" "), let first = next.first,
           StudyNouns.compoundHeads.contains(first)
            || (StudyNouns.compoundModifiers.contains(first) && next.count == 2 && StudyNouns.compoundHeads.contains(next[1]))
        {
            return nil
        }
        return (kept.reversed() + [String(text[noun])]).joined(separator: " ")
    }

    /// Whether a "review" is a critique of a named work, not a study: "Review" after a
    /// capitalised word of a title ("Stage Review", "Harbour Festival 2021 Review", a year
    /// between), or "review:" opening a headline's subtitle after one ("Lighthouse Keepers
    /// review: a slow…"). A review qualifier ("a Cochrane Review") or a nationality ("a
    /// Danish review") before it still makes a study.
    static func reviewsANamedWork(_ noun: Range<String.Index>, in text: String, after words: [String]) -> Bool {
        let word = text[noun]
        guard word == "Review" || (word == "review" && text[noun.upperBound...].hasPrefix(":")) else { return false }
        guard let previous = words.last(where: { !$0.allSatisfy { $0.isNumber || $0.isPunctuation } })?
            .trimmingPhrasePunctuation, previous.first?.isUppercase ?? false
        else { return false }
        return !StudyNouns.reviewQualifiers.contains(previous.folded) && Demonyms.table[previous] == nil
    }

    /// "Oslo researchers" for "Oslo researchers gave 54 nurses…".
    private static func teamName(before range: Range<String.Index>, in text: String) -> String {
        let team = text[range].split(separator: " ").first.map(String.init) ?? "researchers"
        let before = text[..<range.lowerBound].split(separator: " ").suffix(2)
            .filter { $0.first?.isUppercase ?? false }
        return (before.map(String.init) + [team]).joined(separator: " ")
    }

    /// Numbered citations become reference keys ("[3]" → ref3, "[1,2]" → ref1 ref2, "[4–6]" →
    /// ref4 ref5 ref6); named ones ("web:141") stay as they are.
    static func footnoteKeys(_ citation: String) -> [String] {
        guard citation.allSatisfy({ $0.isASCIIDigit || ",–- ".contains($0) }) else { return [citation] }
        var keys: [String] = []
        for part in citation.split(separator: ",") {
            let bounds = part.split(whereSeparator: { $0 == "–" || $0 == "-" })
                .compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            if bounds.count == 2, bounds[0] <= bounds[1], bounds[1] - bounds[0] < 20 {
                keys += (bounds[0]...bounds[1]).map { "ref\($0)" }
            } else if let single = bounds.first {
                keys.append("ref\(single)")
            }
        }
        return keys
    }

    /// "Lindqvist et al. 2012 randomized controlled pilot studies".
    static func label(authors: [String], year: Int?, phrase: String) -> String {
        var parts: [String] = []
        switch authors.count {
        case 0: break
        case 1: parts.append(authors[0] + " et al.")
        case 2: parts.append(authors[0] + " and " + authors[1])
        default: parts.append(authors[0] + " et al.")
        }
        if let year { parts.append(String(year)) }
        let cleaned = phrase.split(separator: " ")
            .filter { word in !(YearExtractor().year(in: String(word)) != nil && word.count <= 5) }
            .joined(separator: " ")
        if !cleaned.isEmpty { parts.append(cleaned) }
        return parts.joined(separator: " ")
    }
}
