import Documents
import Extraction
import Foundation
@testable import Matching
import Testing

/// A study claim with a venue and wording, for the estimation and comparison tests.
private func described(
    _ id: String, _ document: String, authors: [String] = [], year: Int? = nil, n: Int? = nil,
    venue: String? = nil, label: String = ""
) -> Claim {
    .study(StudyClaim(
        id: id, document: document, label: label, authors: authors, year: year,
        sampleSize: n.map { Classified($0, text: "n = \($0)") }, venue: venue,
        mentions: [Mention(quote: label, span: SourceSpan(line: 1))]))
}

@Suite struct WeightEstimationTests {
    /// A synthetic population of pairs with known m, u and share of matches: the EM step must
    /// find m within 0.05 starting from a prior that is off.
    @Test func expectationMaximisationRecoversKnownProbabilities() {
        let trueM: [[Double]] = [[0.9, 0.1], [0.6, 0.3, 0.1], [0.7, 0.2, 0.1], [0.8, 0.2]]
        let trueU: [[Double]] = [[0.05, 0.95], [0.1, 0.2, 0.7], [0.15, 0.25, 0.6], [0.3, 0.7]]
        let lambda = 0.2
        var generator = SplitMix(seed: 12)
        func draw(_ probabilities: [Double]) -> UInt8 {
            let x = Double(generator.next() % 1_000_000) / 1_000_000
            var cumulative = 0.0
            for (index, p) in probabilities.enumerated() {
                cumulative += p
                if x < cumulative { return UInt8(index + 1) }
            }
            return UInt8(probabilities.count)
        }
        var counts: [[UInt8]: Int] = [:]
        for _ in 0..<40_000 {
            let isMatch = Double(generator.next() % 1_000_000) / 1_000_000 < lambda
            var pattern = (isMatch ? trueM : trueU).map(draw)
            // A field some pairs do not state (missing says nothing).
            if generator.next() % 5 == 0 { pattern[3] = 0 }
            counts[pattern, default: 0] += 1
        }
        let patterns = counts.map { (levels: $0.key, count: $0.value) }
        let start: [[Double]] = [[0.6, 0.4], [0.4, 0.3, 0.3], [0.4, 0.3, 0.3], [0.6, 0.4]]
        let result = ExpectationMaximisation(patterns: patterns, u: trueU, pseudoCount: 1)
            .run(m: start, lambda: 0.05)
        for (field, levels) in trueM.enumerated() {
            for (level, m) in levels.enumerated() {
                #expect(abs(result.m[field][level] - m) < 0.05, "field \(field) level \(level): \(result.m[field][level]) vs \(m)")
            }
        }
        #expect(abs(result.lambda - lambda) < 0.05)
    }

    /// A handful of claims: the estimate stays within the clamp of the prior, and a run with
    /// no candidate pairs keeps the prior exactly.
    @Test func smallRunsStayNearThePrior() {
        let table = Matcher().table(for: MatcherTests.seedLike)
        #expect(table.source == .estimated)
        let clamp = MatchWeights.standard.estimationClamp
        for level in table.levels {
            #expect(abs(level.weight - level.prior) <= clamp + 1e-9, "\(level.field) \(level.level)")
        }
        let lonely = [described("a#1", "a", authors: ["Oskarvik"], year: 2010)]
        let prior = Matcher().table(for: lonely)
        #expect(prior.source == .standard)
        #expect(prior.levels.allSatisfy { $0.weight == $0.prior })
    }

    /// A pinned table is used as is: its weight shows in the evidence, with its m and u.
    @Test func pinnedTableIsUsedAsIs() throws {
        let claims = [
            described("a#1", "a", authors: ["Oskarvik"], year: 2010, n: 40),
            described("b#1", "b", authors: ["Oskarvik"], year: 2010, n: 40),
        ]
        let level = WeightTable.Level(field: "authors", level: .equal, m: 0.7, u: 0.01, weight: 9, prior: 5.4)
        let table = WeightTable(source: .estimated, candidatePairs: 1, sampledPairs: 1, matchShare: 0.5, levels: [level])
            .pinned(from: "pinned.json")
        let run = Matcher(pinned: table).run(claims)
        #expect(run.table.source == .pinned && run.table.file == "pinned.json")
        let evidence = try #require(run.matches.first?.comparisons.first?.evidence.first { $0.field == "authors" })
        // 9 plus the surname's rarity adjustment (0: the only surname of the run).
        #expect(evidence.weight == 9 && evidence.m == 0.7 && evidence.u == 0.01)
        #expect(run.table.summary == "pinned from pinned.json")
    }

