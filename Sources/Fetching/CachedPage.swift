import Documents

/// A page's previous copy, from the store, used for a conditional GET.
public struct CachedPage: Sendable, Hashable {
    /// The `ETag` the server sent with the copy.
    public let etag: String?
    /// The `Last-Modified` the server sent with the copy.
    public let lastModified: String?
    /// The copy's bytes, reused when the server answers 304 Not Modified.
    public let body: [UInt8]
    /// The copy's media type and charset.
    public let mediaType: String?
    /// The charset the server declared for the copy.
    public let charset: String?
    /// The copy as parsed then, reused instead of parsing ``body`` again; `nil` when the store
    /// has none (rows from before migration v3) or it did not decode.
    public let document: Document?

    /// Creates a cached copy.
    public init(etag: String?, lastModified: String?, body: [UInt8], mediaType: String?, charset: String?,
                document: Document? = nil) {
        self.etag = etag
        self.lastModified = lastModified
        self.body = body
        self.mediaType = mediaType
        self.charset = charset
        self.document = document
    }
}
