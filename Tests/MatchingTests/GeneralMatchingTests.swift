import Documents
import Extraction
import Matching
import Testing

/// Rules that keep matching from depending on one page's wording: subject strings that
/// differ, claims with few fields, names shared by two descriptions. All claims invented.
@Suite struct GeneralMatchingTests {
    /// Two pages on one remedy whose detected subjects differ in wording: the "rosehip"
    /// page keeps naming "rose hip powder", the subject of the other.
    static func remedyPages(secondSubject: String, mentions: String) -> [Claim] {
        [
            subject("a", "rose hip powder"), subject("b", secondSubject),
            study("a#1", "a", authors: ["Varga"], year: 2016, design: .rct, n: 94, days: 90,
                  conditions: ["knee pain"], label: "Varga et al. 2016 trial of rose hip powder"),
            study("a#2", "a", authors: ["Okafor"], year: 2009, design: .cohort, n: 1200,
                  conditions: ["stiffness"], label: "Okafor 2009 cohort on rose hip powder users"),
            study("b#1", "b", authors: ["Varga"], year: 2016, design: .rct, n: 94, days: 90,
                  conditions: ["knee pain"], label: "Varga 2016: \(mentions) eased knee pain"),
            study("b#2", "b", authors: ["Lind"], year: 2021, design: .rct, n: 30,
                  conditions: ["sleep"], label: "Lind 2021 on \(mentions) and sleep"),
        ]
    }

    @Test func subjectsWordedDifferentlyStillMeetWhenOnePageKeepsNamingTheOther() throws {
        let claims = Self.remedyPages(secondSubject: "rosehip", mentions: "rose hip powder")
        let matches = Matcher().match(claims)
        #expect(matches.map { Set($0.claims) } == [["a#1", "b#1"]])
        let evidence = try #require(Matcher().compare("a#1", "b#1", in: claims)).evidence
        #expect(evidence.first { $0.field == "subject" }.map { $0.weight > 0 } == true)
    }

    @Test(arguments: [("rose hip", "nothing in common"), ("hip", "zinc")])
    func subjectsSharingTheirWordsAreOneGroup(second: String, mentions: String) {
        // "rose hip" lies inside "rose hip powder"; "hip" too: word subsets are compatible.
        let claims = Self.remedyPages(secondSubject: second, mentions: mentions)
        #expect(Matcher().match(claims).map { Set($0.claims) } == [["a#1", "b#1"]])
    }

    @Test func unrelatedSubjectsNeverMatch() {
        // The same study fields on pages about unrelated remedies that never name each other.
        let claims = Self.remedyPages(secondSubject: "zinc lozenge", mentions: "the lozenges")
        #expect(Matcher().match(claims).isEmpty)
    }

    @Test func aFewMentionsDoNotMakeSubjectsCompatible() {
        // One of the page's claims names the other remedy: below the share that counts.
        var claims = Self.remedyPages(secondSubject: "zinc lozenge", mentions: "zinc lozenges")
        claims += (3...8).map { index in
            study("b#\(index)", "b", authors: ["Author\(index)"], year: 1990 + index, design: .rct,
                  conditions: ["cold"], label: "trial \(index) of lozenges")
        }
        #expect(Matcher().match(claims).isEmpty)
    }

    @Test func yearOnlyAndConditionsOnlyClaimsMeet() throws {
        // "a 2019 Campbell review" / "a Campbell review on loneliness": no shared year or
        // condition key, nothing contradicts, and the name they share is rare.
        let claims = [
            subject("a", "befriending"), subject("b", "befriending"),
            study("a#1", "a", authors: ["Moreau"], year: 2019, design: .systematicReview,
                  label: "Moreau et al. 2019: the Campbell review found small effects"),
            study("a#2", "a", authors: ["Iqbal"], year: 2015, design: .rct, n: 80, conditions: ["loneliness"],
                  label: "Iqbal 2015 trial in the Midlands"),
            study("a#3", "a", authors: ["Tran"], year: 2012, design: .cohort, n: 400, conditions: ["depression"],
                  label: "Tran 2012 cohort"),
            study("b#1", "b", design: .systematicReview, conditions: ["loneliness"],
                  label: "A Campbell review concluded the effect on loneliness is small"),
            study("b#2", "b", authors: ["Iqbal"], year: 2015, design: .rct, n: 80, conditions: ["loneliness"],
                  label: "Iqbal 2015"),
        ]
        let matches = Matcher().match(claims).map { Set($0.claims) }
        #expect(matches.contains(["a#1", "b#1"]))
        #expect(matches.contains(["a#2", "b#2"]))
        let names = try #require(Matcher().compare("a#1", "b#1", in: claims)?.evidence.first { $0.field == "names" })
        #expect(names.weight > 0 && names.detail.contains("campbell"))
    }

