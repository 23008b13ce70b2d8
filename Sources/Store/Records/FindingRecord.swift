import Extraction
import Findings
import GRDB
import Model

/// A row of `finding`: one finding of one run, keyed by fingerprint.
struct FindingRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "finding"
    var id: Int64?
    var runId: Int64
    var fingerprint: String
    var kind: String
    var severity: String
    var field: String?
    var message: String
    var findingValues: String  // JSON array of strings
    var stale: Bool
    var payload: String
    /// What the finding is about without its values; `nil` in rows saved before v4.
    var identity: String?

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    init(_ finding: StoredFinding, runId: Int64) throws {
        id = nil
        self.runId = runId
        fingerprint = finding.fingerprint
        kind = finding.kind.rawValue
        severity = finding.severity.rawValue
        field = finding.field?.rawValue
        message = finding.message
        findingValues = try JSONValue(encoding: finding.values).jsonText
        stale = finding.stale
        payload = try StoreCoding.text(finding.payload)
        identity = finding.identity
    }

    func model() throws -> StoredFinding {
        StoredFinding(fingerprint: fingerprint,
                      kind: try StoreCoding.enumValue(kind, column: "finding.kind"),
                      severity: try StoreCoding.enumValue(severity, column: "finding.severity"),
                      field: try field.map { try StoreCoding.enumValue($0, column: "finding.field") },
                      message: message,
                      values: try StoreCoding.strings(findingValues, column: "finding.findingValues"),
                      stale: stale, identity: identity, payload: try StoreCoding.record(payload, column: "finding.payload"))
    }
}
