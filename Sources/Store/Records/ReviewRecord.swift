import Foundation
import GRDB
import Model

/// A row of `review`: the current decision on one finding fingerprint.
struct ReviewRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "review"
    var fingerprint: String
    var state: String
    var reviewer: String
    var time: Date
    var note: String?
    var findingValues: String  // JSON array of strings
    /// The decided finding's identity; `nil` in rows saved before v4.
    var identity: String?

    init(_ review: Review) throws {
        fingerprint = review.fingerprint
        state = review.state.rawValue
        reviewer = review.reviewer
        time = review.time
        note = review.note
        findingValues = try JSONValue(encoding: review.values).jsonText
        identity = review.identity
    }

    func model() throws -> Review {
        Review(fingerprint: fingerprint, state: try StoreCoding.enumValue(state, column: "review.state"), reviewer: reviewer, time: time, note: note,
               values: try StoreCoding.strings(findingValues, column: "review.findingValues"), identity: identity)
    }
}
