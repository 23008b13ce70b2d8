import Foundation
import Testing
@testable import Store

@Suite struct ReviewTests {
    let time = StoreSamples.start

    @Test func decisionCarriesAcrossRunsByFingerprint() throws {
        let store = try RunStore.inMemory()
        try store.save(StoreSamples.snapshot())
        try store.recordReview(ids: ["f-sample-1"], state: .dismissed, note: "rounding", reviewer: "maya",
                               time: time)
        try store.save(StoreSamples.snapshot(at: 60))
        let listed = try store.reviewedFindings()
        #expect(listed.map(\.state) == [.dismissed])
        #expect(listed.first?.review?.note == "rounding")
        #expect(listed.first?.review?.reviewer == "maya")
    }

    @Test func dismissedFindingWhoseValuesChangeIsReopened() throws {
        let store = try RunStore.inMemory()
        try store.save(StoreSamples.snapshot(n: 42))
        try store.recordReview(ids: ["f-sample-1"], state: .dismissed, note: nil, reviewer: "maya", time: time)
        try store.save(StoreSamples.snapshot(at: 60, n: 60))  // same fingerprint, new values
        #expect(try store.reviewedFindings().map(\.state) == [.reopened])
        // Noting it again without a decision leaves it open on the new values.
        try store.recordReview(ids: ["f-sample-1"], state: nil, note: "look again", reviewer: "ana", time: time)
        #expect(try store.reviewedFindings().map(\.state) == [.open])
    }

    @Test func noteKeepsTheStateAndStateKeepsTheNote() throws {
        let store = try RunStore.inMemory()
        try store.save(StoreSamples.snapshot())
        try store.recordReview(ids: ["f-sample-1"], state: .accepted, note: nil, reviewer: "a", time: time)
        try store.recordReview(ids: ["f-sample"], state: nil, note: "checked the PDF", reviewer: "b", time: time)
        var review = try #require(try store.reviews()["f-sample-1"])
        #expect(review.state == .accepted)
        #expect(review.note == "checked the PDF")
        try store.recordReview(ids: ["f-sample-1"], state: .dismissed, note: nil, reviewer: "c", time: time)
        review = try #require(try store.reviews()["f-sample-1"])
        #expect(review.state == .dismissed)
        #expect(review.note == "checked the PDF")
        #expect(review.reviewer == "c")
    }

    @Test func unknownAndAmbiguousIdsWriteNothing() throws {
        let store = try RunStore.inMemory()
        var snapshot = StoreSamples.snapshot()
        snapshot.findings.append(StoreSamples.finding("f-sample-2", values: ["1", "2"]))
        try store.save(snapshot)
        #expect(throws: StoreError.unknownFinding(id: "zzz")) {
            try store.recordReview(ids: ["f-sample-1", "zzz"], state: .accepted, note: nil, reviewer: "a",
                                   time: time)
        }
        #expect(throws: StoreError.self) {
            try store.recordReview(ids: ["f-sample"], state: .accepted, note: nil, reviewer: "a", time: time)
        }
        #expect(try store.reviews().isEmpty)
    }

    @Test func exportCarriesMessagesOfCurrentFindings() throws {
        let store = try RunStore.inMemory()
        try store.save(StoreSamples.snapshot())
        try store.recordReview(ids: ["f-sample-1"], state: .accepted, note: "real", reviewer: "a", time: time)
        let export = try store.exportReviews(time: time)
        #expect(export.schemaVersion == 1)
        #expect(export.reviews.map(\.id) == ["f-sample-1"])
        #expect(export.reviews.first?.message == "sample size 82 vs 42")
        #expect(export.reviews.first?.values == ["82", "42"])
    }
}
