import Foundation

/// A parsed `Content-Type` header: `text/html; charset="ISO-8859-1"` → `text/html`, `iso-8859-1`.
struct ContentType: Hashable, Sendable {
    /// The media type, lowercased; `nil` without a header.
    let mediaType: String?
    /// The `charset` parameter, lowercased and unquoted; `nil` when absent.
    let charset: String?

    init(_ header: String?) {
        guard let header else {
            mediaType = nil
            charset = nil
            return
        }
        let parts = header.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        let type = parts.first?.lowercased() ?? ""
        mediaType = type.isEmpty ? nil : type
        charset = parts.dropFirst().compactMap { parameter -> String? in
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset"
            else { return nil }
            let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
            return value.isEmpty ? nil : value.lowercased()
        }.first
    }

    /// Whether the body may be a page: no declared type, or one of ``FetchOptions/pageMediaTypes``.
    var isPage: Bool {
        guard let mediaType else { return true }
        return FetchOptions.pageMediaTypes.contains(mediaType)
    }
}
