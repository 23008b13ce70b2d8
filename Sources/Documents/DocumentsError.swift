/// Why a page could not be turned into a ``Document``.
public enum DocumentsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The page has no bytes, or only whitespace.
    case empty(path: String)
    /// The bytes look like a binary file (NUL-heavy or a known magic number).
    case binary(path: String, detail: String)
    /// The page is larger than the parser accepts.
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// The page parsed but has no visible text.
    case noContent(path: String)

    /// `path: problem (expected …)`.
    public var description: String {
        switch self {
        case .empty(let path):
            return "\(path): empty page (expected HTML or text content)"
        case .binary(let path, let detail):
            return "\(path): binary file, not a page (\(detail); expected HTML or text)"
        case .tooLarge(let path, let bytes, let limit):
            return "\(path): page is \(bytes) bytes, over the \(limit)-byte limit"
        case .noContent(let path):
            return "\(path): no visible text found (expected at least one paragraph, heading, list or table)"
        }
    }
}
