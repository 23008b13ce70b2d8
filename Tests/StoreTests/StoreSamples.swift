import Extraction
import Foundation
import Findings
import Model
import TestSupport
@testable import Store

/// Small runs for the store tests.
enum StoreSamples {
    static let start = Date(timeIntervalSince1970: 1_790_000_000)

    static func claim(_ id: String, n: Int, line: Int = 3) -> StoredClaim {
        let document = String(id.split(separator: "#").first ?? "")
        return StoredClaim(id: id, document: document, kind: .study, payload: Records.decoded(.object([
            "id": .string(id), "document": .string(document),
            "sampleSize": .object(["n": .int(n), "text": .string("n = \(n)")]),
            "location": .object(["line": .int(line)]),
        ])))
    }

    static func finding(_ fingerprint: String, values: [String], severity: Severity = .major) -> StoredFinding {
        StoredFinding(fingerprint: fingerprint, kind: .conflict, severity: severity, field: .sampleSize,
                      message: "sample size \(values.joined(separator: " vs "))", values: values,
                      payload: Records.decoded(.object([
                          "id": .string(fingerprint),
                          "values": .array(values.map { .object(["value": .string($0)]) }),
                      ])))
    }

    static func snapshot(at offset: TimeInterval = 0, n: Int = 42, fingerprint: String = "f-sample-1",
                         body: Data? = nil) -> RunSnapshot {
        let claims = [claim("a#hohmann-2012", n: 82), claim("b#hohmann-2012", n: n)]
        let findings = n == 82 ? [] : [finding(fingerprint, values: ["82", String(n)])]
        return RunSnapshot(
            run: StoredRun(startedAt: start.addingTimeInterval(offset), toolVersion: "0.1.0",
                           inputs: ["Inputs/a.txt", "https://example.org/b"], documentCount: 2,
                           claimCount: claims.count, matchCount: 1, findingCount: findings.count),
            documents: [
                StoredDocument(documentID: "a", source: "Inputs/a.txt", format: "text", title: "A",
                               contentHash: "aa", fetchedAt: start),
                StoredDocument(documentID: "b", source: "https://example.org/b", format: "html", title: "B",
                               contentHash: "bb\(n)", fetchedAt: start, httpStatus: 200, etag: "\"e\(n)\"",
                               lastModified: "Tue, 14 Nov 2023 22:13:20 GMT", body: body),
            ],
            claims: claims,
            matches: [StoredMatch(id: "m-hohmann", status: "match", score: 11.5,
                                  claims: claims.map(\.id), payload: Records.decoded(.object(["id": .string("m-hohmann")])))],
            findings: findings)
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("reconcile-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
