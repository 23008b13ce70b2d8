import Foundation
import Model

/// Writes `report.json` in the DESIGN.md JSON contract: sorted keys, explicit nulls,
/// `schemaVersion` 1, scores rounded to two decimals.
public struct JSONReportWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// Encodes `report` as pretty-printed JSON ending with a newline.
    /// - Throws: ``ReportingError/encoding(detail:)`` if the encoder refuses a value.
    public func encode(_ report: Report) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        do {
            return Array(try encoder.encode(ReportJSON(report))) + Array("\n".utf8)
        } catch {
            throw ReportingError.encoding(detail: "\(error)")
        }
    }
}
