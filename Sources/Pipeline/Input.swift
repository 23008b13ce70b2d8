/// One page to load: a file found on disk or a URL to fetch.
public enum Input: Hashable, Sendable {
    /// A file below a PATH given on the command line.
    case file(FileInput)
    /// An `http(s)` URL given on the command line; the page fetcher loads it.
    case url(URLInput)

    /// The document id the page will get.
    public var id: String {
        switch self {
        case .file(let file): return file.id
        case .url(let url): return url.id
        }
    }

    /// The path as given joined with the sub-path, or the URL: what errors and reports name.
    public var source: String {
        switch self {
        case .file(let file): return file.source
        case .url(let url): return url.url
        }
    }
}

/// A page file on disk.
public struct FileInput: Hashable, Sendable {
    /// The path to open (relative to the working directory, or absolute).
    public let path: String
    /// The path as given on the command line joined with the file's path below it.
    public let source: String
    /// File name without extension, made unique per run.
    public let id: String

    /// Creates a file input.
    public init(path: String, source: String, id: String) {
        self.path = path
        self.source = source
        self.id = id
    }
}

/// A page to fetch over HTTP(S).
public struct URLInput: Hashable, Sendable {
    /// The URL exactly as given.
    public let url: String
    /// The last path component without extension (or the host), made unique per run.
    public let id: String

    /// Creates a URL input.
    public init(url: String, id: String) {
        self.url = url
        self.id = id
    }
}