    /// A table survives JSON, also inside a report; a wrong level names its place.
    @Test func weightFilesRoundTripAndNameTheirErrors() throws {
        let table = Matcher().table(for: MatcherTests.seedLike)
        let data = try JSONEncoder().encode(table)
        let read = try WeightTable.pinned(from: data, file: "w.json")
        #expect(read.levels == table.levels && read.source == .pinned)
        let report = Data("{\"schemaVersion\": 1, \"weights\": ".utf8) + data + Data("}".utf8)
        #expect(try WeightTable.pinned(from: report, file: "report.json").levels == table.levels)
        let wrong = Data("""
            {"source": "estimated", "candidatePairs": 1, "sampledPairs": 1, "matchShare": 0.1,
             "levels": [{"field": "authors", "level": "compatible", "m": 0.5, "u": 0.1, "weight": 1, "prior": 1}]}
            """.utf8)
        #expect(throws: WeightTableError.self) { try WeightTable.pinned(from: wrong, file: "w.json") }
        do {
            _ = try WeightTable.pinned(from: wrong, file: "w.json")
        } catch {
            #expect("\(error)".contains("w.json: levels[0]: authors has no level \"compatible\""))
        }
        #expect(throws: WeightTableError.self) { try WeightTable.pinned(from: Data("[]".utf8), file: "x.json") }
    }
}

@Suite struct ComparisonLevelTests {
    /// Invented journal titles: each abbreviated word is the start of the full word, filler
    /// words dropped, hyphens splitting words.
    @Test func abbreviatedVenuesFold() {
        #expect(TextFolding.sameVenue("J Clin Sleep Res", "Journal of Clinical Sleep Research"))
        #expect(TextFolding.sameVenue("Evid Based Compl Orchard Sci", "Evidence-Based Complementary and Orchard Science"))
        #expect(!TextFolding.sameVenue("J Clin Sleep Res", "Journal of Clinical Dream Research"))
        #expect(!TextFolding.sameVenue("J Clin Sleep", "Journal of Clinical Sleep Research"))
        let claims = [
            described("a#1", "a", year: 2015, venue: "J Clin Sleep Res"),
            described("b#1", "b", year: 2015, venue: "Journal of Clinical Sleep Research"),
        ]
        let venue = Matcher().compare("a#1", "b#1", in: claims)?.evidence.first { $0.field == "venue" }
        #expect(venue?.comparison == .equal && (venue?.weight ?? 0) > 0)
    }

    /// A month named with the claim's year is read from its words and compared.
    @Test func publicationMonthsCompare() throws {
        let claims = [
            described("a#1", "a", year: 2019, label: "a trial of lantern light published in September 2019"),
            described("b#1", "b", year: 2019, label: "the Sept. 2019 lantern light trial"),
            described("c#1", "c", year: 2019, label: "a lantern light trial from March 4, 2019"),
            described("d#1", "d", year: 2019, label: "lantern light trial, 2019, reported in May"),
        ]
        let months = claims.compactMap(\.study).map(MonthField.value)
        #expect(months == [9, 9, 3, nil])
        let matcher = Matcher()
        let same = try #require(matcher.compare("a#1", "b#1", in: claims)?.evidence.first { $0.field == "month" })
        #expect(same.comparison == .equal && same.weight > 0 && same.detail == "Sep = Sep")
        let other = try #require(matcher.compare("a#1", "c#1", in: claims)?.evidence.first { $0.field == "month" })
        #expect(other.comparison == .different && other.weight < 0)
        #expect(matcher.compare("a#1", "d#1", in: claims)?.evidence.contains { $0.field == "month" } == false)
    }

