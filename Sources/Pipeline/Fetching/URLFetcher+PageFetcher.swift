extension URLFetcher: PageFetcher {
    /// Fetches a URL input for ``PageLoader`` and records the response in ``log``.
    /// - Throws: ``PipelineError``; the loader turns it into a ``PageFailure``.
    public func fetch(_ url: String) async throws -> FetchedPage {
        let result = try await fetchPage(url)
        await log?.record(result)
        return FetchedPage(bytes: result.body, mediaType: result.mediaType, charset: result.charset)
    }
}
