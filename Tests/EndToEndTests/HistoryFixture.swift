import Foundation
import TestSupport

/// A scratch project for history tests: copies of the seed pages, a reports folder and a database.
struct HistoryFixture {
    let scratch: TemporaryFolder
    var pages: String { scratch.path + "/pages" }
    var out: String { scratch.path + "/Reports/latest" }
    var db: String { scratch.path + "/Reports/history.sqlite" }
    var spikerest: String { pages + "/spikerest-acupressure-benefits.txt" }

    init() throws {
        scratch = try TemporaryFolder()
        for name in ["acupressure-science-review.txt", "spikerest-acupressure-benefits.txt"] {
            try scratch.write("pages/" + name, try Fixtures.projectBytes("Inputs/" + name))
        }
    }

    /// `reconcile ARGS… --db <db>` plus `--out <out>` for run and verify.
    func reconcile(_ arguments: [String]) async throws -> CommandResult {
        let withOut = ["run", "verify"].contains(arguments.first ?? "") ? ["--out", out] : []
        return try await ReconcileRunner.run(arguments + withOut + ["--db", db], in: scratch.path)
    }

    /// A JSON file below the scratch folder (or absolute), parsed.
    func json(_ path: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }
}

extension Dictionary where Key == String, Value == Any {
    /// The member as a list of objects.
    func objects(_ key: String) -> [[String: Any]] { self[key] as? [[String: Any]] ?? [] }
    /// The member as an object.
    func object(_ key: String) -> [String: Any] { self[key] as? [String: Any] ?? [:] }
    /// The member as a string.
    func string(_ key: String) -> String? { self[key] as? String }
    /// The member as a list of strings.
    func strings(_ key: String) -> [String] { self[key] as? [String] ?? [] }
}
