import Documents
import Extraction
import Foundation
import Model
import Reporting
import Testing

@Suite struct ExtractionReportTests {
    private let claim = StudyClaim(
        id: "page#abc", document: "page", label: "German RCT", year: 2018,
        design: Classified(.rct, text: "RCT"), sampleSize: Classified(nil, text: "Variable"),
        mentions: [Mention(quote: "| German RCT | 2018 |", span: SourceSpan(line: 7))])

    private func json(_ claims: [Claim]) throws -> [String: Any] {
        let document = Document(id: "page", source: "Inputs/page.txt", format: .text, title: nil, blocks: [])
        let data = try ExtractionReport(documents: [document], claims: claims).encoded()
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func writesUnknownValuesAsNull() throws {
        let root = try json([.study(claim)])
        #expect(root["schemaVersion"] as? Int == 1)
        let study = try #require((root["claims"] as? [[String: Any]])?.first)
        #expect(study["kind"] as? String == "study")
        #expect(study["duration"] is NSNull)
        #expect(study["venue"] is NSNull)
        let size = try #require(study["sampleSize"] as? [String: Any])
        #expect(size["n"] is NSNull)
        #expect(size["text"] as? String == "Variable")
        let design = try #require(study["design"] as? [String: Any])
        #expect(design["class"] as? String == "rct")
        let location = try #require(study["location"] as? [String: Any])
        #expect(location["line"] as? Int == 7)
        #expect(location["start"] == nil || location["start"] is NSNull)
        let ids = try #require(study["identifiers"] as? [String: Any])
        #expect(ids["pmid"] is NSNull)
        let document = try #require((root["documents"] as? [[String: Any]])?.first)
        #expect(document["title"] is NSNull)
    }

    @Test func keysAreSorted() throws {
        let document = Document(id: "page", source: "p.txt", format: .text, title: "T", blocks: [])
        let text = String(decoding: try ExtractionReport(documents: [document], claims: [.study(claim)]).encoded(),
                          as: UTF8.self)
        let authors = try #require(text.range(of: "\"authors\""))
        let year = try #require(text.range(of: "\"year\""))
        #expect(authors.lowerBound < year.lowerBound)
    }

    @Test(arguments: [String(repeating: "Very long study label ", count: 8), "研究研究研究研究研究研究研究研究研究研究研究研究研究研究研究研究研究研究研究研究",
                      "✅ Well-supported ⭐⭐⭐⭐⭐ " + String(repeating: "🧪", count: 40)])
    func tableFitsOneHundredColumns(label: String) {
        var long = claim
        long.label = label
        let lines = ClaimTable.render([.study(long)]).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { ClaimTable.displayWidth(String($0)) <= ClaimTable.maxWidth })
        #expect(lines.last?.hasSuffix("…") == true)
    }
}
