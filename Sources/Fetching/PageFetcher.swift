import Documents

/// Loads a URL input (the hook the store/verify work plugs an HTTP client into).
public protocol PageFetcher: Sendable {
    /// Fetches one page.
    ///
    /// - Parameter url: The URL as given on the command line.
    /// - Returns: The body with the media type and charset the server declared.
    /// - Throws: Any error; its description becomes the page's failure message.
    func fetch(_ url: String) async throws -> FetchedPage
}

/// The body of a fetched page and what the server said about it.
public struct FetchedPage: Sendable, Hashable {
    /// The response body.
    public let bytes: [UInt8]
    /// The media type from `Content-Type` (`text/html`), if any.
    public let mediaType: String?
    /// The charset from `Content-Type`, if any.
    public let charset: String?
    /// The page as parsed before, when the server confirmed it unchanged and a parsed copy is
    /// cached: the page loader uses it instead of parsing ``bytes``.
    public let cachedDocument: Document?

    /// Creates a fetched page.
    public init(bytes: [UInt8], mediaType: String?, charset: String?, cachedDocument: Document? = nil) {
        self.bytes = bytes
        self.mediaType = mediaType
        self.charset = charset
        self.cachedDocument = cachedDocument
    }
}
