import Extraction

/// A claim in the JSON contract (DESIGN.md): a study or an evidence claim, unknown values null.
///
/// A typed record: `reconcile extract --format json` and `report.json` write claims this way,
/// and the run history stores and loads them as these records, so `changes.json` quotes an
/// earlier run's claim exactly. A study writes the study keys, an evidence claim the evidence
/// keys; `stale` is written only when set (``changes.json`` marks carried-over claims).
public struct ClaimJSON: Codable, Hashable, Sendable {
    /// `study` or `evidence`.
    public enum Kind: String, Codable, Hashable, Sendable, CaseIterable {
        case study, evidence
    }

    /// The stable claim id `<document id>#<key>`.
    public var id: String
    /// The id of the claim's page.
    public var document: String
    /// Study or evidence.
    public var kind: Kind
    /// A study's short name as the page gives it.
    public var label: String?
    /// A study's author surnames, first author first.
    public var authors: [String]?
    /// A study's publication year.
    public var year: Int?
    /// A study's design class (`class`) and the words that gave it.
    public var design: ClassifiedJSON<String, ClassKey>?
    /// A study's total participants (`n`) and the words that gave it.
    public var sampleSize: ClassifiedJSON<Int, CountKey>?
    /// A study's duration in days (`days`) and the words that gave it.
    public var duration: ClassifiedJSON<Int, DaysKey>?
    /// A study's daily dose in milligrams (`mgPerDay`) and the words that gave it (``DoseField``).
    public var dose: ClassifiedJSON<Double, DoseKey>?
    /// A study's normalised condition names.
    public var conditions: [String]?
    /// A study's citations and registry or index ids.
    public var identifiers: IdentifiersJSON?
    /// A study's journal, when named.
    public var venue: String?
    /// A study's country, when named.
    public var country: String?
    /// The verdict class (`class`) and the words that gave it.
    public var verdict: ClassifiedJSON<String, ClassKey>?
    /// Percentages and p-values a study's sentences report.
    public var numbers: [ReportedNumber]?
    /// Every place on the page that speaks of a study.
    public var mentions: [MentionJSON]?
    /// A study's plain values' own quotes and locations, by field key (`label`, `authors`,
    /// `year`, `venue`, `country`); classified values carry theirs inside them.
    public var sources: [String: MentionJSON]?
    /// An evidence claim's subject (the intervention the page is about).
    public var subject: String?
    /// An evidence claim's topic (condition or outcome).
    public var topic: String?
    /// The primary quote.
    public var quote: String
    /// Where the primary quote starts; `nil` only in payloads saved by early versions.
    public var location: BlockJSON.Location?
    /// Carried over from an earlier run because its page failed to load (`changes.json` only).
    public var stale: Bool

    /// The record of a claim.
    public init(_ claim: Claim) {
        id = claim.id
        document = claim.document
        stale = false
        switch claim {
        case .study(let study):
            kind = .study
            label = study.label
            authors = study.authors
            year = study.year
            design = study.design.map { ClassifiedJSON($0.value?.rawValue, text: $0.text, source: study.sources[.design]) }
            sampleSize = study.sampleSize.map { ClassifiedJSON($0.value, text: $0.text, source: study.sources[.sampleSize]) }
            duration = study.duration.map { ClassifiedJSON($0.value, text: $0.text, source: study.sources[.duration]) }
            dose = study.dose.map { ClassifiedJSON($0.value, text: $0.text, source: study.sources[.dose]) }
            conditions = study.conditions
            identifiers = IdentifiersJSON(study.identifiers)
            venue = study.venue
            country = study.country
            verdict = study.verdict.map { ClassifiedJSON($0.value?.rawValue, text: $0.text, source: study.sources[.verdict]) }
            sources = Self.plainSources(of: study)
            numbers = study.numbers
            mentions = study.mentions.map(MentionJSON.init)
            quote = study.quote
            location = BlockJSON.Location(study.span)
        case .evidence(let evidence):
            kind = .evidence
            subject = evidence.subject
            topic = evidence.topic
            verdict = ClassifiedJSON(evidence.verdict.value?.rawValue, text: evidence.verdict.text,
                                     source: evidence.verdictSource)
            quote = evidence.mention.quote
            location = BlockJSON.Location(evidence.mention.span)
        }
    }

