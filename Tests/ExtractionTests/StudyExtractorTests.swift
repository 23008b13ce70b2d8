import Documents
import Testing
@testable import Extraction

@Suite struct StudyExtractorTests {
    private func studies(_ text: String) throws -> [StudyClaim] {
        let document = try TextParser().parse(Array(text.utf8), id: "page", source: "page.txt")
        return StudyExtractor().extract(from: document)
    }

    private let page = """
        Does It Work? A Review
        | Study / Source | Year | Design | N | Primary Outcome | Key Finding |
        |---|---|---|---|---|---|
        | Swedish RCT (Kjerryd et al.) [web:141] | 2012 | RCT | 82 | Chronic neck/back pain | 98% reported relief after 3 weeks |
        | German RCT [web:144] | 2018 | RCT | 100 | Chronic back pain | 81% reduced pain at 6 weeks |
        | Registry entry NCT06644365 | 2024-active | Active RCT | Recruiting | Stress | Results pending |
        The 2012 Swedish and 2018 German RCTs are particularly robust.
        - Reduced medication use: 65% of participants in the 2018 German RCT cut their medication.
        A 2021 randomized controlled study (n = 44) in Applied Sciences added a mat to exercise. Both groups improved over six months, so the study cannot cleanly separate the mat's contribution.
        """

    @Test func readsTableRowsByHeader() throws {
        let claims = try studies(page)
        let swedish = try #require(claims.first)
        #expect(swedish.authors == ["Kjerryd"])
        #expect(swedish.year == 2012)
        #expect(swedish.design?.value == .rct)
        #expect(swedish.sampleSize?.value == 82)
        #expect(swedish.duration?.value == 21)
        #expect(swedish.country == "Sweden")
        #expect(swedish.identifiers.citations == ["web:141"])
        #expect(swedish.numbers.map(\.value).contains(98))
    }

    @Test func laterMentionsEnrichInsteadOfAdding() throws {
        let claims = try studies(page)
        #expect(claims.count == 4)
        let german = try #require(claims.first { $0.year == 2018 })
        #expect(german.mentions.count == 3)
        #expect(german.verdict?.value == .strong)
        #expect(german.verdict?.text.lowercased().contains("robust") == true)
    }

    @Test func unknownStaysUnknown() throws {
        let registered = try #require(try studies(page).first { $0.identifiers.nct != nil })
        #expect(registered.sampleSize?.value == nil)
        #expect(registered.sampleSize?.text == "Recruiting")
        #expect(registered.design?.value == .registeredTrial)
        #expect(registered.verdict?.value == .notReported)
        #expect(registered.authors.isEmpty)
    }

    @Test func proseStudyTakesFieldsFromItsParagraph() throws {
        let prose = try #require(try studies(page).last)
        #expect(prose.year == 2021)
        #expect(prose.design?.value == .rct)
        #expect(prose.sampleSize?.value == 44)
        #expect(prose.duration?.value == 180)
        #expect(prose.venue == "Applied Sciences")
        #expect(prose.verdict?.value == .unclear)
    }

    @Test func bylineAfterQuoteJoinsItsStudy() throws {
        let text = """
            Review
            A 2012 pair of randomized controlled pilot studies (Hohmann et al., total n = 42) reported lower pain after two weeks. The authors called these pilot results and said larger trials were needed.
            Two randomized pilot studies reported lower pain ratings after two weeks
            — Hohmann et al., Evidence-Based Complementary and Alternative Medicine, 2012
            """
        let claims = try studies(text)
        #expect(claims.count == 1)
        let hohmann = try #require(claims.first)
        #expect(hohmann.design?.value == .pilotRCT)
        #expect(hohmann.design?.text == "pair of randomized controlled pilot studies")
        #expect(hohmann.sampleSize?.value == 42)
        #expect(hohmann.duration?.value == 14)
        #expect(hohmann.verdict?.value == .preliminary)
        #expect(hohmann.venue == "Evidence-Based Complementary and Alternative Medicine")
        #expect(hohmann.mentions.count == 2)
    }

    @Test(arguments: [
        "After reviewing 10+ peer-reviewed studies, the verdict is clear.",
        "Dozens of trials show it helps with short, intense efforts.",
        "No trial has shown that ordinary lenses protect the retina.",
        "ADELAIDE, 3 February 2025 - Cold may help, according to a new analysis of the research.",
    ])
    func talkAboutResearchIsNotAStudy(sentence: String) throws {
        #expect(try studies("Title\n" + sentence + "\n").isEmpty)
    }

