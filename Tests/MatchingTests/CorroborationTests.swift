import Extraction
import Matching
import Testing

/// A match needs more than one weak field: invented one-study pages on one subject.
@Suite struct CorroborationTests {
    static func pages(_ first: Claim, _ second: Claim) -> [Claim] {
        [subject("a", "nettle tea"), subject("b", "nettle tea"), first, second]
    }

    @Test func oneWeakFieldAloneIsAtMostPossible() throws {
        // Same country, nothing else: scores above the match threshold, but is no match.
        let claims = Self.pages(
            study("a#1", "a", label: "a study", country: "Portugal"),
            study("b#1", "b", label: "researchers", country: "Portugal"))
        let score = try #require(Matcher().compare("a#1", "b#1", in: claims)).score
        #expect(score >= MatchWeights.standard.matchThreshold)
        #expect(Matcher().match(claims).allSatisfy { $0.status == .possible })
    }

    @Test func twoWeakFieldsAgreeingMakeAMatch() {
        let claims = Self.pages(
            study("a#1", "a", year: 2014, label: "a study", country: "Portugal"),
            study("b#1", "b", year: 2014, label: "researchers", country: "Portugal"))
        #expect(Matcher().match(claims).map(\.status) == [.match])
    }

    @Test(arguments: [
        (["Aldana"], ["Aldana"], 40, 90),  // first author
        ([], [], 212, 212),  // sample size equal
    ])
    func oneIdentifyingFieldMakesAMatch(first: [String], second: [String], n: Int, m: Int) {
        let claims = Self.pages(
            study("a#1", "a", authors: first, n: n, label: "a study"),
            study("b#1", "b", authors: second, n: m, label: "researchers"))
        #expect(Matcher().match(claims).map(\.status) == [.match])
    }
}