    /// Reads a stored or written claim; members missing from payloads saved by early
    /// versions read as absent (a study, no quote).
    /// - Throws: `DecodingError` when a member has the wrong type.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        id = try c.decode(String.self, forKey: .id)
        document = try c.decodeIfPresent(String.self, forKey: .document) ?? ""
        kind = try c.decodeIfPresent(Kind.self, forKey: .kind) ?? .study
        label = try c.decodeIfPresent(String.self, forKey: .label)
        authors = try c.decodeIfPresent([String].self, forKey: .authors)
        year = try c.decodeIfPresent(Int.self, forKey: .year)
        design = try c.decodeIfPresent(ClassifiedJSON<String, ClassKey>.self, forKey: .design)
        sampleSize = try c.decodeIfPresent(ClassifiedJSON<Int, CountKey>.self, forKey: .sampleSize)
        duration = try c.decodeIfPresent(ClassifiedJSON<Int, DaysKey>.self, forKey: .duration)
        dose = try c.decodeIfPresent(ClassifiedJSON<Double, DoseKey>.self, forKey: .dose)
        conditions = try c.decodeIfPresent([String].self, forKey: .conditions)
        identifiers = try c.decodeIfPresent(IdentifiersJSON.self, forKey: .identifiers)
        venue = try c.decodeIfPresent(String.self, forKey: .venue)
        country = try c.decodeIfPresent(String.self, forKey: .country)
        verdict = try c.decodeIfPresent(ClassifiedJSON<String, ClassKey>.self, forKey: .verdict)
        numbers = try c.decodeIfPresent([ReportedNumber].self, forKey: .numbers)
        mentions = try c.decodeIfPresent([MentionJSON].self, forKey: .mentions)
        sources = try c.decodeIfPresent([String: MentionJSON].self, forKey: .sources)
        subject = try c.decodeIfPresent(String.self, forKey: .subject)
        topic = try c.decodeIfPresent(String.self, forKey: .topic)
        quote = try c.decodeIfPresent(String.self, forKey: .quote) ?? ""
        location = try c.decodeIfPresent(BlockJSON.Location.self, forKey: .location)
        stale = try c.decodeIfPresent(Bool.self, forKey: .stale) ?? false
    }

    /// Writes the contract's keys for the claim's kind; absent values are explicit nulls.
    /// - Throws: `EncodingError` (not expected for these values).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(id, forKey: .id)
        try c.encode(document, forKey: .document)
        try c.encode(kind, forKey: .kind)
        switch kind {
        case .study:
            try c.encode(label ?? "", forKey: .label)
            try c.encode(authors ?? [], forKey: .authors)
            try c.encode(year, forKey: .year)
            try c.encode(design, forKey: .design)
            try c.encode(sampleSize, forKey: .sampleSize)
            try c.encode(duration, forKey: .duration)
            try c.encode(dose, forKey: .dose)
            try c.encode(conditions ?? [], forKey: .conditions)
            try c.encode(identifiers ?? IdentifiersJSON(Identifiers()), forKey: .identifiers)
            try c.encode(venue, forKey: .venue)
            try c.encode(country, forKey: .country)
            try c.encode(verdict, forKey: .verdict)
            try c.encode(numbers ?? [], forKey: .numbers)
            try c.encode(mentions ?? [], forKey: .mentions)
            try c.encode(sources ?? [:], forKey: .sources)
        case .evidence:
            try c.encode(subject, forKey: .subject)
            try c.encode(topic, forKey: .topic)
            try c.encode(verdict, forKey: .verdict)
        }
        try c.encode(quote, forKey: .quote)
        try c.encodeIfPresent(location, forKey: .location)
        if stale { try c.encode(true, forKey: .stale) }
    }

    private enum Key: String, CodingKey {
        case id, document, kind, label, authors, year, design, sampleSize, duration, dose, conditions, identifiers
        case venue, country, verdict, numbers, quote, location, mentions, sources, subject, topic, stale
    }

    /// The fields whose values are plain JSON scalars or lists, so their source sits beside them.
    static let plainFields: [ClaimField] = [.label, .authors, .year, .venue, .country]

    private static func plainSources(of study: StudyClaim) -> [String: MentionJSON] {
        var result: [String: MentionJSON] = [:]
        for field in plainFields {
            if let source = study.sources[field] { result[field.rawValue] = MentionJSON(source) }
        }
        return result
    }
}

/// The key a ``ClassifiedJSON`` writes its value under.
public protocol ClassifiedValueKey: Sendable {
    /// `class`, `n` or `days`.
    static var name: String { get }
}

