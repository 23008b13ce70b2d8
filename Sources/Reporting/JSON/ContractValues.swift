import Documents
import Extraction

/// A classified value with the page's words: `{"class": …, "text": …}` for design and
/// verdict, `{"n": …, "text": …}` for sample size, `{"days": …, "text": …}` for duration.
public struct ContractClassified<Value: Codable & Hashable & Sendable>: Codable, Hashable, Sendable {
    /// The normalised value; `null` when the words do not determine one.
    public let value: Value?
    /// What the page said.
    public let text: String
    private let key: String

    /// Wraps a value under the JSON key `key` (`class`, `n` or `days`).
    public init(_ value: Value?, text: String, key: String) {
        self.value = value
        self.text = text
        self.key = key
    }

    private struct DynamicKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Writes `{key: value-or-null, "text": …}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamicKey.self)
        try container.encode(value, forKey: DynamicKey(stringValue: key))
        try container.encode(text, forKey: DynamicKey(stringValue: "text"))
    }

    /// Reads whichever of `class`, `n`, `days` is present.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: DynamicKey.self)
        text = try container.decodeIfPresent(String.self, forKey: DynamicKey(stringValue: "text")) ?? ""
        let keys = ["class", "n", "days"]
        let present = keys.first { container.contains(DynamicKey(stringValue: $0)) } ?? "class"
        key = present
        value = try container.decodeIfPresent(Value.self, forKey: DynamicKey(stringValue: present))
    }
}

/// Where a claim is: `{"line": …, "start": …, "end": …}` (start/end `null` when unknown).
public struct ContractLocation: Codable, Hashable, Sendable {
    /// 1-based line.
    public let line: Int
    /// UTF-8 byte offset of the start, when known.
    public let start: Int?
    /// UTF-8 byte offset just past the end, when known.
    public let end: Int?

    /// Converts a span.
    public init(_ span: SourceSpan) {
        line = span.line
        start = span.start
        end = span.end
    }

    /// Writes every key, `null` included.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(line, forKey: .line)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
    }
}

/// A study's identifiers: `citations`, `pmid`, `doi`, `nct`, `pmcid` (and `isrctn`).
public struct ContractIdentifiers: Codable, Hashable, Sendable {
    /// Bracket citations and footnote markers.
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

    /// Converts identifiers.
    public init(_ ids: Identifiers) {
        citations = ids.citations
        pmid = ids.pmid
        doi = ids.doi
        nct = ids.nct
        pmcid = ids.pmcid
        isrctn = ids.isrctn
    }

    /// Writes every key, `null` included.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(citations, forKey: .citations)
        try container.encode(pmid, forKey: .pmid)
        try container.encode(doi, forKey: .doi)
        try container.encode(nct, forKey: .nct)
        try container.encode(pmcid, forKey: .pmcid)
        try container.encode(isrctn, forKey: .isrctn)
    }
}

/// One supporting place on the page: `{"quote": …, "location": {…}}`.
public struct ContractMention: Codable, Hashable, Sendable {
    /// The sentence or row.
    public let quote: String
    /// Where it is.
    public let location: ContractLocation

    /// Converts a mention.
    public init(_ mention: Mention) {
        quote = mention.quote
        location = ContractLocation(mention.span)
    }
}

/// A reported percentage or p-value: `{"kind": "percentage", "value": 98, "text": "98%", "line": 8}`.
public struct ContractNumber: Codable, Hashable, Sendable {
    /// `percentage` or `pValue`.
    public let kind: String
    /// The number.
    public let value: Double
    /// The page's words.
    public let text: String
    /// 1-based line.
    public let line: Int

    /// Converts a reported number.
    public init(_ number: ReportedNumber) {
        kind = number.kind.rawValue
        value = number.value
        text = number.text
        line = number.line
    }
}
