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

    /// A vocabulary value stored as its raw string.
    static func enumValue<Value: RawRepresentable>(_ text: String, column: String) throws -> Value
    where Value.RawValue == String {
        guard let value = Value(rawValue: text) else {
            throw StoreError.corrupt(column: column, detail: "unknown value \"\(text)\"")
        }
        return value
    }
}