    @Test func longRunOnParagraphStaysFast() throws {
        let run = String(repeating: "Smith et al. and ", count: 5000)
        let start = ContinuousClock.now
        _ = try studies("Title\n" + run + "\n")
        #expect(ContinuousClock.now - start < .seconds(20))
    }

    @Test func idsAreStableAcrossUnrelatedEdits() throws {
        let before = try studies(page).map(\.id)
        let edited = try studies(page.replacingOccurrences(of: "Does It Work? A Review", with: "Intro\nNew words."))
        #expect(Set(before) == Set(edited.map(\.id)))
        #expect(before.allSatisfy { $0.hasPrefix("page#") })
        #expect(Set(before).count == before.count)
    }
}

@Suite struct StudyProsePhrasingTests {
    private func studies(_ text: String) throws -> [StudyClaim] {
        let document = try TextParser().parse(Array(("Title\n" + text + "\n").utf8), id: "page", source: "page.txt")
        return StudyExtractor().extract(from: document)
    }

    @Test func teamOfAPlaceIsAStudy() throws {
        let claims = try studies("Researchers at the University of Oslo randomized 120 adults to the drug or placebo for six months.")
        let study = try #require(claims.first)
        #expect(claims.count == 1)
        #expect(study.sampleSize?.value == 120)
        #expect(study.duration?.value == 180)
        #expect(study.design?.value == .rct)
        #expect(study.year == nil)
    }

    @Test(arguments: [
        "In Moreau et al. (2017, Nutrients), ninety adults were split between two doses and placebo for six weeks.",
        "Ferreira and colleagues (Journal of Hepatology, 2017) described nine patients who fell ill after six weeks.",
    ])
    func citationDatedInParenthesesIsAStudy(sentence: String) throws {
        let claims = try studies(sentence)
        let study = try #require(claims.first)
        #expect(claims.count == 1)
        #expect(study.year == 2017)
        #expect(study.authors.count == 1)
        #expect(study.duration?.value == 42)
    }

    @Test func ownCharacterisationOutweighsTheParagraphsOpening() throws {
        let claims = try studies("\"Overall the evidence is mixed,\" one dietitian said. A 2014 trial of 90 nurses looked better, but its authors called it preliminary.")
        let study = try #require(claims.first)
        #expect(study.verdict?.value == .preliminary)
    }

    @Test func teamReportingCasesIsACaseSeries() throws {
        let claims = try studies("In 2019 kidney specialists in Norway and the UK described four cases of kidney damage after the tea.")
        let study = try #require(claims.first)
        #expect(claims.count == 1)
        #expect(study.year == 2019)
        #expect(study.design?.value == .caseSeries)
    }

    @Test func definiteNounPhraseRefersBackToTheParagraphsStudy() throws {
        let claims = try studies("A 2016 trial by Nakamura and colleagues gave 70 office workers the drink for a month. The 2016 trial was short. That Japanese trial also tracked sleep.")
        #expect(claims.count == 1)
        #expect(claims.first?.mentions.count == 1)
    }

    @Test func definiteNounPhraseWithAnotherYearIsAnotherStudy() throws {
        let claims = try studies("A 2016 trial by Nakamura and colleagues gave 70 office workers the drink for a month. The 2019 trial tested 300 nurses.")
        #expect(claims.count == 2)
    }

    @Test func sentenceAboutBothStudiesRatesEach() throws {
        let claims = try studies("Haddad et al. (2009) gave 30 runners beet juice or placebo for ten days. A Chilean crossover trial (Rojas et al., 2011) tested 24 cyclists for two weeks. Both trials were small, so we call them preliminary.")
        #expect(claims.count == 2)
        #expect(claims.allSatisfy { $0.verdict?.value == .preliminary })
    }

    @Test func laterMentionTiedByItsReferenceJoinsTheTableRow() throws {
        let claims = try studies("""
            | Trial | Year | Design | Sample | Length |
            |---|---|---|---|---|
            | Okonkwo et al. | 2016 | RCT | 120 | 12 weeks |
            | Brandt et al. | 2018 | RCT | 44 | 6 weeks |

            In the much-quoted Lagos trial, knee pain eased within three months [1].

            References

            1. Okonkwo C, Adeyemi T. A randomized controlled trial of turmeric for knee pain. J Pain Res. 2016;9:100-108.
            """)
        #expect(claims.count == 2)
        let first = try #require(claims.first)
        #expect(first.mentions.count >= 2)
    }

