import Documents

/// A study claim being assembled from a page's mentions, before it gets its id.
struct StudyDraft {
    /// Where a mention came from; decides whether it may start a claim of its own.
    enum Origin: Hashable {
        case tableRow, prose, reference
    }

    var label: String { didSet { distinctiveWords = Self.distinctiveWords(label, nounPhrase) } }
    var authors: [String] = []
    var year: Int?
    var design: Classified<DesignClass>?
    var sampleSize: Classified<Int>?
    var duration: Classified<Int>?
    var dose: Classified<Double>?
    var conditions: [String] = []
    var identifiers = Identifiers()
    var venue: String?
    var country: String?
    var numbers: [ReportedNumber] = []
    var mentions: [Mention] = []
    /// Words around each mention, nearest first, that may characterise the evidence.
    var verdictContext: [String] = []
    /// Index of the block of the first mention (for context after tables).
    var blockIndex: Int
    /// Whether this draft came from a table row.
    var origin: Origin
    /// The noun phrase that named the study (for telling studies apart by wording).
    var nounPhrase: String = "" { didSet { distinctiveWords = Self.distinctiveWords(label, nounPhrase) } }
    /// Whether the mention named the study (a place, a team, a named source; see
    /// ``StudyProseReader/namesSomething(_:in:)``).
    var isNamed = false
    /// A table row's finding cell ("No benefit vs placebo"): a characterisation when explicit.
    var findingContext: [String] = []
    /// Sentences after the mention that describe the same study.
    var followers: [String] = []
    /// How many of ``followers`` ``fillFromFollowers(span:)`` has read.
    var readFollowers = 0
    /// Explicit verdict found in the page's own characterisation (set by the resolver).
    var verdict: Classified<VerdictClass>?

    /// The design family used when comparing mentions (``DesignFamily``): a pilot RCT is an
    /// RCT; `nil` when the design says nothing.
    var designFamily: DesignFamily? {
        design?.value.flatMap(DesignFamily.init)
    }

    /// Words of the label and noun phrase that can tell this study from another, kept with
    /// them: a page of thousands of mentions compares every pair of drafts.
    private(set) var distinctiveWords: Set<String>

    init(label: String, blockIndex: Int, origin: Origin) {
        self.label = label
        self.blockIndex = blockIndex
        self.origin = origin
        distinctiveWords = Self.distinctiveWords(label, "")
    }

    private static func distinctiveWords(_ label: String, _ nounPhrase: String) -> Set<String> {
        let words = (label + " " + nounPhrase).folded.split { !$0.isLetter }.map(String.init)
        return Set(words.filter { $0.count > 2 && !StudyNouns.commonLabelWords.contains($0) })
    }

    /// Whether the draft identifies a study rather than just naming one ("the study",
    /// "researchers"): a year, a registry or index id, a bracket citation, a venue, a row of a
    /// study table or an entry of a reference list, a place or a name, or a stated number of
    /// participants ("a trial of 240 nurses" says which trial as much as a year does). A claim
    /// needs one; a study noun alone ("the study") is never one. In prose, authors alone are
    /// not one either: "Lind's lab, testing the lamps, …" or a passing "Lind et al" names
    /// people, and a study they wrote is dated, placed, published or counted somewhere in its
    /// scope.
    var hasIdentity: Bool {
        origin != .prose || year != nil || identifiers.hasRegistryOrIndexID
            || !identifiers.citations.isEmpty || venue != nil || country != nil || isNamed
            || sampleSize?.value != nil
    }

    /// Whether every sentence naming the draft cites a standard or a book by its identifier
    /// ("…, RFC 9110, June 2022."): it names that document's authors, not a study's.
    var citesAStandard: Bool {
        !mentions.isEmpty && mentions.allSatisfy { StudyNouns.standardDocument.isFound(in: $0.quote) }
    }

    /// Whether the label is only a study noun with words that identify nothing ("study",
    /// "the new study", "Review"): such a label must not name a claim.
    var hasGenericLabel: Bool {
        guard !label.contains(where: \.isNumber) else { return false }  // a year or a size identifies
        let words = label.folded.split { !$0.isLetter }.map(String.init)
        return !words.isEmpty && words.allSatisfy { StudyNouns.genericLabelWords.contains($0) }
    }

    /// A label made of what identifies the draft when the page's own words do not
    /// ("study in Neurology", "Norway study of 85000"): authors and year first as usual.
    mutating func relabelIfGeneric() {
        guard hasGenericLabel, origin == .prose else { return }
        var parts: [String] = []
        if let country { parts.append(country) }
        parts.append(StudyProseReader.label(authors: authors, year: year, phrase: design?.value.map { $0.rawValue.replacingOccurrences(of: "_", with: " ") } ?? "study"))
        if let venue { parts.append("in " + venue) }
        if let n = sampleSize?.value { parts.append("of \(n)") }
        label = parts.joined(separator: " ")
    }

