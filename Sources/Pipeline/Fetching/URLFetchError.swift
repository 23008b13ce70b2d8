import Foundation

/// Why a URL page could not be fetched; every message starts with the URL.
public enum URLFetchError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text is not a URL with a host.
    case invalidURL(url: String)
    /// The URL (or a redirect) is not http or https.
    case unsupportedScheme(url: String, scheme: String)
    /// The whole fetch took longer than the timeout.
    case timedOut(url: String, seconds: Double)
    /// The body is larger than the limit.
    case tooLarge(url: String, limit: Int)
    /// A redirect led back to a URL already visited.
    case redirectLoop(url: String, chain: [String])
    /// More redirects than the limit.
    case tooManyRedirects(url: String, limit: Int)
    /// The server answered with an error status.
    case httpStatus(url: String, code: Int)
    /// The server sent something that is not a page.
    case unsupportedContentType(url: String, mediaType: String)
    /// A 304 arrived but there is no cached copy to reuse.
    case notModifiedWithoutCache(url: String)
    /// The connection failed (DNS, refused, TLS…).
    case transport(url: String, detail: String)

    /// `url: problem (expected …)`.
    public var description: String {
        switch self {
        case .invalidURL(let url):
            return "\(url): not a valid URL (expected http://host/… or https://host/…)"
        case .unsupportedScheme(let url, let scheme):
            return "\(url): \(scheme) URLs are not fetched (expected http or https)"
        case .timedOut(let url, let seconds):
            return "\(url): timed out after \(Self.format(seconds)) s"
        case .tooLarge(let url, let limit):
            return "\(url): body larger than the \(Self.format(Double(limit) / 1_048_576)) MB limit (aborted)"
        case .redirectLoop(let url, let chain):
            return "\(url): redirect loop (\(chain.joined(separator: " → ")))"
        case .tooManyRedirects(let url, let limit):
            return "\(url): more than \(limit) redirects"
        case .httpStatus(let url, let code):
            return "\(url): HTTP \(code)\(Self.reason(code).map { " (\($0))" } ?? "")"
        case .unsupportedContentType(let url, let mediaType):
            return "\(url): content type \(mediaType) is not a page (expected text/html or text/plain)"
        case .notModifiedWithoutCache(let url):
            return "\(url): server answered 304 Not Modified but no cached copy exists"
        case .transport(let url, let detail):
            return "\(url): cannot connect (\(detail))"
        }
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    private static func reason(_ code: Int) -> String? {
        switch code {
        case 400: return "Bad Request"
        case 401: return "Unauthorized"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 410: return "Gone"
        case 429: return "Too Many Requests"
        case 500: return "Internal Server Error"
        case 502: return "Bad Gateway"
        case 503: return "Service Unavailable"
        case 504: return "Gateway Timeout"
        default: return nil
        }
    }
}
