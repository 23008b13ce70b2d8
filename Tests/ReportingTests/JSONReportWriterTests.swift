import Foundation
import Model
import Reporting
import Testing

@Suite struct JSONReportWriterTests {
    private func decode(_ report: Report) throws -> [String: Any] {
        let bytes = try JSONReportWriter().encode(report)
        return try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    @Test func followsTheContract() throws {
        let json = try decode(SampleReport.make())
        #expect(json["schemaVersion"] as? Int == 1)
        #expect(Set(json.keys) == ["schemaVersion", "documents", "claims", "matches", "findings", "run"])
        let documents = try #require(json["documents"] as? [[String: Any]])
        #expect(Set(documents[0].keys) == ["id", "source", "format", "title"])
        let match = try #require((json["matches"] as? [[String: Any]])?.first)
        #expect(match["id"] as? String == "m-1")
        #expect(match["status"] as? String == "match")
        #expect(match["score"] as? Double == -0.4)
        let evidence = try #require(match["evidence"] as? [[String: Any]])
        #expect(evidence.map { $0["field"] as? String } == ["year", "authors", "conditions"])
        #expect(evidence[1]["weight"] as? Double == -4)
        let conflicts = try #require(match["conflicts"] as? [[String: Any]])
        #expect(conflicts.map { $0["field"] as? String } == ["sampleSize", "design", "duration"])
        let values = try #require(conflicts[0]["values"] as? [[String: Any]])
        #expect(values.map { $0["value"] as? Int } == [82, 42])
        #expect(values.map { $0["claim"] as? String } == ["page-a#1", "page-b#2"])
    }

    @Test func writesExplicitNulls() throws {
        let json = try decode(SampleReport.make())
        let findings = try #require(json["findings"] as? [[String: Any]])
        let conflict = try #require(findings.first { $0["id"] as? String == "f-n" })
        #expect(conflict["subject"] is NSNull)
        #expect(conflict["topic"] is NSNull)
        #expect(conflict["field"] as? String == "sampleSize")
        #expect(conflict["match"] as? String == "m-1")
        #expect(conflict["review"] == nil, "no review without a store")
        let evidence = try #require(findings.first { $0["kind"] as? String == "evidence_conflict" })
        #expect(evidence["topic"] as? String == "back pain")
        #expect(evidence["subject"] as? String == "acupressure mat")
        #expect(evidence["field"] is NSNull)
        let claims = try #require(json["claims"] as? [[String: Any]])
        let german = try #require(claims.first { $0["id"] as? String == "page-a#3" })
        #expect(german["kind"] as? String == "study")
        #expect(german["duration"] is NSNull)
        #expect(german["venue"] is NSNull)
        let sampleSize = try #require(german["sampleSize"] as? [String: Any])
        #expect(sampleSize["n"] is NSNull)
        #expect(sampleSize["text"] as? String == "Variable")
        let identifiers = try #require(german["identifiers"] as? [String: Any])
        #expect(identifiers["pmid"] is NSNull)
        let location = try #require(german["location"] as? [String: Any])
        #expect(location["line"] as? Int == 7)
    }

    @Test func recordsTheRun() throws {
        let json = try decode(SampleReport.make())
        let run = try #require(json["run"] as? [String: Any])
        #expect(run["time"] as? String == "1970-01-01T00:00:00Z")
        #expect(run["inputs"] as? [String] == ["Inputs"])
        #expect(run["toolVersion"] as? String == "test")
        let failures = try #require(run["failures"] as? [[String: Any]])
        #expect(failures.first?["source"] as? String == "Inputs/broken.html")
    }

    @Test func carriesReviewsOnceAStoreGivesThem() throws {
        let report = SampleReport.make().withReviews(["f-n": FindingReview(status: .accepted, reviewer: "ana", note: "ok")])
        let findings = try #require(try decode(report)["findings"] as? [[String: Any]])
        let reviewed = try #require(findings.first { $0["id"] as? String == "f-n" }?["review"] as? [String: Any])
        #expect(reviewed["status"] as? String == "accepted")
        #expect(reviewed["reviewer"] as? String == "ana")
        #expect(reviewed["time"] is NSNull)
        let open = try #require(findings.first { $0["id"] as? String == "f-back" }?["review"] as? [String: Any])
        #expect(open["status"] as? String == "open")
    }

    @Test func sortsKeys() throws {
        let text = String(decoding: try JSONReportWriter().encode(SampleReport.make()), as: UTF8.self)
        let top = ["\"claims\"", "\"documents\"", "\"findings\"", "\"matches\"", "\"run\"", "\"schemaVersion\""]
        let positions = top.compactMap { text.range(of: "\n  \($0)")?.lowerBound }
        #expect(positions.count == top.count)
        #expect(positions == positions.sorted())
        #expect(text.hasSuffix("}\n"))
    }
}
