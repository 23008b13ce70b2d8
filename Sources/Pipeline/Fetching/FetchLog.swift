/// What the fetcher got for each URL during a run, for the store (ETag, status, cached body).
public actor FetchLog {
    private var results: [String: URLFetchResult] = [:]

    /// Creates an empty log.
    public init() {}

    /// Records a fetch result under its URL as given.
    public func record(_ result: URLFetchResult) {
        results[result.url] = result
    }

    /// Every recorded result by URL as given.
    public var all: [String: URLFetchResult] { results }
}
