import Documents
import Foundation

/// A classified value together with the page's own words for it.
public struct Classified<Value: Hashable & Sendable & Codable>: Hashable, Sendable, Codable {
    /// The normalised value, `nil` when the page's words do not determine one.
    public let value: Value?
    /// What the page said.
    public let text: String

    /// Creates a classified value.
    public init(_ value: Value?, text: String) {
        self.value = value
        self.text = text
    }
}

/// Identifiers a page gives for a study.
public struct Identifiers: Hashable, Sendable, Codable {
    /// Bracket citations such as `web:141` (without brackets), in page order.
    public var citations: [String]
    /// PubMed id, digits only.
    public var pmid: String?
    /// DOI, lowercased, without a `doi:` or URL prefix.
    public var doi: String?
    /// ClinicalTrials.gov id such as `NCT06644365`.
    public var nct: String?
    /// PubMed Central id such as `PMC3926176`.
    public var pmcid: String?
    /// ISRCTN registry id such as `ISRCTN70584524`.
    public var isrctn: String?

    /// Creates identifiers; all empty by default.
    public init(citations: [String] = [], pmid: String? = nil, doi: String? = nil, nct: String? = nil,
                pmcid: String? = nil, isrctn: String? = nil) {
        self.citations = citations
        self.pmid = pmid
        self.doi = doi
        self.nct = nct
        self.pmcid = pmcid
        self.isrctn = isrctn
    }

    /// Whether any identifier other than a bracket citation is known.
    public var hasRegistryOrIndexID: Bool {
        pmid != nil || doi != nil || nct != nil || pmcid != nil || isrctn != nil
    }
}

/// One place on the page that supports a claim.
public struct Mention: Hashable, Sendable, Codable {
    /// The sentence, table row or list item, as the page wrote it.
    public let quote: String
    /// Where it is.
    public let span: SourceSpan

    /// Creates a mention.
    public init(quote: String, span: SourceSpan) {
        self.quote = quote
        self.span = span
    }
}

/// A number the page reports about a study that a reader can check (a percentage, a p-value).
public struct ReportedNumber: Hashable, Sendable, Codable {
    /// What kind of number it is.
    public enum Kind: String, Hashable, Sendable, Codable { case percentage, pValue }
    /// The kind.
    public let kind: Kind
    /// The value: 98 for "98%", 0.001 for "P<0.001".
    public let value: Double
    /// The page's words, e.g. "98%" or "P<0.001".
    public let text: String
    /// The 1-based line it was read on.
    public let line: Int

    /// Creates a reported number.
    public init(kind: Kind, value: Double, text: String, line: Int) {
        self.kind = kind
        self.value = value
        self.text = text
        self.line = line
    }
}

/// What one page says about one study.
public struct StudyClaim: Hashable, Sendable {
    /// `<document id>#<key>`.
    public var id: String
    /// The id of the page this claim comes from.
    public var document: String
    /// A short human label ("Lindqvist et al. 2012 randomized controlled pilot studies").
    public var label: String
    /// Author surnames, first author first, "et al." dropped.
    public var authors: [String]
    /// Publication year as the page gives it.
    public var year: Int?
    /// Design class plus the page's words.
    public var design: Classified<DesignClass>?
    /// Total participants plus the page's words.
    public var sampleSize: Classified<Int>?
    /// Duration in days (week 7, month 30, year 365) plus the page's words.
    public var duration: Classified<Int>?
    /// Daily dose in milligrams (when the words allow) plus the page's words (``DoseField``).
    public var dose: Classified<Double>?
    /// Normalised lowercase condition/outcome names.
    public var conditions: [String]
    /// PMID, DOI, NCT, PMCID and bracket citations.
    public var identifiers: Identifiers
    /// Journal or publisher, when named.
    public var venue: String?
    /// Country where the study was run, when the page says ("Swedish RCT" → Sweden).
    public var country: String?
    /// How the page characterises this study's evidence.
    public var verdict: Classified<VerdictClass>?
    /// Percentages and p-values the page reports for this study.
    public var numbers: [ReportedNumber]
    /// Every place on the page that supports this claim; the first is the primary one.
    public var mentions: [Mention]
    /// Per stated value, the words on the page that gave it and the line they are on
    /// (``ValueLocator``); a value is absent when its words are on no block of the page.
    public var sources: [ClaimField: Mention]

