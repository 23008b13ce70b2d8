import Documents
@testable import Extraction
import Foundation
import Model
import Testing

/// Each value cites the line its own words are on, even inside a hard-wrapped paragraph.
@Suite struct ValueLocatorTests {
    /// A hard-wrapped page (invented wording): one paragraph over three source lines.
    static let wrapped = """
        Foam rollers after running: what the trials found

        A 2019 randomised trial by Okafor and colleagues followed runners who
        rolled their calves each evening, and the team enrolled 64 adults in
        total for an eight-week programme run from a small sports clinic.
        Soreness ratings fell a little, but the authors called it preliminary.
        """

    static func document(_ text: String) throws -> Document {
        try DocumentParser().parse(Array(text.utf8), path: "rollers.txt", id: "rollers", source: "rollers.txt")
    }

    static func line(_ number: Int, of text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[number - 1]
    }

    @Test func wrappedParagraphKnowsItsLines() throws {
        let paragraph = try #require(try Self.document(Self.wrapped).blocks.first { $0.kind == .paragraph })
        #expect(paragraph.lineStarts.map(\.span.line) == [3, 4, 5, 6])
        let offset = try #require(paragraph.text.utf8.firstRange(of: "eight-week".utf8)).lowerBound
        #expect(paragraph.lineSpan(atTextOffset: paragraph.text.utf8.distance(from: paragraph.text.utf8.startIndex, to: offset)).line == 5)
    }

    @Test func valuesCiteTheirOwnLines() throws {
        let claims = ClaimExtractor().extract(from: try Self.document(Self.wrapped))
        let study = try #require(claims.compactMap(\.study).first)
        let expected: [(ClaimField, Int)] = [(.year, 3), (.authors, 3), (.sampleSize, 4), (.duration, 5)]
        for (field, line) in expected {
            let source = try #require(study.sources[field], "\(field) has no source")
            #expect(source.span.line == line, "\(field) cites line \(source.span.line)")
            #expect(Self.line(source.span.line, of: Self.wrapped).contains(source.quote),
                    "\(field): \"\(source.quote)\" not on its line")
        }
        // Not the paragraph's first line: the line's own byte range.
        let sampleSpan = try #require(study.sources[.sampleSize]?.span)
        #expect(sampleSpan.start != nil && sampleSpan.start != study.mentions.first?.span.start)
    }

    @Test func classifiedValuesWriteTheirLocation() throws {
        let claims = ClaimExtractor().extract(from: try Self.document(Self.wrapped))
        let record = ClaimJSON(try #require(claims.first))
        let size = try #require(record.sampleSize)
        #expect(size.location?.line == 4)
        #expect(record.sources?["year"]?.location.line == 3)
        let decoded = try JSONDecoder().decode(ClaimJSON.self, from: JSONEncoder().encode(record))
        #expect(decoded.sampleSize?.location == size.location)
        #expect(decoded.sources == record.sources)
    }

    @Test(arguments: [("Lee", "poor sleep in Lee's trial", 14), ("2012", "in 20120 and 2012", 13),
                      ("600 mg/day", "at 600 mg/day2 daily", 3)])
    func findsWholeWordsOnly(needle: String, text: String, offset: Int) throws {
        let range = try #require(ValueLocator.occurrence(of: needle, in: text, within: text.startIndex..<text.endIndex))
        #expect(text.utf8.distance(from: text.startIndex, to: range.lowerBound) == offset)
        #expect(String(text[range]) == needle)
    }
}
