import Documents
import Extraction
@testable import Matching
import Testing

/// Clustering without chaining: confident pairs join clusters only when no decisive field
/// contradicts; possible pairs stay pairs. Claim indices and claims are invented.
@Suite struct ClusteringTests {
    typealias Edge = Clustering.Edge

    @Test func confidentChainStopsAtAContradictingMember() {
        // 0–1 and 1–2 are confident, but 0 and 2 contradict: 2 stays out of 0's cluster.
        let clusters = Clustering.clusters(
            count: 3, documents: [0, 1, 2],
            edges: [Edge(a: 0, b: 1, score: 5), Edge(a: 1, b: 2, score: 4)]
        ) { a, b in Set([a, b]) == [0, 2] }
        #expect(clusters.map(\.members) == [[0, 1]])
    }

    @Test func confidentChainWithoutContradictionIsOneCluster() {
        let clusters = Clustering.clusters(
            count: 3, documents: [0, 1, 2],
            edges: [Edge(a: 0, b: 1, score: 5), Edge(a: 1, b: 2, score: 4)])
        #expect(clusters.map(\.members) == [[0, 1, 2]])
    }

    @Test func possiblePairsNeverGlueClustersAndStayPairs() {
        // 0–1 and 2–3 are confident; 1–2 is only possible: two clusters, no bridge.
        // 4–5 possible between lone claims: kept as a pair; 3–4 possible: 3 is clustered.
        let clusters = Clustering.clusters(
            count: 6, documents: [0, 1, 2, 3, 4, 5],
            edges: [
                Edge(a: 0, b: 1, score: 5), Edge(a: 2, b: 3, score: 5),
                Edge(a: 1, b: 2, score: 0, confident: false),
                Edge(a: 4, b: 5, score: 0, confident: false),
                Edge(a: 3, b: 4, score: 0.5, confident: false),
            ])
        #expect(clusters.map(\.members) == [[0, 1], [2, 3], [4, 5]])
        #expect(clusters[2].edges.allSatisfy { !$0.confident })
    }

    @Test func onePageGivesAtMostOneClaimPerCluster() {
        let clusters = Clustering.clusters(
            count: 3, documents: [0, 1, 0],
            edges: [Edge(a: 0, b: 1, score: 5), Edge(a: 1, b: 2, score: 4)])
        #expect(clusters.map(\.members) == [[0, 1]])
    }

    // MARK: - Decisive contradictions on invented claims

    static func features(_ claims: [Claim]) -> MatchContext {
        MatchContext(claims: claims, weights: .standard)
    }

    @Test func differentFirstAuthorAndYearContradict() {
        let context = Self.features([
            study("a#1", "a", authors: ["Quill"], year: 2015),
            study("b#1", "b", authors: ["Marsh"], year: 2017),
            study("c#1", "c", authors: ["Marsh"], year: 2015),
            study("d#1", "d", authors: ["Tove Quill"], year: 2016),
        ])
        let f = context.features
        let compare = context.comparison
        #expect(compare.contradicts(f[0], f[1]))
        #expect(!compare.contradicts(f[0], f[2]))  // one slip (author) is not decisive
        #expect(!compare.contradicts(f[0], f[3]))  // given name added: the same author
    }

    @Test func differentIdentifiersAndSubjectsContradict() {
        func claim(_ id: String, _ doc: String, pmid: String) -> Claim {
            .study(StudyClaim(
                id: id, document: doc, label: "", identifiers: Identifiers(pmid: pmid),
                mentions: [Mention(quote: "", span: SourceSpan(line: 1))]))
        }
        let ids = Self.features([claim("a#1", "a", pmid: "111"), claim("b#1", "b", pmid: "222")])
        #expect(ids.comparison.contradicts(ids.features[0], ids.features[1]))
        let subjects = Self.features([
            subject("a", "beetroot juice"), subject("b", "magnesium"),
            study("a#1", "a", year: 2015), study("b#1", "b", year: 2015),
        ])
        #expect(subjects.comparison.contradicts(subjects.features[0], subjects.features[1]))
    }

    @Test func matcherKeepsTwoStudiesOfOneAuthorlessBridgeApart() {
        // b#1 names no author and fits both a#1 and c#1, which differ in author and year.
        let claims = [
            subject("a", "tart cherry"), subject("b", "tart cherry"), subject("c", "tart cherry"),
            study("a#1", "a", authors: ["Quill"], year: 2015, design: .rct, n: 64, days: 28,
                  conditions: ["insomnia"], label: "Quill 2015 tart cherry trial", country: "Norway"),
            study("b#1", "b", year: 2015, design: .rct, n: 64, days: 28,
                  conditions: ["insomnia"], label: "a Norwegian tart cherry trial", country: "Norway"),
            study("c#1", "c", authors: ["Marsh"], year: 2016, design: .rct, n: 64, days: 28,
                  conditions: ["insomnia"], label: "Marsh 2016 tart cherry trial", country: "Norway"),
        ]
        let matches = Matcher().match(claims)
        for match in matches {
            #expect(!(match.claims.contains("a#1") && match.claims.contains("c#1")))
        }
    }
}

@Suite struct ClusterVetoTests {
    /// Three pages: the middle claim states little and matches both others, which disagree on
    /// sample size, duration and country. The veto keeps the two apart; without it they chain.
    static let claims: [Claim] = [
        subject("a", "lantern therapy"), subject("b", "lantern therapy"), subject("c", "lantern therapy"),
        study("a#1", "a", year: 2016, n: 120, days: 56, conditions: ["winter insomnia"], label: "lantern trial",
              country: "Norway"),
        study("b#1", "b", year: 2016, n: 120, conditions: ["winter insomnia"], label: "lantern trial"),
        study("c#1", "c", year: 2016, n: 118, days: 7, conditions: ["winter insomnia"], label: "lantern trial",
              country: "Chile"),
    ]

    @Test func claimsTheEvidenceSetApartNeverShareACluster() {
        let together = { (matches: [Match]) in matches.contains { Set(["a#1", "c#1"]).isSubset(of: Set($0.claims)) } }
        let matches = Matcher().match(Self.claims)
        #expect(!matches.isEmpty)
        #expect(!together(matches))
        var noVeto = MatchWeights.standard
        noVeto.clusterVeto = -.infinity
        #expect(together(Matcher(weights: noVeto).match(Self.claims)), "the case needs the veto")
    }
}
