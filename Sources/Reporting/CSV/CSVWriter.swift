/// Writes RFC 4180 CSV: fields with a comma, quote, CR or LF are quoted, quotes doubled,
/// records end with CRLF.
public struct CSVWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// One field, quoted when RFC 4180 requires it.
    /// - Parameter field: Any text.
    /// - Returns: The field as it appears between separators.
    public func field(_ field: String) -> String {
        let needsQuotes = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One record: fields joined by commas, ended by CRLF.
    public func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// A whole file: the header record, then every row.
    /// - Parameters:
    ///   - header: Column names.
    ///   - rows: Records, each as many fields as the header.
    /// - Returns: The CSV text.
    public func document(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map(record).joined()
    }
}
