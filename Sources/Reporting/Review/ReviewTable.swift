import Foundation
import Model

/// `reconcile review list` output: an aligned table for people, or JSON for scripts.
public struct ReviewTable: Sendable {
    /// The rows, in the run's finding order.
    public let rows: [ReviewedFinding]

    /// Wraps findings for display.
    public init(_ rows: [ReviewedFinding]) {
        self.rows = rows
    }

    /// Columns ID, SEVERITY, STATE, WHAT, MESSAGE, padded to the widest cell; one line per finding.
    public func render() -> String {
        guard !rows.isEmpty else { return "no findings\n" }
        let header = ["ID", "SEVERITY", "STATE", "WHAT", "MESSAGE"]
        let cells = rows.map { row in
            [row.finding.fingerprint, row.finding.severity.rawValue, stateText(row), what(row.finding),
             row.finding.message]
        }
        let widths = (0..<header.count - 1).map { column in
            ([header] + cells).map { $0[column].count }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            zip(cells.dropLast(), widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }
                .joined(separator: "  ") + "  " + (cells.last ?? "")
        }
        return ([line(header)] + cells.map(line)).joined(separator: "\n") + "\n"
    }

    /// `{"schemaVersion": 1, "findings": [{id, severity, state, kind, field, message, values, review}]}`.
    /// - Throws: `EncodingError` (not expected).
    public func json() throws -> String {
        let items: [JSONValue] = rows.map { row in
            let review: JSONValue = row.review.map { review in
                .object(["status": .string(review.state.rawValue), "reviewer": .string(review.reviewer),
                         "time": .string(review.time.formatted(Date.ISO8601FormatStyle())),
                         "note": review.note.map(JSONValue.string) ?? .null,
                         "values": .array(review.values.map(JSONValue.string))])
            } ?? .null
            return .object([
                "id": .string(row.finding.fingerprint), "severity": .string(row.finding.severity.rawValue),
                "state": .string(row.state.rawValue), "kind": .string(row.finding.kind.rawValue),
                "field": row.finding.field.map { .string($0.rawValue) } ?? .null,
                "message": .string(row.finding.message), "values": .array(row.finding.values.map(JSONValue.string)),
                "stale": .bool(row.finding.stale), "review": review,
            ])
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let tree: JSONValue = .object(["schemaVersion": .int(1), "findings": .array(items)])
        return String(decoding: try encoder.encode(tree), as: UTF8.self) + "\n"
    }

    private func stateText(_ row: ReviewedFinding) -> String {
        if row.state == .reopened, let review = row.review {
            return "reopened (\(review.state.rawValue) on \(review.values.joined(separator: ", ")); now "
                + row.finding.values.joined(separator: ", ") + ")"
        }
        return row.state.rawValue
    }

    private func what(_ finding: StoredFinding) -> String {
        if let field = finding.field { return "\(finding.kind.rawValue):\(field.rawValue)" }
        return finding.kind.rawValue
    }
}
