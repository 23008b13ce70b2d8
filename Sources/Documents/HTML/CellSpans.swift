internal import CLibXML2

/// A table cell's `rowspan` and `colspan`, parsed as HTML parses non-negative integers:
/// leading whitespace, then digits; anything else (or no attribute) gives the default.
struct CellSpans {
    /// Rows covered; 0 means "to the end of the row group". Default 1.
    var rows = 1
    /// Columns covered, at least 1. Default 1.
    var columns = 1

    /// Reads the spans of a `<td>` or `<th>`.
    init(of node: UnsafeMutablePointer<xmlNode>) {
        var attribute = node.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            guard let name = current.pointee.name, let value = current.pointee.children?.pointee.content else {
                continue
            }
            if Self.equals(name, "rowspan") {
                rows = Self.integer(value) ?? 1
            } else if Self.equals(name, "colspan") {
                columns = max(Self.integer(value) ?? 1, 1)
            }
        }
    }

    /// A non-negative integer by the HTML rules, capped so it cannot overflow; `nil` when
    /// the value does not start with digits.
    static func integer(_ value: UnsafePointer<UInt8>) -> Int? {
        var index = 0
        while value[index] == 0x20 || value[index] == 0x09 || value[index] == 0x0A || value[index] == 0x0C
            || value[index] == 0x0D
        {
            index += 1
        }
        if value[index] == 0x2B { index += 1 }
        var result: Int?
        while value[index] >= 0x30 && value[index] <= 0x39 {
            result = min((result ?? 0) * 10 + Int(value[index] - 0x30), 1_000_000)
            index += 1
        }
        return result
    }

    private static func equals(_ name: UnsafePointer<UInt8>, _ expected: StaticString) -> Bool {
        let bytes = expected.utf8Start
        for index in 0..<expected.utf8CodeUnitCount {
            if name[index] | 0x20 != bytes[index] { return false }
        }
        return name[expected.utf8CodeUnitCount] == 0
    }
}