    @Test func headingThatCitesAStudyLeadsItsParagraph() throws {
        let document = try TextParser().parse(Array("""
            # Ginger for nausea

            ### Viljoen et al. (2014)
            A meta-analysis of 12 RCTs with 1,278 pregnant women found ginger reduced nausea.

            ## Why it might work
            Ginger compounds act on serotonin receptors.
            """.utf8), id: "page", source: "page.md")
        let claims = StudyExtractor().extract(from: document)
        #expect(claims.count == 1)
        #expect(claims.first?.authors == ["Viljoen"])
        #expect(claims.first?.year == 2014)
        #expect(claims.first?.sampleSize?.value == 1278)
        #expect(claims.first?.quote.hasPrefix("Viljoen et al. (2014): A meta-analysis") == true)
    }

    @Test func parentheticalCitationListGivesOneStudyEach() throws {
        let claims = try studies("Sleep onset improved in older adults (Langade et al., 2021; Kelgane et al., 2020).")
        #expect(claims.map(\.authors) == [["Langade"], ["Kelgane"]])
        #expect(claims.map(\.year) == [2021, 2020])
    }

    @Test func followingSentencesDescribeTheSameStudy() throws {
        let claims = try studies("""
            A small Iranian trial in 46 older adults took magnesium for two months. It was a randomized, placebo-controlled study.
            """)
        #expect(claims.count == 1)
        #expect(claims.first?.design?.value == .rct)
        #expect(claims.first?.country == "Iran")
        #expect(claims.first?.duration?.value == 60)
    }

    @Test func differentSizesAreDifferentStudies() throws {
        let claims = try studies("""
            UCLA researchers gave 40 adults a supplement or a placebo for 18 months.
            In a 2014 Australian randomized, placebo-controlled study, 56 people took it for 8 weeks.
            """)
        #expect(claims.count == 2)
        #expect(claims.first?.year == nil)
    }

    @Test func footnoteMarkersJoinReferenceEntries() throws {
        let claims = try studies("""
            The largest trial so far randomized 3,018 Dutch adults to cold showers for 30 days.1 Sick days fell.
            References
            - Buijze GA, Sierevelt IN, van der Heijden BCJM. The effect of cold showering on health and work. PLoS One. 2016;11(9):e0161749. PMID: 27631616.
            """)
        #expect(claims.count == 1)
        let study = try #require(claims.first)
        #expect(study.authors.first == "Buijze")
        #expect(study.year == 2016)
        #expect(study.identifiers.pmid == "27631616")
        #expect(study.sampleSize?.value == 3018)
        #expect(study.country == "Netherlands")
    }

    @Test func aParagraphOfReferencesNamesEachStudyWithItsAuthors() throws {
        let claims = try studies("""
            Cold water and sleep

            Sources: Marsh QT, et al. Cold immersion and sleep onset: a randomized trial. J Sleep Res 2019;28:101-110; Oyelaran BF, et al. Evening cold showers in shift workers. Sleep Med 2020;66:12-19.

            In the first one, Marsh and colleagues randomized 140 nurses to evening cold baths or none.
            """)
        #expect(claims.count == 2, "\(claims.map(\.label))")
        #expect(claims.map(\.authors.first) == ["Marsh", "Oyelaran"])
        #expect(claims.map(\.year) == [2019, 2020])
        #expect(claims.first?.sampleSize?.value == 140)
    }

    @Test func aStandaloneReferenceLineGivesItsAuthorsToTheStudy() throws {
        let claims = try studies("""
            Summary of Marsh 2019

            Marsh QT, Ibekwe O, Lund S. Cold Immersion and Sleep Onset: A Randomized Trial. J Sleep Res. 2019 Mar. PubMed #30111222.

            This experiment compared evening cold baths with warm baths in 140 nurses.
            """)
        let study = try #require(claims.first { $0.authors.first == "Marsh" }, "\(claims.map(\.label))")
        #expect(study.authors == ["Marsh", "Ibekwe", "Lund"])
        #expect(study.year == 2019)
        #expect(study.design?.value == .rct)
    }

    @Test(arguments: [
        "Vitamin D helps. The trial ran in 2011; it was small.",
        "Omega AB and the others met. Later, in Oslo 2011, they wrote.",
    ])
    func proseIsNoReferenceEntry(text: String) {
        #expect(ReferenceListReader.entries(inParagraph: text) == nil)
    }
}

