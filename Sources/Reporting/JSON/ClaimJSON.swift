import Extraction

/// A claim in the JSON contract (DESIGN.md): a study or an evidence claim, unknown values null.
///
/// `reconcile extract --format json` and `report.json` both write claims this way.
public struct ClaimJSON: Encodable, Sendable {
    /// The claim.
    public let claim: Claim

    /// Wraps a claim for encoding.
    public init(_ claim: Claim) { self.claim = claim }

    /// Writes the contract's keys; absent values are explicit nulls.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(claim.id, forKey: .id)
        try c.encode(claim.document, forKey: .document)
        switch claim {
        case .study(let study):
            try c.encode("study", forKey: .kind)
            try c.encode(study.label, forKey: .label)
            try c.encode(study.authors, forKey: .authors)
            try c.encode(study.year, forKey: .year)
            try c.encode(study.design.map { ClassifiedJSON($0, key: "class") { $0.rawValue } }, forKey: .design)
            try c.encode(study.sampleSize.map { ClassifiedJSON($0, key: "n") { $0 } }, forKey: .sampleSize)
            try c.encode(study.duration.map { ClassifiedJSON($0, key: "days") { $0 } }, forKey: .duration)
            try c.encode(study.dose.map { ClassifiedJSON($0, key: "mgPerDay") { $0 } }, forKey: .dose)
            try c.encode(study.conditions, forKey: .conditions)
            try c.encode(IdentifiersJSON(study.identifiers), forKey: .identifiers)
            try c.encode(study.venue, forKey: .venue)
            try c.encode(study.country, forKey: .country)
            try c.encode(study.verdict.map { ClassifiedJSON($0, key: "class") { $0.rawValue } }, forKey: .verdict)
            try c.encode(study.numbers, forKey: .numbers)
            try c.encode(study.quote, forKey: .quote)
            try c.encode(BlockJSON.Location(study.span), forKey: .location)
            try c.encode(study.mentions.map(MentionJSON.init), forKey: .mentions)
        case .evidence(let evidence):
            try c.encode("evidence", forKey: .kind)
            try c.encode(evidence.subject, forKey: .subject)
            try c.encode(evidence.topic, forKey: .topic)
            try c.encode(ClassifiedJSON(evidence.verdict, key: "class") { $0.rawValue }, forKey: .verdict)
            try c.encode(evidence.mention.quote, forKey: .quote)
            try c.encode(BlockJSON.Location(evidence.mention.span), forKey: .location)
        }
    }

    private enum Key: String, CodingKey {
        case id, document, kind, label, authors, year, design, sampleSize, duration, dose, conditions, identifiers
        case venue, country, verdict, numbers, quote, location, mentions, subject, topic
    }
}

/// `{"<key>": value-or-null, "text": "the page's words"}`.
struct ClassifiedJSON<Value: Encodable>: Encodable {
    let value: Value?
    let text: String
    let key: String

    init<V>(_ classified: Classified<V>, key: String, _ convert: (V) -> Value) {
        value = classified.value.map(convert)
        text = classified.text
        self.key = key
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: DynamicKey.self)
        try c.encode(value, forKey: DynamicKey(key))
        try c.encode(text, forKey: DynamicKey("text"))
    }
}

/// `{"citations": […], "pmid": null, "doi": null, "nct": null, "pmcid": null, "isrctn": null}`.
struct IdentifiersJSON: Encodable {
    let ids: Identifiers

    init(_ ids: Identifiers) { self.ids = ids }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: DynamicKey.self)
        try c.encode(ids.citations, forKey: DynamicKey("citations"))
        try c.encode(ids.pmid, forKey: DynamicKey("pmid"))
        try c.encode(ids.doi, forKey: DynamicKey("doi"))
        try c.encode(ids.nct, forKey: DynamicKey("nct"))
        try c.encode(ids.pmcid, forKey: DynamicKey("pmcid"))
        try c.encode(ids.isrctn, forKey: DynamicKey("isrctn"))
    }
}

/// One supporting place on the page: `{"quote": …, "location": {…}}`.
struct MentionJSON: Encodable {
    let quote: String
    let location: BlockJSON.Location

    init(_ mention: Mention) {
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
