import Documents
import Extraction
import Foundation

/// What `reconcile extract --format json` prints: `schemaVersion`, `documents`, `claims`
/// (DESIGN.md "JSON contract"), keys sorted, unknown values `null`.
public struct ExtractionReport: Codable, Hashable, Sendable {
    /// The JSON contract version written by this tool.
    public static let currentSchemaVersion = 1

    /// Always ``currentSchemaVersion`` when written by this tool.
    public let schemaVersion: Int
    /// The pages, in input order.
    public let documents: [ContractDocument]
    /// Every page's claims, page by page.
    public let claims: [ContractClaim]

    /// Builds the report from pages and their claims.
    public init(documents: [Document], claims: [Claim]) {
        schemaVersion = Self.currentSchemaVersion
        self.documents = documents.map(ContractDocument.init)
        self.claims = claims.map(ContractClaim.init)
    }

    /// The JSON bytes: keys sorted, `/` not escaped.
    /// - Parameter pretty: Indent for people.
    /// - Throws: Encoding errors (none expected for these types).
    public func encoded(pretty: Bool = false) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
