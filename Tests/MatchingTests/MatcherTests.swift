import Bench
import Documents
import Extraction
import Foundation
import Matching
import TestSupport
import Testing

/// Builds hand-made study claims for matcher tests.
func study(
    _ id: String, _ document: String, authors: [String] = [], year: Int? = nil,
    design: DesignClass? = nil, n: Int? = nil, days: Int? = nil, conditions: [String] = [],
    label: String = "", country: String? = nil
) -> Claim {
    .study(StudyClaim(
        id: id, document: document, label: label, authors: authors, year: year,
        design: design.map { Classified($0, text: $0.rawValue) },
        sampleSize: n.map { Classified($0, text: "n = \($0)") },
        duration: days.map { Classified($0, text: "\($0) days") }, conditions: conditions,
        country: country, mentions: [Mention(quote: label, span: SourceSpan(line: 1))]))
}

func subject(_ document: String, _ name: String) -> Claim {
    .evidence(EvidenceClaim(
        id: document + "#e", document: document, subject: name, topic: "anything",
        verdict: Classified(.moderate, text: "moderate"),
        mention: Mention(quote: "", span: SourceSpan(line: 1))))
}

@Suite struct MatcherTests {
    /// The canonical seed pair as two pages describe it, with the other studies of those pages.
    static let seedLike: [Claim] = [
        subject("a", "acupressure mat"), subject("b", "acupressure mat"),
        study("a#1", "a", authors: ["Kjerryd"], year: 2012, design: .rct, n: 82, days: 21,
              conditions: ["neck pain", "back pain"], label: "Swedish RCT (Kjerryd et al.)", country: "Sweden"),
        study("a#2", "a", year: 2018, design: .rct, n: 100, days: 42, conditions: ["back pain"],
              label: "German RCT", country: "Germany"),
        study("a#3", "a", year: 2024, design: .cohort, days: 56, conditions: ["stress"], label: "PubMed 2024"),
        study("b#1", "b", year: 2011, design: .pilotStudy, n: 32, conditions: ["stress"], label: "2011 exploratory study"),
        study("b#2", "b", authors: ["Hohmann"], year: 2012, design: .pilotRCT, n: 42, days: 14,
              conditions: ["neck pain", "low back pain"], label: "Hohmann et al. 2012 randomized pilot studies"),
        study("b#3", "b", year: 2021, design: .rct, n: 44, days: 180, conditions: ["low back pain"],
              label: "2021 randomized controlled study in Applied Sciences"),
    ]

