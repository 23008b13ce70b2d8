/// Reason phrases for the HTTP statuses a page fetch commonly meets, for error messages.
enum HTTPReason {
    static let phrases: [Int: String] = [
        400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 410: "Gone",
        429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway",
        503: "Service Unavailable", 504: "Gateway Timeout",
    ]

    /// The phrase for `code`, or `nil` for an uncommon status.
    static func phrase(_ code: Int) -> String? { phrases[code] }
}
