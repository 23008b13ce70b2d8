import Foundation

/// Why a URL page could not be fetched: every case names the URL, and the limits it hit.
public enum FetchingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A URL input is not a URL with a host.
    case invalidURL(url: String)
    /// A URL (or a redirect) is not http or https.
    case unsupportedScheme(url: String, scheme: String)
    /// Fetching a URL took longer than the timeout (seconds).
    case timedOut(url: String, seconds: Double)
    /// A URL's body is larger than the limit (bytes); the fetch was aborted.
    case bodyTooLarge(url: String, limit: Int)
    /// A redirect led back to a URL already visited.
    case redirectLoop(url: String, chain: [String])
    /// A URL redirected more often than the limit.
    case tooManyRedirects(url: String, limit: Int)
    /// The server answered with an error status.
    case httpStatus(url: String, code: Int, reason: String?)
    /// The server sent something that is not a page (an image, a PDF…).
    case notAPage(url: String, mediaType: String)
    /// The server answered 304 Not Modified but there is no cached copy.
    case notModifiedWithoutCache(url: String)
    /// The connection failed (DNS, refused, TLS…).
    case connectionFailed(url: String, detail: String)


    /// `url: problem (expected …)`.
    public var description: String {
        switch self {
        case .invalidURL(let url):
            return "\(url): not a valid URL (expected http://host/… or https://host/…)"
        case .unsupportedScheme(let url, let scheme):
            return "\(url): \(scheme) URLs are not fetched (expected http or https)"
        case .timedOut(let url, let seconds):
            return "\(url): timed out after \(Self.number(seconds)) s"
        case .bodyTooLarge(let url, let limit):
            return "\(url): body larger than the \(Self.number(Double(limit) / 1_048_576)) MB limit (aborted)"
        case .redirectLoop(let url, let chain):
            return "\(url): redirect loop (\(chain.joined(separator: " → ")))"
        case .tooManyRedirects(let url, let limit):
            return "\(url): more than \(limit) redirects"
        case .httpStatus(let url, let code, let reason):
            return "\(url): HTTP \(code)\(reason.map { " (\($0))" } ?? "")"
        case .notAPage(let url, let mediaType):
            return "\(url): content type \(mediaType) is not a page (expected text/html or text/plain)"
        case .notModifiedWithoutCache(let url):
            return "\(url): server answered 304 Not Modified but no cached copy exists"
        case .connectionFailed(let url, let detail):
            return "\(url): cannot connect (\(detail))"
        }
    }

    /// `20` for whole numbers, `1.5` otherwise.
    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
