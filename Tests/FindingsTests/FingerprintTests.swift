import Documents
import Extraction
import Findings
import Matching
import Testing

@Suite struct FingerprintTests {
    static let base: [Claim] = [
        .study(claim("a#1", authors: ["Kjerryd"], year: 2012, design: .rct, n: 82, days: 21, verdict: .strong)),
        .study(claim("b#1", authors: ["Hohmann"], year: 2012, design: .pilotRCT, n: 42, days: 14, verdict: .preliminary)),
        .evidence(rating("a#e1", subject: "acupressure mat", topic: "back pain", .strong)),
        .evidence(rating("b#e1", subject: "acupressure mat", topic: "back pain", .notEstablished)),
    ]
    static let match = Match(id: "m-1", status: .match, score: 2, claims: ["a#1", "b#1"], comparisons: [])

    @Test func idsSurviveUnrelatedClaims() {
        let before = FindingsBuilder().findings(claims: Self.base, matches: [Self.match])
        let unrelated: [Claim] = [
            .study(claim("a#9", authors: ["Other"], year: 2020, n: 5)),
            .evidence(rating("b#e9", subject: "acupressure mat", topic: "sleep", .strong)),
        ]
        let after = FindingsBuilder().findings(claims: unrelated + Self.base, matches: [Self.match])
        #expect(Set(before.map(\.id)).isSubset(of: Set(after.map(\.id))))
        #expect(before.count == 6)
    }

    @Test func idsChangeWithTheValues() {
        var edited = Self.base
        edited[1] = .study(claim("b#1", authors: ["Hohmann"], year: 2012, design: .pilotRCT, n: 40, days: 14,
                                 verdict: .preliminary))
        let before = FindingsBuilder().findings(claims: Self.base, matches: [Self.match])
        let after = FindingsBuilder().findings(claims: edited, matches: [Self.match])
        let sampleBefore = before.first { $0.field == .sampleSize }?.id
        let sampleAfter = after.first { $0.field == .sampleSize }?.id
        #expect(sampleBefore != nil && sampleBefore != sampleAfter)
        #expect(before.first { $0.field == .design }?.id == after.first { $0.field == .design }?.id)
    }

    @Test func idsDoNotDependOnClaimOrderOrMatchID() {
        let renamed = Match(id: "m-2", status: .match, score: 2, claims: ["b#1", "a#1"], comparisons: [])
        let a = FindingsBuilder().findings(claims: Self.base, matches: [Self.match]).map(\.id)
        let b = FindingsBuilder().findings(claims: Self.base.reversed(), matches: [renamed]).map(\.id)
        #expect(Set(a) == Set(b))
    }
}
