/// One match of a run, with its typed report record.
public struct StoredMatch: Hashable, Sendable {
    /// The match id.
    public var id: String
    /// `match` or `possible`.
    public var status: String
    /// The match score.
    public var score: Double
    /// The claim ids in the match.
    public var claims: [String]
    /// The match record, as `report.json` shows it.
    public var payload: MatchJSON

    /// Creates a stored match.
    public init(id: String, status: String, score: Double, claims: [String], payload: MatchJSON) {
        self.id = id
        self.status = status
        self.score = score
        self.claims = claims
        self.payload = payload
    }
}
