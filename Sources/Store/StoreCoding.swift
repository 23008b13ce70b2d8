import Foundation
import Model

/// Reading the JSON and enum text columns back, with errors that name the column.
enum StoreCoding {
    /// A JSON array of strings.
    static func strings(_ text: String, column: String) throws -> [String] {
        guard case .array(let items) = try json(text, column: column) else {
            throw StoreError.corrupt(column: column, detail: "expected a JSON array of strings")
        }
        return try items.map { item in
            guard case .string(let value) = item else {
                throw StoreError.corrupt(column: column, detail: "expected a JSON array of strings")
            }
            return value
        }
    }

    /// Any JSON text.
    static func json(_ text: String, column: String) throws -> JSONValue {
        do {
            return try JSONValue(json: text)
        } catch {
            throw StoreError.corrupt(column: column, detail: "not JSON")
        }
    }

    /// A typed record of the model (claim, match or finding) as compact JSON with sorted keys.
    static func text(_ record: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(record), as: UTF8.self)
    }

    /// A typed record of the model read back from its column.
    static func record<Record: Decodable>(_ text: String, column: String) throws -> Record {
        do {
            return try JSONDecoder().decode(Record.self, from: Data(text.utf8))
        } catch {
            throw StoreError.corrupt(column: column, detail: "not a \(Record.self) record (\(error))")
        }
    }

    /// A vocabulary value stored as its raw string.
    static func enumValue<Value: RawRepresentable>(_ text: String, column: String) throws -> Value
    where Value.RawValue == String {
        guard let value = Value(rawValue: text) else {
            throw StoreError.corrupt(column: column, detail: "unknown value \"\(text)\"")
        }
        return value
    }
}
