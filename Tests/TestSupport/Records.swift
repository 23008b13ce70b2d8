import Foundation
import Model

/// Model records built from JSON trees, for tests that write a payload by hand.
public enum Records {
    /// The record `tree` describes, as it reads back after being written once (members the
    /// tree leaves out come back as the record writes them); a tree that does not decode is a
    /// bug in the test.
    public static func decoded<Record: Codable>(_ tree: JSONValue) -> Record {
        guard let data = try? JSONEncoder().encode(tree),
              let first = try? JSONDecoder().decode(Record.self, from: data),
              let written = try? JSONEncoder().encode(first),
              let record = try? JSONDecoder().decode(Record.self, from: written)
        else { preconditionFailure("test payload does not decode as \(Record.self): \(tree.jsonText)") }
        return record
    }
}
