import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fetches `http(s)` pages with URLSession, within ``FetchOptions`` limits.
///
/// Only http and https are fetched, redirects are followed up to a limit with loop detection,
/// the body is capped, and images, PDFs and other non-pages are refused from their
/// `Content-Type`. With a ``CachedPage`` for the URL the request is conditional
/// (`If-None-Match` / `If-Modified-Since`) and a 304 reuses the cached bytes.
public struct URLFetcher: Sendable {
    /// Limits and User-Agent.
    public let options: FetchOptions
    /// Previous copies by URL as given, for conditional GET.
    public let cache: [String: CachedPage]
    /// Where page fetches are recorded for the store, if anywhere.
    public let log: FetchLog?

    /// Creates a fetcher.
    /// - Parameters:
    ///   - options: Timeout, body limit, redirect limit, User-Agent.
    ///   - cache: Previous copies by URL, from the store.
    ///   - log: Records each successful fetch (see ``fetch(_:)``).
    public init(options: FetchOptions = FetchOptions(), cache: [String: CachedPage] = [:], log: FetchLog? = nil) {
        self.options = options
        self.cache = cache
        self.log = log
    }

    /// Fetches one page.
    /// - Parameter url: The URL as given.
    /// - Returns: The body and response headers; after a 304, the cached body.
    /// - Throws: ``FetchingError`` naming the URL and what happened.
    public func fetchPage(_ url: String) async throws -> URLFetchResult {
        guard let target = URL(string: url), let scheme = target.scheme?.lowercased(),
              target.host?.isEmpty == false || !["http", "https"].contains(scheme)
        else { throw FetchingError.invalidURL(url: url) }
        guard ["http", "https"].contains(scheme) else {
            throw FetchingError.unsupportedScheme(url: url, scheme: scheme)
        }
        let cached = cache[url]
        var request = URLRequest(url: target, cachePolicy: .reloadIgnoringLocalCacheData,
                                 timeoutInterval: options.timeout)
        request.setValue(options.userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue("text/html, application/xhtml+xml, text/plain;q=0.9, */*;q=0.1",
                         forHTTPHeaderField: "Accept")
        if let etag = cached?.etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
        if let modified = cached?.lastModified {
            request.setValue(modified, forHTTPHeaderField: "If-Modified-Since")
        }

        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.timeoutIntervalForRequest = options.timeout
        configuration.timeoutIntervalForResource = options.timeout
        let delegate = FetchDelegate(url: url, options: options)
        let session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }

        let response = try await delegate.run(session.dataTask(with: request))
        let contentType = ContentType(response.value(forHTTPHeaderField: "Content-Type"))
        if response.statusCode == 304 {
            guard let cached else { throw FetchingError.notModifiedWithoutCache(url: url) }
            return URLFetchResult(
                url: url, finalURL: response.url?.absoluteString ?? url, status: 304,
                mediaType: cached.mediaType, charset: cached.charset, body: cached.body,
                etag: response.value(forHTTPHeaderField: "ETag") ?? cached.etag,
                lastModified: response.value(forHTTPHeaderField: "Last-Modified") ?? cached.lastModified,
                fetchedAt: Date())
        }
        return URLFetchResult(
            url: url, finalURL: response.url?.absoluteString ?? url, status: response.statusCode,
            mediaType: contentType.mediaType, charset: contentType.charset, body: delegate.body,
            etag: response.value(forHTTPHeaderField: "ETag"),
            lastModified: response.value(forHTTPHeaderField: "Last-Modified"), fetchedAt: Date())
    }
}
