import GRDB
import Model

/// A row of `match`: one match of one run.
struct MatchRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "match"
    var id: Int64?
    var runId: Int64
    var matchId: String
    var status: String
    var score: Double
    var claims: String  // JSON array of claim ids
    var payload: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    init(_ match: StoredMatch, runId: Int64) throws {
        id = nil
        self.runId = runId
        matchId = match.id
        status = match.status
        score = match.score
        claims = try JSONValue(encoding: match.claims).jsonText
        payload = try StoreCoding.text(match.payload)
    }

    func model() throws -> StoredMatch {
        StoredMatch(id: matchId, status: status, score: score,
                    claims: try StoreCoding.strings(claims, column: "match.claims"),
                    payload: try StoreCoding.record(payload, column: "match.payload"))
    }
}
