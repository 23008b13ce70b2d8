/// One claim of a run, with its typed report record.
public struct StoredClaim: Hashable, Sendable {
    /// Study or evidence claim.
    public enum Kind: String, Codable, Sendable, Hashable, CaseIterable {
        case study, evidence
    }

    /// The stable claim id `<document id>#<key>`.
    public var id: String
    /// The id of the claim's page.
    public var document: String
    /// Study or evidence.
    public var kind: Kind
    /// Carried over from an earlier run because the page failed to load.
    public var stale: Bool
    /// The claim record, as `report.json` shows it.
    public var payload: ClaimJSON

    /// Creates a stored claim.
    public init(id: String, document: String, kind: Kind, stale: Bool = false, payload: ClaimJSON) {
        self.id = id
        self.document = document
        self.kind = kind
        self.stale = stale
        self.payload = payload
    }
}