@Suite struct StudyTableReaderTests {
    @Test(arguments: [
        (["Reference", "Year", "Study type", "Participants", "Follow-up", "Main result"],
         [ColumnRoles.Role.study, .year, .design, .sampleSize, .duration, .finding]),
        (["Study / Source", "Year", "Design", "N", "Primary Outcome", "Key Finding"],
         [.study, .year, .design, .sampleSize, .outcome, .finding]),
        (["Study", "Country", "Design", "N", "Dose / duration", "Outcome"],
         [.study, .country, .design, .sampleSize, .duration, .outcome]),
    ])
    func readsHeaders(header: [String], roles: [ColumnRoles.Role]) {
        #expect(StudyTableReader.columnRoles(of: header) == roles)
    }

    @Test func unknownHeadersTakeTheirRoleFromTheCells() {
        let rows = [["Haddad et al.", "2009", "64 runners", "Crossover RCT", "10 weeks", "Faster times"],
                    ["Rojas et al.", "2013", "about 1,200 adults", "Cohort", "2 years", "Nothing"]]
        let roles = StudyTableReader.columnRoles(of: ["Paper", "Yr.", "Folks", "Sort", "Span", "Gist"], rows: rows)
        #expect(roles == [.study, .year, .sampleSize, .design, .duration, nil])
    }

    @Test(arguments: [
        (["Study", "Who", "Trial type", "How long", "Bottom line"], [ColumnRoles.Role?.some(.study), .sampleSize, .design, .duration, .finding]),
        (["Name", "When", "Kind", "How many", "Takeaway"], [.study, .year, .design, .sampleSize, .finding]),
    ])
    func readsPlainWordedHeaders(header: [String], roles: [ColumnRoles.Role?]) {
        #expect(StudyTableReader.columnRoles(of: header) == roles)
    }

    @Test func ratingTablesAreNotStudyTables() {
        #expect(StudyTableReader.columnRoles(of: ["Condition", "Evidence Level", "Key Findings", "Verdict"]) == nil)
        #expect(StudyTableReader.columnRoles(of: ["Benefit", "How strong is the science?"]) == nil)
    }

    @Test func headerWrittenAsFirstRowIsRecognised() {
        let table = Table(header: [], rows: [["Trial", "Year", "Type", "Sample size"], ["Smith et al.", "2019", "RCT", "n=64"]])
        #expect(StudyTableReader.headerAndRows(of: table)?.rows.count == 1)
    }
}

@Suite struct StudyVerdictResolverTests {
    private let resolver = StudyVerdictResolver(classifier: VerdictClassifier())

    @Test(arguments: [
        ("People who showered cold reported fewer sick days, although they did not report being ill less often.", VerdictClass.mixed),
        ("The takeaway the authors drew: the mat helped subjectively, but not beyond simply practicing relaxation.", .noEffect),
        ("The authors framed it as exploratory, meaning it points a direction rather than proving an effect.", .preliminary),
        ("Yes, a 2023 Cochrane review concluded that the lenses may make no difference to eye strain.", .noEffect),
        ("No wonder people feel euphoric: cold plunging is a proven mood booster.", .strong),
    ])
    func readsCharacterisations(sentence: String, expected: VerdictClass) {
        #expect(resolver.heaviest(in: [sentence])?.value == expected)
    }

    @Test func cueOutweighsAReportedResult() {
        let texts = ["Participants felt more relaxed, but salivary cortisol did not change.",
                     "The authors framed it as exploratory."]
        #expect(resolver.heaviest(in: texts)?.value == .preliminary)
    }
}

@Suite struct FootnoteKeyTests {
    @Test(arguments: [("3", ["ref3"]), ("1,2", ["ref1", "ref2"]), ("4–6", ["ref4", "ref5", "ref6"]),
                      ("web:141", ["web:141"])])
    func expandsNumberedCitations(citation: String, expected: [String]) {
        #expect(StudyProseReader.footnoteKeys(citation) == expected)
    }
}

/// Where a study's verdict may come from when its own sentences rate nothing.
@Suite struct StudyVerdictScopeTests {
    private func studies(_ text: String) throws -> [StudyClaim] {
        let document = try TextParser().parse(Array(text.utf8), id: "page", source: "page.txt")
        return StudyExtractor().extract(from: document)
    }

