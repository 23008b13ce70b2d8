/// One match of a run, with its report JSON.
public struct StoredMatch: Hashable, Sendable {
    /// The match id.
    public var id: String
    /// `match` or `possible`.
    public var status: String
    /// The match score.
    public var score: Double
    /// The claim ids in the match.
    public var claims: [String]
    /// The match object as `report.json` shows it.
    public var payload: JSONValue

    /// Creates a stored match.
    public init(id: String, status: String, score: Double, claims: [String], payload: JSONValue) {
        self.id = id
        self.status = status
        self.score = score
        self.claims = claims
        self.payload = payload
    }
}