/// ``ClassifiedJSON`` key `class` (design and verdict classes).
public enum ClassKey: ClassifiedValueKey {
    /// `class`.
    public static let name = "class"
}

/// ``ClassifiedJSON`` key `n` (sample size).
public enum CountKey: ClassifiedValueKey {
    /// `n`.
    public static let name = "n"
}

/// ``ClassifiedJSON`` key `days` (duration).
public enum DaysKey: ClassifiedValueKey {
    /// `days`.
    public static let name = "days"
}

/// ``ClassifiedJSON`` key `mgPerDay` (dose).
public enum DoseKey: ClassifiedValueKey {
    /// `mgPerDay`.
    public static let name = "mgPerDay"
}

/// `{"<key>": value-or-null, "text": "the page's words", "location": {…}}`, the key named
/// by `Key`; `location` is where `text` is on the page, and `quote` is written only when the
/// words found there differ from `text` (case, accents).
public struct ClassifiedJSON<Value: Codable & Hashable & Sendable, Key: ClassifiedValueKey>: Codable, Hashable,
    Sendable
{
    /// The normalised value; `nil` when the words did not say.
    public let value: Value?
    /// The page's words.
    public let text: String
    /// The words as written at `location`, when they differ from `text`.
    public let quote: String?
    /// Where the words are; `nil` when they are on no block of the page, or in payloads saved
    /// by early versions.
    public let location: BlockJSON.Location?

    /// Creates a classified value, located at `source` when given.
    public init(_ value: Value?, text: String, source: Mention? = nil) {
        self.value = value
        self.text = text
        self.quote = source.flatMap { $0.quote == text ? nil : $0.quote }
        self.location = source.map { BlockJSON.Location($0.span) }
    }

    /// The words a reader finds at ``location``.
    public var quoted: String { quote ?? text }

    /// Reads `{"<key>": …, "text": …}` and the optional `quote` and `location`.
    /// - Throws: `DecodingError` when `text` is missing or a member has the wrong type.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: DynamicKey.self)
        value = try c.decodeIfPresent(Value.self, forKey: DynamicKey(Key.name))
        text = try c.decode(String.self, forKey: DynamicKey("text"))
        quote = try c.decodeIfPresent(String.self, forKey: DynamicKey("quote"))
        location = try c.decodeIfPresent(BlockJSON.Location.self, forKey: DynamicKey("location"))
    }

    /// Writes the value (or `null`), the text and, when known, the quote and location.
    /// - Throws: `EncodingError` (not expected).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: DynamicKey.self)
        try c.encode(value, forKey: DynamicKey(Key.name))
        try c.encode(text, forKey: DynamicKey("text"))
        try c.encodeIfPresent(quote, forKey: DynamicKey("quote"))
        try c.encodeIfPresent(location, forKey: DynamicKey("location"))
    }
}

/// `{"citations": […], "pmid": null, "doi": null, "nct": null, "pmcid": null, "isrctn": null}`.
public struct IdentifiersJSON: Codable, Hashable, Sendable {
    /// Bracketed citation markers (`[web:141]`).
    public let citations: [String]
    /// PubMed id.
    public let pmid: String?
    /// DOI.
    public let doi: String?
    /// ClinicalTrials.gov id.
    public let nct: String?
    /// PubMed Central id.
    public let pmcid: String?
    /// ISRCTN registry id.
    public let isrctn: String?

    /// The record of a study's identifiers.
    public init(_ ids: Identifiers) {
        citations = ids.citations
        pmid = ids.pmid
        doi = ids.doi
        nct = ids.nct
        pmcid = ids.pmcid
        isrctn = ids.isrctn
    }

    /// Writes every id, `null` where unknown.
    /// - Throws: `EncodingError` (not expected).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(citations, forKey: .citations)
        try c.encode(pmid, forKey: .pmid)
        try c.encode(doi, forKey: .doi)
        try c.encode(nct, forKey: .nct)
        try c.encode(pmcid, forKey: .pmcid)
        try c.encode(isrctn, forKey: .isrctn)
    }
}

/// One supporting place on the page: `{"quote": …, "location": {…}}`.
public struct MentionJSON: Codable, Hashable, Sendable {
    /// The words.
    public let quote: String
    /// Where they start.
    public let location: BlockJSON.Location

    /// The record of a mention.
    public init(_ mention: Mention) {
        quote = mention.quote
        location = BlockJSON.Location(mention.span)
    }
}

/// A coding key made at run time.
struct DynamicKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }

    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
