import Extraction

/// A study claim in the JSON contract (DESIGN.md "JSON contract"); unknown values are `null`.
public struct ContractStudyClaim: Codable, Hashable, Sendable {
    /// `<document id>#<key>`.
    public let id: String
    /// The page's id.
    public let document: String
    /// Always `study`.
    public let kind: String
    /// Short human label.
    public let label: String
    /// Surnames, first author first.
    public let authors: [String]
    /// Publication year.
    public let year: Int?
    /// `{"class", "text"}`.
    public let design: ContractClassified<String>?
    /// `{"n", "text"}`.
    public let sampleSize: ContractClassified<Int>?
    /// `{"days", "text"}`.
    public let duration: ContractClassified<Int>?
    /// Normalised condition names.
    public let conditions: [String]
    /// Identifiers.
    public let identifiers: ContractIdentifiers
    /// Journal or publisher.
    public let venue: String?
    /// Country.
    public let country: String?
    /// `{"class", "text"}`.
    public let verdict: ContractClassified<String>?
    /// The primary quote.
    public let quote: String
    /// The primary location.
    public let location: ContractLocation
    /// Every supporting mention, primary first.
    public let mentions: [ContractMention]
    /// Reported percentages and p-values.
    public let numbers: [ContractNumber]

    /// Converts a study claim.
    public init(_ claim: StudyClaim) {
        id = claim.id
        document = claim.document
        kind = "study"
        label = claim.label
        authors = claim.authors
        year = claim.year
        design = claim.design.map { ContractClassified($0.value?.rawValue, text: $0.text, key: "class") }
        sampleSize = claim.sampleSize.map { ContractClassified($0.value, text: $0.text, key: "n") }
        duration = claim.duration.map { ContractClassified($0.value, text: $0.text, key: "days") }
        conditions = claim.conditions
        identifiers = ContractIdentifiers(claim.identifiers)
        venue = claim.venue
        country = claim.country
        verdict = claim.verdict.map { ContractClassified($0.value?.rawValue, text: $0.text, key: "class") }
        quote = claim.quote
        location = ContractLocation(claim.span)
        mentions = claim.mentions.map(ContractMention.init)
        numbers = claim.numbers.map(ContractNumber.init)
    }

    /// Writes every key, `null` included.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(document, forKey: .document)
        try c.encode(kind, forKey: .kind)
        try c.encode(label, forKey: .label)
        try c.encode(authors, forKey: .authors)
        try c.encode(year, forKey: .year)
        try c.encode(design, forKey: .design)
        try c.encode(sampleSize, forKey: .sampleSize)
        try c.encode(duration, forKey: .duration)
        try c.encode(conditions, forKey: .conditions)
        try c.encode(identifiers, forKey: .identifiers)
        try c.encode(venue, forKey: .venue)
        try c.encode(country, forKey: .country)
        try c.encode(verdict, forKey: .verdict)
        try c.encode(quote, forKey: .quote)
        try c.encode(location, forKey: .location)
        try c.encode(mentions, forKey: .mentions)
        try c.encode(numbers, forKey: .numbers)
    }
}
