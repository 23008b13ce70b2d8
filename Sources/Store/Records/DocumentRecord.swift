import Foundation
import GRDB
import Model

/// A row of `document`: one page of one run.
struct DocumentRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "document"
    var id: Int64?
    var runId: Int64
    var documentId: String
    var source: String
    var format: String?
    var title: String?
    var contentHash: String?
    var fetchedAt: Date?
    var httpStatus: Int?
    var etag: String?
    var lastModified: String?
    var failed: Bool
    var stale: Bool
    var body: Data?
    var error: String?  // since v2
    var blocksJSON: String?  // since v3

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    init(_ document: StoredDocument, runId: Int64) {
        id = nil
        self.runId = runId
        documentId = document.documentID
        source = document.source
        format = document.format
        title = document.title
        contentHash = document.contentHash
        fetchedAt = document.fetchedAt
        httpStatus = document.httpStatus
        etag = document.etag
        lastModified = document.lastModified
        failed = document.failed
        stale = document.stale
        body = document.body
        error = document.error
        blocksJSON = document.blocksJSON
    }

    var model: StoredDocument {
        StoredDocument(documentID: documentId, source: source, format: format, title: title,
                       contentHash: contentHash, fetchedAt: fetchedAt, httpStatus: httpStatus, etag: etag,
                       lastModified: lastModified, failed: failed, stale: stale, error: error, body: body,
                       blocksJSON: blocksJSON)
    }
}
