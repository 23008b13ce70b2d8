import Foundation

/// One page of a run: where it came from, what its bytes hashed to, and how the fetch went.
public struct StoredDocument: Hashable, Sendable {
    /// The document id (file name without extension, or derived from the URL).
    public var documentID: String
    /// The path or URL the page was read from.
    public var source: String
    /// `text` or `html`, when the page was parsed.
    public var format: String?
    /// The page title, when known.
    public var title: String?
    /// Hex SHA-256 of the page's bytes; `nil` when it could not be read.
    public var contentHash: String?
    /// When the bytes were read or fetched.
    public var fetchedAt: Date?
    /// The HTTP status of a URL page (200, or 304 when revalidated).
    public var httpStatus: Int?
    /// The `ETag` header of a URL page.
    public var etag: String?
    /// The `Last-Modified` header of a URL page.
    public var lastModified: String?
    /// The page could not be read this run.
    public var failed: Bool
    /// The page's claims were carried over from an earlier run because it failed.
    public var stale: Bool
    /// Why the page failed, naming the source.
    public var error: String?
    /// The bytes of a URL page, kept for conditional GET; `nil` for files.
    public var body: Data?
    /// The page's parsed blocks as block-model JSON (with table row lines), stored with ``body``
    /// so an unchanged page is not parsed again (since migration v3).
    public var blocksJSON: String?

    /// Creates a document row.
    public init(documentID: String, source: String, format: String? = nil, title: String? = nil,
                contentHash: String? = nil, fetchedAt: Date? = nil, httpStatus: Int? = nil,
                etag: String? = nil, lastModified: String? = nil, failed: Bool = false, stale: Bool = false,
                error: String? = nil, body: Data? = nil, blocksJSON: String? = nil) {
        self.documentID = documentID
        self.source = source
        self.format = format
        self.title = title
        self.contentHash = contentHash
        self.fetchedAt = fetchedAt
        self.httpStatus = httpStatus
        self.etag = etag
        self.lastModified = lastModified
        self.failed = failed
        self.stale = stale
        self.error = error
        self.body = body
        self.blocksJSON = blocksJSON
    }
}