    /// The month is looked for just before each occurrence of the year, however long the
    /// quote, and only as a whole word.
    @Test func publicationMonthIsReadBeforeTheYear() {
        let long = String(repeating: "lantern light in the café, ", count: 40)
        let cases: [(String, Int?)] = [
            (long + "published November 3rd, 2019", 11),
            ("Ümlaut glow, Oct. 2019 " + long, 10),
            ("a lantern trial, vol. xDec 2019", nil),
            ("a lantern trial in March 20190", nil),
            ("2019: lantern light, then June 2019", 6),
        ]
        for (label, month) in cases {
            let claim = described("a#1", "a", year: 2019, label: label).study!
            #expect(MonthField.value(of: claim) == month, "\(label.suffix(40))")
        }
    }

    /// A shared rare surname weighs more than a shared common one.
    @Test func rareSurnamesWeighMore() throws {
        var claims: [Claim] = []
        for page in 0..<6 {
            claims.append(described("p\(page)#1", "p\(page)", authors: ["Brandqvist"], year: 2000 + page))
            claims.append(described("p\(page)#2", "p\(page)", authors: ["Tollemach\(page)"], year: 2010 + page))
        }
        claims.append(described("q#1", "q", authors: ["Ulvenhorst"], year: 2020))
        claims.append(described("r#1", "r", authors: ["Ulvenhorst"], year: 2020))
        claims.append(described("q#2", "q", authors: ["Brandqvist"], year: 2030))
        claims.append(described("r#2", "r", authors: ["Brandqvist"], year: 2030))
        let matcher = Matcher()
        func authorWeight(_ a: String, _ b: String) throws -> Double {
            try #require(matcher.compare(a, b, in: claims)?.evidence.first { $0.field == "authors" }).weight
        }
        #expect(try authorWeight("q#1", "r#1") > authorWeight("q#2", "r#2"))
    }

    /// Wording: sharing a word few claims use is `equal` or `close`; sharing only words every
    /// claim uses is `different`.
    @Test func rareWordsMakeWordingAgree() throws {
        var claims: [Claim] = []
        for page in 0..<5 {
            claims.append(described("p\(page)#1", "p\(page)", label: "trial of walking adults number \(page)"))
        }
        claims.append(described("q#1", "q", label: "trial of walking adults with marshmallow cravings"))
        claims.append(described("r#1", "r", label: "marshmallow cravings trial"))
        let matcher = Matcher()
        let rare = try #require(matcher.compare("q#1", "r#1", in: claims)?.evidence.first { $0.field == "wording" })
        #expect(rare.comparison == .equal || rare.comparison == .close)
        let common = try #require(matcher.compare("p0#1", "p1#1", in: claims)?.evidence.first { $0.field == "wording" })
        #expect(common.comparison == .different)
    }

    /// Wording reads every mention of a claim, not only its first: one page names the study in
    /// one sentence and tells what it found in the next.
    @Test func wordingReadsEveryMention() throws {
        var claims: [Claim] = []
        for page in 0..<5 {
            claims.append(described("p\(page)#1", "p\(page)", label: "trial of walking adults number \(page)"))
        }
        claims.append(.study(StudyClaim(
            id: "q#1", document: "q", label: "2031 trial",
            mentions: [Mention(quote: "A trial from 2031 is cited most.", span: SourceSpan(line: 1)),
                       Mention(quote: "It reported fewer marshmallow cravings.", span: SourceSpan(line: 1))])))
        claims.append(described("r#1", "r", label: "marshmallow cravings trial"))
        let wording = try #require(Matcher().compare("q#1", "r#1", in: claims)?.evidence.first { $0.field == "wording" })
        #expect(wording.comparison == .equal || wording.comparison == .close)
    }

    /// The Markdown waterfall lists each field's m, u, weight and the running score.
    @Test func markdownWaterfallShowsProbabilitiesAndRunningScore() throws {
        let claims = [
            described("a#1", "a", authors: ["Oskarvik"], year: 2010, n: 40),
            described("b#1", "b", authors: ["Oskarvik"], year: 2010, n: 40),
        ]
        let comparison = try #require(Matcher().compare("a#1", "b#1", in: claims))
        let text = Explanation.render(comparison, format: .markdown)
        #expect(text.contains("| Field | Level | Values | m | u | Weight | Score |"))
        let steps = Explanation.steps(comparison)
        #expect(abs((steps.last?.total ?? 0) - comparison.score) < 1e-9)
        let authors = try #require(steps.first { $0.field == "authors" })
        #expect(authors.m != nil && authors.u != nil)
        #expect(text.contains("| authors | equal |"))
    }
}
