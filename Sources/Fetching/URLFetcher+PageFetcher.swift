import Documents

extension URLFetcher: PageFetcher {
    /// Fetches a URL input for the page loader and records the response in ``log``.
    ///
    /// When the page is unchanged (304, or a 200 with the cached bytes) and its parsed copy is
    /// cached, that copy is handed on so the page is not parsed again, and ``log`` notes it.
    /// - Throws: ``FetchingError``; the pipeline turns it into a page failure.
    public func fetch(_ url: String) async throws -> FetchedPage {
        let result = try await fetchPage(url)
        await log?.record(result)
        var reused: Document?
        if let cached = cache[url], let document = cached.document,
           result.notModified || result.body == cached.body {
            reused = document
            await log?.recordReuse(of: url)
        }
        return FetchedPage(bytes: result.body, mediaType: result.mediaType, charset: result.charset,
                           cachedDocument: reused)
    }
}