    @Test func sharedCommonNamesSayLittle() throws {
        // A name on every claim of the run ("Cochrane" on a page of Cochrane reviews) adds nothing.
        let claims = (1...6).flatMap { index in
            ["a", "b"].map { page in
                study("\(page)#\(index)", page, year: 2000 + index,
                      label: "the Hartwell review number \(index) in the Hartwell series")
            }
        }
        let evidence = try #require(Matcher().compare("a#1", "b#2", in: claims)).evidence
        #expect(evidence.first { $0.field == "names" } == nil)
    }
}

/// Two papers by one author in one year on one remedy: told apart by length, journal and condition.
@Suite struct SameAuthorTests {
    static func pages(secondDays: Int, secondVenue: String, secondConditions: [String]) -> [Claim] {
        [
            subject("a", "tart cherry"), subject("b", "tart cherry"),
            .study(StudyClaim(
                id: "a#1", document: "a", label: "Oduya 2020 trial", authors: ["Oduya"], year: 2020,
                design: Classified(.rct, text: "RCT"), sampleSize: Classified(70, text: "70 adults"),
                duration: Classified(56, text: "8 weeks"), conditions: ["insomnia"],
                venue: "Sleep Medicine", mentions: [Mention(quote: "Oduya 2020 trial", span: SourceSpan(line: 1))])),
            .study(StudyClaim(
                id: "b#1", document: "b", label: "Oduya et al. 2020", authors: ["Oduya"], year: 2020,
                design: Classified(.rct, text: "RCT"), sampleSize: Classified(66, text: "66"),
                duration: Classified(secondDays, text: "\(secondDays) days"), conditions: secondConditions,
                venue: secondVenue, mentions: [Mention(quote: "Oduya et al. 2020", span: SourceSpan(line: 1))])),
            study("a#2", "a", authors: ["Baptiste"], year: 2012, design: .rct, n: 20, conditions: ["gout"]),
            study("a#3", "a", authors: ["Kimura"], year: 2017, design: .cohort, n: 900, conditions: ["arthritis"]),
            study("b#2", "b", authors: ["Baptiste"], year: 2012, design: .rct, n: 20, conditions: ["gout"]),
            study("b#3", "b", authors: ["Salo"], year: 2022, design: .metaAnalysis, conditions: ["sleep"]),
        ]
    }

    @Test func aSecondPaperByTheSameAuthorIsNotMatched() {
        let claims = Self.pages(secondDays: 112, secondVenue: "Nutrients", secondConditions: ["muscle strength"])
        #expect(!Matcher().match(claims).contains { $0.claims.contains("a#1") })
    }

    @Test func theSamePaperMisreportedSlightlyIsStillMatched() {
        // One page rounds the length and words the journal differently: same paper.
        let claims = Self.pages(secondDays: 60, secondVenue: "Sleep Med", secondConditions: ["insomnia"])
        #expect(Matcher().match(claims).map { Set($0.claims) }.contains(["a#1", "b#1"]))
    }

    @Test func theSameAuthorYearsApartIsAnotherPaper() {
        // Same author, design and condition, seven years apart: an earlier paper, not a typo.
        let claims = [
            subject("a", "tart cherry"), subject("b", "tart cherry"),
            study("a#1", "a", authors: ["Oduya"], year: 2013, design: .metaAnalysis, conditions: ["insomnia", "sleep"]),
            study("a#2", "a", authors: ["Baptiste"], year: 2012, design: .rct, n: 20, conditions: ["gout"]),
            study("b#1", "b", authors: ["Oduya"], year: 2020, design: .metaAnalysis, conditions: ["insomnia"]),
            study("b#2", "b", authors: ["Salo"], year: 2022, design: .rct, n: 40, conditions: ["gout"]),
        ]
        #expect(!Matcher().match(claims).contains { $0.claims.contains("a#1") })
    }

    @Test func disagreementsWeighMoreWhenTheAuthorIsShared() throws {
        let claims = Self.pages(secondDays: 112, secondVenue: "Nutrients", secondConditions: ["muscle strength"])
        let evidence = try #require(Matcher().compare("a#1", "b#1", in: claims)).evidence
        let duration = try #require(evidence.first { $0.field == "duration" })
        #expect(duration.weight < MatchWeights.standard.durationDifferent)
    }
}
