import Reporting
import Testing

@Suite struct CSVWriterTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("", ""),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("line\nbreak", "\"line\nbreak\""),
        ("carriage\rreturn", "\"carriage\rreturn\""),
        ("crlf\r\nend", "\"crlf\r\nend\""),
        ("\"", "\"\"\"\""),
        ("ünïcödé ✅ 98%", "ünïcödé ✅ 98%"),
        (" spaced ", " spaced "),
    ])
    func quotesOnlyWhenNeeded(field: String, expected: String) {
        #expect(CSVWriter().field(field) == expected)
    }

    @Test func recordsEndWithCRLF() {
        let text = CSVWriter().document(header: ["a", "b"], rows: [["1", "x,y"], ["", "z"]])
        #expect(text == "a,b\r\n1,\"x,y\"\r\n,z\r\n")
    }

    @Test func roundTripsThroughAParser() {
        let rows = [["id", "say \"no\", twice\nthen stop", ""], ["", "\r\n", "a\"b"]]
        let text = CSVWriter().document(header: ["h1", "h2", "h3"], rows: rows)
        #expect(CSVParser.parse(text) == [["h1", "h2", "h3"]] + rows)
    }
}

/// A strict RFC 4180 reader, to check the writer's output from the other side.
enum CSVParser {
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { chars.removeFirst(); field.unicodeScalars.append("\"") } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                record.append(field)
                field = ""
            } else if c == "\r", chars.first == "\n" {
                chars.removeFirst()
                record.append(field)
                records.append(record)
                record = []
                field = ""
            } else {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !record.isEmpty { records.append(record + [field]) }
        return records
    }
}