    /// The mentions with the one that states most of the claim's fields first (its count and
    /// authors weigh double; earliest on a
    /// tie): the quote a reader checks should be the sentence that says what the claim says,
    /// not a passing "according to a new study".
    var mentionsMostInformativeFirst: [Mention] {
        guard mentions.count > 1 else { return mentions }
        // Who ran the study and how many took part identify it best; the other fields count once.
        let identifying = ([sampleSize?.text].compactMap { $0 } + authors).filter { !$0.isEmpty }
        let words = [duration?.text, design?.text, dose?.text, venue, year.map(String.init)]
            .compactMap { $0 }.filter { !$0.isEmpty }
        func stated(_ mention: Mention) -> Int {
            identifying.reduce(0) { $0 + (mention.quote.contains($1) ? 2 : 0) }
                + words.reduce(0) { $0 + (mention.quote.contains($1) ? 1 : 0) }
        }
        var best = 0
        var bestCount = stated(mentions[0])
        for index in mentions.indices.dropFirst() {
            let count = stated(mentions[index])
            if count > bestCount { best = index; bestCount = count }
        }
        guard best > 0 else { return mentions }
        var ordered = mentions
        ordered.insert(ordered.remove(at: best), at: 0)
        return ordered
    }

    /// Adds authors named by their role elsewhere on the page: the first becomes the first
    /// author when none is known, the rest follow; `mention` is where the page names them.
    mutating func addAuthors(_ names: [String], mention: Mention) {
        let known = Set(authors.map(\.folded))
        let added = names.filter { !known.contains($0.folded) }
        guard !added.isEmpty else { return }
        let hadNone = authors.isEmpty
        authors += added
        if !mentions.contains(mention) { mentions.append(mention) }
        if hadNone, origin == .prose {
            label = StudyProseReader.label(authors: authors, year: year, phrase: nounPhrase)
        }
    }

    /// Adds a later mention: its quote and context are kept; it fills only fields still unknown
    /// (and an exact count replaces an approximate one it is near).
    mutating func absorb(_ other: StudyDraft) {
        if authors.isEmpty { authors = other.authors }
        if year == nil { year = other.year }
        if design?.value == nil, other.design?.value != nil { design = other.design }
        if design == nil { design = other.design }
        if sampleSize?.value == nil, other.sampleSize?.value != nil { sampleSize = other.sampleSize }
        if sampleSize == nil { sampleSize = other.sampleSize }
        // "more than 200 people" then "228 people": the exact count the round one stood for.
        if let mine = sampleSize, let n = mine.value, let theirs = other.sampleSize, let m = theirs.value,
           SampleSizeField.isApproximate(mine.text), !SampleSizeField.isApproximate(theirs.text),
           quantityRatio(Double(n), Double(m)) <= SampleSizeField.approximateRatio {
            sampleSize = theirs
        }
        if duration?.value == nil, other.duration?.value != nil { duration = other.duration }
        if dose?.value == nil, other.dose?.value != nil { dose = other.dose }
        if dose == nil { dose = other.dose }
        for condition in other.conditions where !conditions.contains(condition) { conditions.append(condition) }
        identifiers.absorb(other.identifiers)
        if venue == nil { venue = other.venue }
        if country == nil { country = other.country }
        for number in other.numbers where !numbers.contains(number) { numbers.append(number) }
        for mention in other.mentions where !mentions.contains(mention) { mentions.append(mention) }
        verdictContext.append(contentsOf: other.verdictContext)
        findingContext.append(contentsOf: other.findingContext)
        if nounPhrase.isEmpty { nounPhrase = other.nounPhrase }
        isNamed = isNamed || other.isNamed
    }
}

extension StudyDraft {
    /// Takes authors, year, venue and identifiers from the study's reference-list entry.
    mutating func absorbReference(_ reference: StudyDraft) {
        if authors.isEmpty {
            authors = reference.authors
            label = StudyProseReader.label(authors: authors, year: year ?? reference.year, phrase: nounPhrase)
        }
        if year == nil { year = reference.year }
        if venue == nil { venue = reference.venue }
        if design?.value == nil, reference.design?.value != nil { design = reference.design }
        identifiers.absorb(reference.identifiers)
        mentions.append(contentsOf: reference.mentions)
    }
}

extension Identifiers {
    /// Fills unknown identifiers from `other` and appends its new citations.
    mutating func absorb(_ other: Identifiers) {
        for citation in other.citations where !citations.contains(citation) { citations.append(citation) }
        if pmid == nil { pmid = other.pmid }
        if doi == nil { doi = other.doi }
        if nct == nil { nct = other.nct }
        if pmcid == nil { pmcid = other.pmcid }
        if isrctn == nil { isrctn = other.isrctn }
    }
}
