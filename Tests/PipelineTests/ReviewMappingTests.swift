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
        #expect(mapped["f-1"]?.status == .reopened)
        #expect(mapped["f-1"]?.note == "rounding")
        #expect(mapped["f-1"]?.earlier == FindingReview.Earlier(status: .dismissed, values: ["82", "42"]))
        #expect(mapped["f-1"]?.values == ["82", "60"])
        #expect(mapped["f-1"]?.reopenedText == "reopened: dismissed on 82, 42; now 82, 60")
    }

    /// The finding's id changes with its values; the decision follows its identity.
    @Test func decisionFollowsTheIdentityToANewFingerprint() {
        let old = Review(fingerprint: "f-old", state: .dismissed, reviewer: "maya", time: Date(timeIntervalSince1970: 0),
                         note: nil, values: ["82", "42"], identity: "s-1")
        let newer = Finding(id: "f-new", kind: .conflict, severity: .major, field: .sampleSize, claims: ["a#x", "b#x"],
                            values: Self.finding(values: [82, 60]).values, message: "sample size", identity: "s-1")
        let other = Finding(id: "f-other", kind: .conflict, severity: .major, field: .year, claims: ["a#x", "b#x"],
                            values: [], message: "year", identity: "s-2")
        let mapped = ReviewMapping.findingReviews([newer, other], reviews: ["f-old": old])
        #expect(mapped["f-new"]?.status == .reopened)
        #expect(mapped["f-other"]?.status == .open, "another identity is not reopened")
    }

    @Test func latestDecisionOnAnIdentityApplies() {
        let first = Review(fingerprint: "f-a", state: .accepted, reviewer: "ana", time: Date(timeIntervalSince1970: 0),
                           note: nil, values: ["1"], identity: "s-1")
        let second = Review(fingerprint: "f-b", state: .dismissed, reviewer: "maya", time: Date(timeIntervalSince1970: 60),
                            note: nil, values: ["2"], identity: "s-1")
        #expect(Review.latestByIdentity(["f-a": first, "f-b": second])["s-1"] == second)
        #expect(second.effectiveState(currentValues: ["3"]) == .reopened)
        #expect(second.effectiveState(currentValues: ["2"]) == .dismissed)
    }

    @Test func undecidedFindingsAreOpen() {
        let mapped = ReviewMapping.findingReviews([Self.finding(values: [1, 2])], reviews: [:])
        #expect(mapped["f-1"]?.status == .open)
        #expect(mapped["f-1"]?.reviewer == nil)
    }
}
