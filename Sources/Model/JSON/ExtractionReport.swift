import Documents
import Extraction
import Foundation

/// What `reconcile extract --format json` prints: `schemaVersion`, `documents`, `claims`
/// (DESIGN.md "JSON contract"), keys sorted, unknown values `null`. Claims and documents are
/// written exactly as in `report.json` (``ClaimJSON``).
public struct ExtractionReport: Encodable, Sendable {
    private let documents: [Document]
    private let claims: [Claim]

    /// Builds the report from pages and their claims.
    public init(documents: [Document], claims: [Claim]) {
        self.documents = documents
        self.claims = claims
    }

    /// Writes `{"claims": […], "documents": […], "schemaVersion": 1}`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: DynamicKey.self)
        try c.encode(BlockJSON.currentSchemaVersion, forKey: DynamicKey("schemaVersion"))
        try c.encode(documents.map { DocumentJSON($0) }, forKey: DynamicKey("documents"))
        try c.encode(claims.map(ClaimJSON.init), forKey: DynamicKey("claims"))
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
