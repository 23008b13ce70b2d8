/// Why a report could not be rendered.
public enum ReportingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A built-in template does not parse (a bug in the tool, not in the pages).
    case template(name: String, detail: String)
    /// The JSON encoder refused the report.
    case encoding(detail: String)

    /// `what: problem (expected …)`.
    public var description: String {
        switch self {
        case .template(let name, let detail):
            return "template \(name): \(detail) (expected a valid mustache template)"
        case .encoding(let detail):
            return "report.json: \(detail) (expected encodable report values)"
        }
    }
}