    /// The paragraph after a story's one study goes on with the story (here a quote about
    /// other work); it does not rate that study.
    @Test func theParagraphAfterAStorysOneStudyDoesNotRateIt() throws {
        let text = """
            Harbour swimmers

            A 2017 study in the Marine Health Letters followed 40 harbour swimmers through one winter and recorded their colds.

            "The evidence for kelp wraps is weak," a spa owner said.
            """
        let claim = try #require(try studies(text).first)
        #expect(claim.verdict?.text != "weak")
    }

    /// A labelled summary before the studies ("Bottom line: …") is the page's stance, even in
    /// a word that is loose on its own ("effective").
    @Test func aLabelledSummaryIsThePagesStance() throws {
        let text = """
            Nettle tea and colds

            Bottom line: nettle tea is effective against winter colds.

            Sources: Varga PL, et al. A randomized trial of nettle tea for the common cold. Nord Herb J 2015;12:40-48.
            """
        let claim = try #require(try studies(text).first)
        #expect(claim.verdict?.value == .strong)
    }

    /// A study cited as an instance of earlier work is background: the page's stance does
    /// not rate it, nor does what it found.
    @Test func backgroundStudiesAreNotWeighed() throws {
        let text = """
            Kelp wraps ease joint pain for a while, review finds

            BERGEN, 4 May 2023 - Kelp wraps may ease joint pain, but most benefits sold by spas are unproven, according to a new analysis.

            The review, published in the Nordic Spa Journal in April 2023, pooled nine trials covering 800 people.

            Earlier work, including a 2011 study in the Marine Health Letters involving 40 fishermen, found that daily wraps helped calluses heal.
            """
        let claims = try studies(text)
        let background = try #require(claims.first { $0.year == 2011 })
        #expect(background.verdict?.value == .notReported)
        let review = try #require(claims.first { $0.year == 2023 })
        #expect(review.verdict?.value != .notReported)
    }

    /// A sentence that contrasts a study with other work rates it in its own clause.
    @Test func aContrastedStudyIsRatedInItsOwnClause() throws {
        let text = """
            Kelp and memory

            Some small studies of kelp had promising results, but a 2019 trial of 240 fishermen in Norway found that kelp did not improve memory.
            """
        let claim = try #require(try studies(text).first { $0.year == 2019 })
        #expect(claim.verdict?.value == .noEffect)
    }

    /// After a list of studies, the comment on them rates the one it follows.
    @Test func theCommentAfterAListOfStudiesRatesThem() throws {
        let text = """
            Harbour swimmers

            - A 2017 study in the Marine Health Letters followed 40 harbour swimmers.
            - A 2019 trial in the Cold Water Review gave 60 swimmers kelp wraps.

            Taken together, the evidence from these trials is weak.
            """
        let claims = try studies(text)
        #expect(claims.count == 2)
        #expect(claims.last?.verdict?.text == "weak")
    }
}

/// A null result beside a positive one is one outcome's, not the study's finding.
@Suite struct StudyNullOutcomeTests {
    private func verdict(_ text: String) throws -> VerdictClass? {
        let document = try TextParser().parse(Array(text.utf8), id: "page", source: "page.txt")
        return try #require(StudyExtractor().extract(from: document).first).verdict?.value
    }

    /// "no association with A, but B fell": the study found an effect; the null is about A.
    @Test func aNullOutcomeBesideAnEffectIsNotTheVerdict() throws {
        let text = """
            A 2016 trial in the Orchard Health Journal gave 210 gardeners nettle tea for a year. \
            It found no association with blood pressure, but the tea drinkers were 30% less likely to catch a cold.
            """
        #expect(try verdict(text) != .noEffect)
    }

    /// The same null result alone is the study's finding.
    @Test func aNullResultAloneIsTheVerdict() throws {
        let text = """
            A 2016 trial in the Orchard Health Journal gave 210 gardeners nettle tea for a year. \
            The tea made no difference to blood pressure.
            """
        #expect(try verdict(text) == .noEffect)
    }

    /// A positive term inside the null's own clause ("the benefit was too small to matter")
    /// does not lift it.
    @Test func anEffectWordInTheNullsOwnClauseKeepsIt() throws {
        let text = """
            A 2016 trial in the Orchard Health Journal gave 210 gardeners nettle tea for a year \
            and judged the benefit too small to matter.
            """
        #expect(try verdict(text) == .noEffect)
    }
}
