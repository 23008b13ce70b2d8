import Documents
import Extraction
import Findings
import Matching
import Testing

/// A study claim with just the fields a conflict test needs.
func claim(
    _ id: String, authors: [String] = [], year: Int? = nil, design: DesignClass? = nil,
    n: Int? = nil, nText: String? = nil, days: Int? = nil, verdict: VerdictClass? = nil,
    venue: String? = nil, country: String? = nil, numbers: [ReportedNumber] = [], nct: String? = nil
) -> StudyClaim {
    StudyClaim(
        id: id, document: String(id.split(separator: "#")[0]), label: "study \(id)", authors: authors,
        year: year, design: design.map { Classified($0, text: $0.rawValue) },
        sampleSize: n.map { Classified($0, text: nText ?? "n = \($0)") },
        duration: days.map { Classified($0, text: "\($0) days") },
        identifiers: Identifiers(nct: nct), venue: venue, country: country,
        verdict: verdict.map { Classified($0, text: $0.rawValue) }, numbers: numbers,
        mentions: [Mention(quote: "quote of \(id)", span: SourceSpan(line: 3))])
}

@Suite struct ConflictsTests {
    private func only(_ a: StudyClaim, _ b: StudyClaim) -> [Finding] {
        Conflicts().compare(a, b, match: "m-1")
    }

    @Test func canonicalPairConflicts() {
        let findings = only(
            claim("a#1", authors: ["Kjerryd"], year: 2012, design: .rct, n: 82, days: 21, verdict: .strong),
            claim("b#1", authors: ["Hohmann"], year: 2012, design: .pilotRCT, n: 42, days: 14, verdict: .preliminary))
        let fields = Set(findings.compactMap(\.field))
        #expect(fields == [.sampleSize, .design, .authors, .duration, .verdict])
        #expect(findings.allSatisfy { $0.kind == .conflict && $0.match == "m-1" && $0.claims == ["a#1", "b#1"] })
        #expect(findings.first { $0.field == .sampleSize }?.severity == .major)
        #expect(findings.first { $0.field == .sampleSize }?.message == "sample size 82 vs 42")
        #expect(findings.first { $0.field == .design }?.severity == .minor)
        #expect(findings.first { $0.field == .verdict }?.severity == .major)
    }

    @Test(arguments: [
        (82, "n = 82", 42, "total n = 42", Severity.major),
        (492, "492", 500, "about 500", .minor),
        (3018, "N = 3,018", 3000, "about 3,000", .minor),
        (44, "44", 41, "41 completed", .minor),
        (40, "n=40", 82, "40+42", .minor),
        (136, "136", 113, "113", .major),
    ])
    func sampleSizeSeverity(na: Int, ta: String, nb: Int, tb: String, expected: Severity) {
        let findings = only(claim("a#1", n: na, nText: ta), claim("b#1", n: nb, nText: tb))
        #expect(findings.count == 1)
        #expect(findings.first?.severity == expected)
    }

    @Test(arguments: [
        (DesignClass.rct, DesignClass.pilotRCT, Severity.minor),
        (.metaAnalysis, .systematicReview, .minor),
        (.rct, .registeredTrial, .minor),
        (.rct, .nonRandomizedTrial, .major),
        (.metaAnalysis, .rct, .major),
        (.rct, .observational, .major),
    ])
    func designSeverityGrowsWithDistance(a: DesignClass, b: DesignClass, expected: Severity) {
        #expect(only(claim("a#1", design: a), claim("b#1", design: b)).first?.severity == expected)
    }

    @Test func durationWithinTenPercentIsNoConflict() {
        #expect(only(claim("a#1", days: 56), claim("b#1", days: 60)).isEmpty)
        #expect(only(claim("a#1", days: 21), claim("b#1", days: 14)).first?.field == .duration)
    }

