import Documents
import Findings
import Foundation
import Model
import Pipeline
import Store
import Testing

@Suite struct ReviewMappingTests {
    static func finding(values: [Int]) -> Finding {
        Finding(id: "f-1", kind: .conflict, severity: .major, field: .sampleSize, claims: ["a#x", "b#x"],
                values: values.enumerated().map { index, n in
                    ConflictValue(claim: index == 0 ? "a#x" : "b#x", value: .int(n), text: "n = \(n)",
                                  span: SourceSpan(line: 1))
                },
                message: "sample size")
    }

    static let review = Review(fingerprint: "f-1", state: .dismissed, reviewer: "maya",
                               time: Date(timeIntervalSince1970: 0), note: "rounding", values: ["82", "42"])

    @Test func decisionOnTheSameValuesApplies() {
        let mapped = ReviewMapping.findingReviews([Self.finding(values: [82, 42])], reviews: ["f-1": Self.review])
        #expect(mapped["f-1"]?.status == .dismissed)
        #expect(mapped["f-1"]?.note == "rounding")
        #expect(mapped["f-1"]?.reviewer == "maya")
    }

    @Test func decisionOnOtherValuesIsReopened() {
        let mapped = ReviewMapping.findingReviews([Self.finding(values: [82, 60])], reviews: ["f-1": Self.review])
        #expect(mapped["f-1"]?.status == .open)
        #expect(mapped["f-1"]?.note?.contains("reopened") == true)
    }

    @Test func undecidedFindingsAreOpen() {
        let mapped = ReviewMapping.findingReviews([Self.finding(values: [1, 2])], reviews: [:])
        #expect(mapped["f-1"]?.status == .open)
        #expect(mapped["f-1"]?.reviewer == nil)
    }
}
