/// Limits and identity for fetching URL pages.
public struct FetchOptions: Sendable, Hashable {
    /// Seconds a fetch may take in total, redirects included (default 20).
    public var timeout: Double
    /// Largest body accepted, in bytes (default 10 MB); a fetch is aborted past it.
    public var maxBodyBytes: Int
    /// Redirects followed before giving up (default 5).
    public var maxRedirects: Int
    /// The `User-Agent` header: `reconcile/<version> (+fact-check tool)`.
    public var userAgent: String

    /// Media types accepted as pages; anything else (images, PDF, octet-stream…) is refused.
    /// A response without `Content-Type` is accepted and sniffed by the parser.
    public static let pageMediaTypes: Set<String> = [
        "text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown",
    ]

    /// Creates options; the defaults suit a scheduled re-verification.
    public init(timeout: Double = 20, maxBodyBytes: Int = 10 * 1024 * 1024, maxRedirects: Int = 5,
                toolVersion: String = "0.1.0") {
        self.timeout = timeout
        self.maxBodyBytes = maxBodyBytes
        self.maxRedirects = maxRedirects
        self.userAgent = "reconcile/\(toolVersion) (+fact-check tool)"
    }
}
