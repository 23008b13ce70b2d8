import GRDB
import Model

/// A row of `claim`: one claim of one run.
struct ClaimRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "claim"
    var id: Int64?
    var runId: Int64
    var claimId: String
    var documentId: String
    var kind: String
    var stale: Bool
    var payload: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    init(_ claim: StoredClaim, runId: Int64) throws {
        id = nil
        self.runId = runId
        claimId = claim.id
        documentId = claim.document
        kind = claim.kind.rawValue
        stale = claim.stale
        payload = try StoreCoding.text(claim.payload)
    }

    func model() throws -> StoredClaim {
        StoredClaim(id: claimId, document: documentId,
                    kind: try StoreCoding.enumValue(kind, column: "claim.kind"), stale: stale,
                    payload: try StoreCoding.record(payload, column: "claim.payload"))
    }
}
