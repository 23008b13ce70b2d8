/// Chooses the HTML or the text parser for a page and refuses what is not a page.
///
/// Order: empty check, binary sniffing (``BinarySniffer``), then HTML when the media type
/// says so, else when the extension is `.html`/`.htm`, else when the first bytes look
/// like HTML (`<!doctype html`, `<html`, `<head`, `<body`); text otherwise. A media type
/// of `text/plain` or a `.txt`/`.md` extension sends the page to the text parser.
public struct DocumentParser: Sendable {
    /// Changes whenever the same bytes would parse into other blocks; a stored parse made
    /// by another revision is parsed again.
    public static let revision = 2
    /// How many leading bytes are searched for an HTML start tag.
    static let sniffWindow = 1024
    /// Start tags that mark a page as HTML when they open it (lower case).
    static let htmlOpeners = ["<!doctype html", "<html", "<head", "<body", "<meta", "<title"]

    private let text = TextParser()
    private let html = HTMLParser()
    private let sniffer = BinarySniffer()

    /// Creates a dispatcher.
    public init() {}

    /// Parses a page with the parser its path, media type or bytes call for.
    ///
    /// - Parameters:
    ///   - bytes: The raw page.
    ///   - path: File path or URL path; its extension is one of the hints.
    ///   - id: The document id.
    ///   - source: Copied into the document and named in errors.
    ///   - declaredCharset: A charset from HTTP, if any.
    ///   - mediaType: A media type from HTTP (`text/html`), if any.
    /// - Returns: The parsed document.
    /// - Throws: ``DocumentsError``: `empty`, `binary`, `noContent`.
    public func parse(
        _ bytes: [UInt8], path: String, id: String, source: String,
        declaredCharset: String? = nil, mediaType: String? = nil
    ) throws -> Document {
        if bytes.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) {
            throw DocumentsError.empty(path: source)
        }
        try sniffer.check(bytes, path: source)
        if format(of: bytes, path: path, mediaType: mediaType) == .html {
            return try html.parse(bytes, id: id, source: source, declaredCharset: declaredCharset)
        }
        return try text.parse(bytes, id: id, source: source, declaredCharset: declaredCharset)
    }

    /// Which parser a page goes to: the media type decides, then the extension, then the bytes.
    ///
    /// - Parameters:
    ///   - bytes: The raw page (only its first kilobyte is looked at).
    ///   - path: File path or URL path.
    ///   - mediaType: A media type from HTTP, if any.
    /// - Returns: `.html` or `.text`.
    public func format(of bytes: [UInt8], path: String, mediaType: String? = nil) -> Document.Format {
        if let mediaType = mediaType?.lowercased() {
            if mediaType.contains("html") { return .html }
            if mediaType.hasPrefix("text/plain") || mediaType.hasPrefix("text/markdown") { return .text }
        }
        let ext = Self.fileExtension(path)
        if let format = PageExtension.format(of: ext) { return format }
        return Self.startsLikeHTML(bytes) ? .html : .text
    }

    /// The lower-cased extension of the last path component, without the dot.
    static func fileExtension(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// Whether an HTML start tag opens the page (after a BOM, whitespace and comments).
    static func startsLikeHTML(_ bytes: [UInt8]) -> Bool {
        let head = TextDecoding.decode(Array(bytes.prefix(sniffWindow))).lowercased()
        var rest = Substring(head)
        while true {
            rest = rest.drop { $0.isWhitespace }
            if rest.hasPrefix("<!--"), let close = rest.firstRange(of: "-->") {
                rest = rest[close.upperBound...]
                continue
            }
            if rest.hasPrefix("<?xml"), let close = rest.firstRange(of: "?>") {
                rest = rest[close.upperBound...]
                continue
            }
            break
        }
        return htmlOpeners.contains { rest.hasPrefix($0) }
    }
}
