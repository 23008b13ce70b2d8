import Foundation

/// A fetched URL page and what the server said about it.
public struct URLFetchResult: Sendable, Hashable {
    /// The URL as given.
    public let url: String
    /// The URL the body came from, after redirects.
    public let finalURL: String
    /// The HTTP status: 200, or 304 when the cached copy was confirmed unchanged.
    public let status: Int
    /// The media type from `Content-Type` (`text/html`), lowercased, if any.
    public let mediaType: String?
    /// The charset from `Content-Type` (`iso-8859-1`), lowercased, if any.
    public let charset: String?
    /// The body (the cached copy's bytes after a 304).
    public let body: [UInt8]
    /// The `ETag` header, if any.
    public let etag: String?
    /// The `Last-Modified` header, if any.
    public let lastModified: String?
    /// When the response arrived.
    public let fetchedAt: Date

    /// Creates a result.
    public init(url: String, finalURL: String, status: Int, mediaType: String?, charset: String?, body: [UInt8],
                etag: String?, lastModified: String?, fetchedAt: Date) {
        self.url = url
        self.finalURL = finalURL
        self.status = status
        self.mediaType = mediaType
        self.charset = charset
        self.body = body
        self.etag = etag
        self.lastModified = lastModified
        self.fetchedAt = fetchedAt
    }

    /// The server confirmed the cached copy (HTTP 304).
    public var notModified: Bool { status == 304 }
}