    // Needs ../shared/corpus/seeds/gold.json.
    @Test(.enabled(if: Fixtures.sharedCorpusPresent, "skipped: no ../shared/corpus/seeds/gold.json beside the checkout"))
    func canonicalPairMatchesWithAuthorPenaltyShown() throws {
        let claims = try GoldClaims.load(Fixtures.corpus.appendingPathComponent("seeds/gold.json"))
        let matches = Matcher().match(claims)
        let pair = try #require(matches.first {
            Set($0.claims) == ["acupressure-science-review-1", "spikerest-acupressure-benefits-2"]
        })
        #expect(pair.status == .match)
        let evidence = try #require(pair.comparisons.first).evidence
        let authors = try #require(evidence.first { $0.field == "authors" })
        #expect(authors.comparison == .different && authors.weight < 0)
        let text = Explanation.render(try #require(pair.comparisons.first))
        #expect(text.contains("Kjerryd ≠ Hohmann") && text.contains("→  match"))
    }

    @Test func otherSeedStudiesDoNotMatch() {
        let linked = Set(Matcher().match(Self.seedLike).flatMap(\.claims))
        #expect(linked.isSubset(of: ["a#1", "b#2"]))
        #expect(!linked.contains("a#2") && !linked.contains("b#3"))
    }

    @Test func sameFirstAuthorDifferentStudiesDoNotMatch() {
        let claims = [
            study("a#1", "a", authors: ["McMorris"], year: 2007, design: .rct, n: 32, days: 7,
                  conditions: ["memory", "aging"]),
            study("b#1", "b", authors: ["McMorris"], year: 2024, design: .systematicReview,
                  conditions: ["cognition"]),
        ]
        #expect(Matcher().match(claims).isEmpty)
    }

    @Test func sameYearSameTopicDifferentTrialsDoNotMatch() {
        let claims = [
            study("a#1", "a", authors: ["Perez Algorta"], year: 2018, design: .rct, n: 13, days: 14,
                  conditions: ["sleep complaints", "mood"]),
            study("b#1", "b", authors: ["Shechter"], year: 2018, design: .rct, n: 14, days: 7,
                  conditions: ["insomnia"]),
        ]
        #expect(Matcher().match(claims).isEmpty)
    }

    @Test func threePageClusterIsTransitiveButNeverTwoClaimsOfOnePage() throws {
        let claims = [
            study("a#1", "a", authors: ["Rae"], year: 2003, design: .rct, n: 45, days: 42, conditions: ["memory"]),
            study("b#1", "b", authors: ["Rae"], year: 2003, design: .rct, n: 45, days: 42, conditions: ["memory"]),
            study("b#2", "b", authors: ["Rae"], year: 2003, design: .rct, n: 44, days: 42, conditions: ["memory"]),
            study("c#1", "c", year: 2003, days: 42, conditions: ["memory"], country: "Australia"),
        ]
        let matches = Matcher().match(claims)
        let cluster = try #require(matches.first { $0.claims.contains("a#1") })
        #expect(cluster.claims.contains("c#1"))
        for match in matches {
            let pages = match.claims.map { $0.split(separator: "#")[0] }
            #expect(Set(pages).count == pages.count)
        }
    }

    @Test func missingValuesAreNeutral() throws {
        let full = [
            study("a#1", "a", authors: ["Rae"], year: 2003, design: .rct, n: 45, conditions: ["memory"]),
            study("b#1", "b", authors: ["Rae"], year: 2003, design: .rct, n: 45, conditions: ["memory"]),
        ]
        let sparse = [
            study("a#1", "a", authors: ["Rae"], year: 2003, design: .rct, n: 45, conditions: ["memory"]),
            study("b#1", "b", authors: ["Rae"], year: 2003, conditions: ["memory"]),
        ]
        let fullEvidence = try #require(Matcher().compare("a#1", "b#1", in: full)).evidence
        let sparseEvidence = try #require(Matcher().compare("a#1", "b#1", in: sparse)).evidence
        #expect(!sparseEvidence.contains { $0.field == "sampleSize" || $0.field == "design" })
        #expect(sparseEvidence.allSatisfy { $0.weight >= 0 })
        #expect(fullEvidence.count > sparseEvidence.count)
    }

    @Test func matchIDsSurviveUnrelatedClaims() throws {
        let base = Matcher().match(Self.seedLike)
        let more = Matcher().match(Self.seedLike + [
            study("b#9", "b", authors: ["Kisker"], year: 2024, days: 21, conditions: ["wellbeing"]),
        ])
        let id = try #require(base.first { Set($0.claims) == ["a#1", "b#2"] }).id
        #expect(more.contains { $0.id == id })
    }

    // Needs ../shared/corpus/{seeds,dev}/gold.json.
    @Test(.enabled(if: Fixtures.sharedCorpusPresent, "skipped: no ../shared/corpus/{seeds,dev}/gold.json beside the checkout"))
    func goldSeedAndDevClaimsLinkAsGoldSays() throws {
        let claims = try GoldClaims.load(Fixtures.corpus.appendingPathComponent("seeds/gold.json"))
        let matches = Matcher().match(claims)
        #expect(matches.map { Set($0.claims) } == [["acupressure-science-review-1", "spikerest-acupressure-benefits-2"]])
    }

    @Test func syntheticScaleIsBlocked() {
        let claims = SyntheticStudies.claims(count: 400, pages: 10)
        let matches = Matcher().match(claims)
        #expect(!matches.isEmpty)
        #expect(matches.allSatisfy { Set($0.claims.map { $0.split(separator: "#")[0] }).count == $0.claims.count })
    }
}
