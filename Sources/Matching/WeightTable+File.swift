import Foundation

/// Why a `--weights` file could not be used.
public struct WeightTableError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file and what was wrong with it, `path: problem (expected …)` style.
    public let description: String
}

extension WeightTable {
    /// Reads a pinned table from JSON: a table as `report.json`'s `weights` member holds it,
    /// or a whole `report.json` (its `weights` member is used).
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - file: The file's path, for messages and for ``file``.
    /// - Returns: The table, marked pinned from `file`.
    /// - Throws: ``WeightTableError`` naming the file, the level at fault and what was expected.
    public static func pinned(from data: Data, file: String) throws -> WeightTable {
        let decoder = JSONDecoder()
        let table: WeightTable
        if let report = try? decoder.decode(ReportWeights.self, from: data), let weights = report.weights {
            table = weights
        } else {
            do {
                table = try decoder.decode(WeightTable.self, from: data)
            } catch {
                throw WeightTableError(description: "\(file): not a weights table (expected a JSON object with "
                    + "source, candidatePairs, sampledPairs, matchShare and levels, or a report.json with a "
                    + "weights member): \(Self.reason(error))")
            }
        }
        let known = Dictionary(uniqueKeysWithValues: EstimatedField.all.map { ($0.field.rawValue, $0.levels) })
        for (index, level) in table.levels.enumerated() {
            guard let levels = known[level.field] else {
                throw WeightTableError(description: "\(file): levels[\(index)]: unknown field \"\(level.field)\" "
                    + "(expected one of \(EstimatedField.all.map(\.field.rawValue).joined(separator: ", ")))")
            }
            guard levels.contains(level.level) else {
                throw WeightTableError(description: "\(file): levels[\(index)]: \(level.field) has no level "
                    + "\"\(level.level.rawValue)\" (expected \(levels.map(\.rawValue).joined(separator: ", ")))")
            }
            guard level.weight.isFinite, level.m >= 0, level.m <= 1, level.u >= 0, level.u <= 1 else {
                throw WeightTableError(description: "\(file): levels[\(index)]: \(level.field) \(level.level.rawValue) "
                    + "(expected a finite weight and m, u between 0 and 1)")
            }
        }
        return table.pinned(from: file)
    }

    /// The `weights` member of a report.json.
    private struct ReportWeights: Decodable {
        let weights: WeightTable?
    }

    private static func reason(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, let context)?:
            return "missing \(Self.path(context.codingPath + [key]))"
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?, .dataCorrupted(let context)?:
            return "\(Self.path(context.codingPath)): \(context.debugDescription)"
        default:
            return "\(error)"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined().trimmingCharacters(in: ["."])
    }
}
