import Foundation
import GRDB
import Model

/// A row of `run`.
struct RunRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "run"
    var id: Int64?
    var startedAt: Date
    var toolVersion: String
    var inputs: String  // JSON array
    var documentCount: Int
    var claimCount: Int
    var matchCount: Int
    var findingCount: Int
    var failedCount: Int

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    init(_ run: StoredRun) throws {
        id = nil
        startedAt = run.startedAt
        toolVersion = run.toolVersion
        inputs = try JSONValue(encoding: run.inputs).jsonText
        documentCount = run.documentCount
        claimCount = run.claimCount
        matchCount = run.matchCount
        findingCount = run.findingCount
        failedCount = run.failedCount
    }

    func model() throws -> StoredRun {
        StoredRun(id: id, startedAt: startedAt, toolVersion: toolVersion,
                  inputs: try StoreCoding.strings(inputs, column: "run.inputs"),
                  documentCount: documentCount, claimCount: claimCount, matchCount: matchCount,
                  findingCount: findingCount, failedCount: failedCount)
    }
}
