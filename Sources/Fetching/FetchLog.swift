/// What the fetcher got for each URL during a run, for the store (ETag, status, cached body).
public actor FetchLog {
    private var results: [String: URLFetchResult] = [:]
    private var reusedURLs: Set<String> = []

    /// Creates an empty log.
    public init() {}

    /// Records a fetch result under its URL as given.
    public func record(_ result: URLFetchResult) {
        results[result.url] = result
    }

    /// Records that a URL's cached parse was handed on instead of its bytes being parsed.
    public func recordReuse(of url: String) {
        reusedURLs.insert(url)
    }

    /// Every recorded result by URL as given.
    public var all: [String: URLFetchResult] { results }

    /// URLs (as given) whose page came from the parsed-page cache, not the parser.
    public var reused: Set<String> { reusedURLs }
}