    /// Creates a study claim.
    public init(id: String, document: String, label: String, authors: [String] = [], year: Int? = nil,
                design: Classified<DesignClass>? = nil, sampleSize: Classified<Int>? = nil,
                duration: Classified<Int>? = nil, dose: Classified<Double>? = nil, conditions: [String] = [],
                identifiers: Identifiers = Identifiers(), venue: String? = nil, country: String? = nil,
                verdict: Classified<VerdictClass>? = nil, numbers: [ReportedNumber] = [],
                mentions: [Mention], sources: [ClaimField: Mention] = [:]) {
        self.id = id
        self.document = document
        self.label = label
        self.authors = authors
        self.year = year
        self.design = design
        self.sampleSize = sampleSize
        self.duration = duration
        self.dose = dose
        self.conditions = conditions
        self.identifiers = identifiers
        self.venue = venue
        self.country = country
        self.verdict = verdict
        self.numbers = numbers
        self.mentions = mentions
        self.sources = sources
    }

    /// The primary quote (first mention), or "" when there is none.
    public var quote: String { mentions.first?.quote ?? "" }
    /// The primary location (first mention), or line 1 when there is none.
    public var span: SourceSpan { mentions.first?.span ?? SourceSpan(line: 1) }

    /// Where the page says `text`: the first mention whose quote contains it (ignoring case),
    /// else the primary location. The fallback for a value without a source of its own
    /// (``sources``; claims built in code have none).
    public func span(quoting text: String) -> SourceSpan {
        guard !text.isEmpty,
              let mention = mentions.first(where: { $0.quote.range(of: text, options: .caseInsensitive) != nil })
        else { return span }
        return mention.span
    }
}

/// A page's rating of the evidence for one topic ("back pain: well-supported").
public struct EvidenceClaim: Hashable, Sendable {
    /// `<document id>#<key>`.
    public var id: String
    /// The id of the page this claim comes from.
    public var document: String
    /// The intervention the page is about ("acupressure mat", "creatine").
    public var subject: String
    /// The normalised topic ("back pain").
    public var topic: String
    /// The page's rating with its words.
    public var verdict: Classified<VerdictClass>
    /// Where the rating is.
    public var mention: Mention
    /// The rating's own words and the line they are on (``ValueLocator``); `nil` when the
    /// words are on no block of the page.
    public var verdictSource: Mention?
    /// The names the page keeps using for what it discusses
    /// (``SubjectDetector/subjectTerms(of:)``), to tell pages on one intervention worded
    /// differently; `[]` when unknown (not part of the JSON contract).
    public var subjectTerms: [String]

    /// Creates an evidence claim whose page's subject terms are unknown.
    public init(id: String, document: String, subject: String, topic: String,
                verdict: Classified<VerdictClass>, mention: Mention) {
        self.init(id: id, document: document, subject: subject, topic: topic, verdict: verdict, mention: mention,
                  subjectTerms: [])
    }

    /// Creates an evidence claim.
    public init(id: String, document: String, subject: String, topic: String,
                verdict: Classified<VerdictClass>, mention: Mention, subjectTerms: [String]) {
        self.id = id
        self.document = document
        self.subject = subject
        self.topic = topic
        self.verdict = verdict
        self.mention = mention
        self.subjectTerms = subjectTerms
        self.verdictSource = nil
    }

    /// Where the page states the rating: its own words when located, else the mention.
    public var verdictMention: Mention { verdictSource ?? mention }
}

/// A claim of either kind, in page order.
public enum Claim: Hashable, Sendable {
    /// What a page says about one study.
    case study(StudyClaim)
    /// What a page says about the evidence for a topic.
    case evidence(EvidenceClaim)

    /// The claim's id.
    public var id: String {
        switch self {
        case .study(let c): return c.id
        case .evidence(let c): return c.id
        }
    }

    /// The id of the claim's page.
    public var document: String {
        switch self {
        case .study(let c): return c.document
        case .evidence(let c): return c.document
        }
    }

    /// The study claim, if this is one.
    public var study: StudyClaim? {
        if case .study(let c) = self { return c }
        return nil
    }

    /// The evidence claim, if this is one.
    public var evidence: EvidenceClaim? {
        if case .evidence(let c) = self { return c }
        return nil
    }
}
