import Foundation
import TestSupport
import Testing

@Suite struct ExtractCommandTests {
    @Test func jsonHasDocumentsAndClaims() async throws {
        let result = try await ReconcileRunner.run(["extract", "Inputs/", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(root["schemaVersion"] as? Int == 1)
        let documents = try #require(root["documents"] as? [[String: Any]])
        #expect(documents.map { $0["id"] as? String } == ["acupressure-science-review", "spikerest-acupressure-benefits"])
        let claims = try #require(root["claims"] as? [[String: Any]])
        let studies = claims.filter { $0["kind"] as? String == "study" }
        #expect(studies.count >= 12)
        #expect(studies.allSatisfy { ($0["id"] as? String)?.contains("#") == true && $0["venue"] != nil })
        #expect(claims.contains { $0["kind"] as? String == "evidence" })
    }

    @Test func writesToAFileWithDashO() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("extract-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("nested/claims.json")
        let result = try await ReconcileRunner.run(["extract", "Inputs/acupressure-science-review.txt", "-o", file.path])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(FileManager.default.fileExists(atPath: file.path))
    }

    @Test func tableRowsFitOneHundredColumns() async throws {
        let result = try await ReconcileRunner.run(["extract", "Inputs/", "--format", "table"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count > 12)
        #expect(lines.allSatisfy { $0.count <= 100 })
    }

    @Test(arguments: [(["extract", "Inputs/nope.txt"], Int32(66)), (["extract"], Int32(64)),
                      (["extract", "Inputs/", "--format", "xml"], Int32(64))])
    func exitCodes(arguments: [String], status: Int32) async throws {
        #expect(try await ReconcileRunner.run(arguments).status == status)
    }
}