    @Test func yearOneApartIsMinor() {
        #expect(only(claim("a#1", year: 2017), claim("b#1", year: 2018)).first?.severity == .minor)
        #expect(only(claim("a#1", year: 2007), claim("b#1", year: 2024)).first?.severity == .major)
    }

    @Test func verdictNotReportedIsNoVerdict() {
        #expect(only(claim("a#1", verdict: .strong), claim("b#1", verdict: .notReported)).isEmpty)
        #expect(only(claim("a#1", verdict: .preliminary), claim("b#1", verdict: .mixed)).first?.severity == .info)
        #expect(only(claim("a#1", verdict: .strong), claim("b#1", verdict: .moderate)).first?.severity == .minor)
    }

    @Test func valuesPointAtTheMentionThatSaysThem() {
        var merged = claim("a#1", verdict: .strong)
        merged.verdict = Classified(.strong, text: "remarkably solid")
        merged.mentions.append(Mention(quote: "Both trials are Remarkably Solid.", span: SourceSpan(line: 9)))
        let finding = only(merged, claim("b#1", verdict: .preliminary)).first
        #expect(finding?.values.first?.span.line == 9)
        #expect(finding?.values.last?.span.line == 3)
    }

    @Test func authorOrderIsMinorAndDifferentAuthorMajor() {
        #expect(only(claim("a#1", authors: ["Wunsch", "Matuschka"]), claim("b#1", authors: ["Matuschka"]))
            .first?.severity == .minor)
        #expect(only(claim("a#1", authors: ["Šrámek"]), claim("b#1", authors: ["Sramek"])).isEmpty)
    }

    @Test func venueAcronymAndCountry() {
        #expect(only(claim("a#1", venue: "PNAS"), claim("b#1", venue: "Proceedings of the National Academy of Sciences")).isEmpty)
        #expect(only(claim("a#1", venue: "PLoS One"), claim("b#1", venue: "PLOS ONE")).isEmpty)
        #expect(only(claim("a#1", venue: "BMJ Open"), claim("b#1", venue: "Lasers in Surgery and Medicine")).first?.severity == .info)
        #expect(only(claim("a#1", country: "Sweden"), claim("b#1", country: "Germany")).first?.field == .country)
    }

    @Test func missingValuesAreNoConflict() {
        #expect(only(claim("a#1", authors: ["Rae"], year: 2003, n: 45),
                     claim("b#1", design: .rct, days: 42, verdict: .strong)).isEmpty)
    }

    @Test func threeClaimMatchGivesEveryPair() {
        let claims = ["a#1": claim("a#1", n: 3018), "b#1": claim("b#1", n: 3018), "c#1": claim("c#1", n: 3000)]
        let match = Match(id: "m-x", status: .match, score: 5, claims: ["a#1", "b#1", "c#1"], comparisons: [])
        let findings = Conflicts().findings(for: match, claims: claims)
        #expect(findings.map(\.claims) == [["a#1", "c#1"], ["b#1", "c#1"]])
    }
}

/// One author written with and without given names is no conflict.
@Suite struct AuthorKeyConflictTests {
    @Test func givenNamesAreNoAuthorConflict() {
        let a = StudyClaim(id: "a#1", document: "a", label: "x", authors: ["Ingrid Solberg"], year: 2015,
                           mentions: [Mention(quote: "q", span: SourceSpan(line: 1))])
        let b = StudyClaim(id: "b#1", document: "b", label: "y", authors: ["Solberg"], year: 2015,
                           mentions: [Mention(quote: "q", span: SourceSpan(line: 1))])
        #expect(!Conflicts().compare(a, b, match: nil).contains { $0.field == .authors })
        let c = StudyClaim(id: "c#1", document: "c", label: "z", authors: ["Okafor"], year: 2015,
                           mentions: [Mention(quote: "q", span: SourceSpan(line: 1))])
        #expect(Conflicts().compare(a, c, match: nil).contains { $0.field == .authors })
    }
}
