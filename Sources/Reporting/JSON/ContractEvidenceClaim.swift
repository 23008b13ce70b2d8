import Extraction

/// An evidence claim in the JSON contract: a page's rating of the evidence for one topic.
public struct ContractEvidenceClaim: Codable, Hashable, Sendable {
    /// `<document id>#<key>`.
    public let id: String
    /// The page's id.
    public let document: String
    /// Always `evidence`.
    public let kind: String
    /// The intervention the page is about.
    public let subject: String
    /// The normalised topic.
    public let topic: String
    /// `{"class", "text"}`.
    public let verdict: ContractClassified<String>
    /// The sentence, row or item that rates it.
    public let quote: String
    /// Where it is.
    public let location: ContractLocation

    /// Converts an evidence claim.
    public init(_ claim: EvidenceClaim) {
        id = claim.id
        document = claim.document
        kind = "evidence"
        subject = claim.subject
        topic = claim.topic
        verdict = ContractClassified(claim.verdict.value?.rawValue, text: claim.verdict.text, key: "class")
        quote = claim.mention.quote
        location = ContractLocation(claim.mention.span)
    }
}
