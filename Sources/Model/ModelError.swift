/// Why stored or written JSON could not be read back into the model.
public enum ModelError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Block-model JSON that does not describe a page (an unknown kind or format).
    case decoding(detail: String)

    /// `what: problem (expected …)`.
    public var description: String {
        switch self {
        case .decoding(let detail):
            return "block JSON: \(detail) (expected the block model of DESIGN.md)"
        }
    }
}
