import Testing
@testable import Extraction

@Suite struct NumberWordsTests {
    @Test(arguments: [("forty-two", 42), ("twelve", 12), ("Twenty-four", 24), ("one hundred and five", 105),
                      ("1,024", 1024), ("three thousand", 3000)])
    func readsWrittenNumbers(text: String, expected: Int) {
        #expect(NumberWords.value(of: text) == expected)
    }
}

@Suite struct YearExtractorTests {
    @Test(arguments: [("A 2012 pair of pilot studies", 2012), ("2024-active", 2024), ("(Melzack and Wall, 1965 —", 1965),
                      ("published in PLOS One in January 2025", 2025),
                      ("a cohort enrolled since 1990, reported in 2016", 2016)])
    func findsYears(text: String, expected: Int) {
        #expect(YearExtractor().year(in: text) == expected)
    }

    @Test(arguments: ["Ongoing", "ibuprofen (1,200 mg/day)", "up to 2,000%", "2000 mg daily", "ISRCTN70584524",
                      "N = 3,018", "nurses followed starting in 1987", "children born between 2003 and 2007",
                      "the chemist, who died in 1994, wrote on tides"])
    func ignoresNonYears(text: String) {
        #expect(YearExtractor().year(in: text) == nil)
    }
}

@Suite struct SampleSizeExtractorTests {
    @Test(arguments: [
        ("A 2012 pair of randomized controlled pilot studies (Hohmann et al., total n = 42) tested", 42),
        ("A 2011 exploratory study (n = 32) reported", 32),
        ("the trial enrolled 82 participants", 82),
        ("n=82", 82),
        ("A trial (N = 1,024) found", 1024),
        ("gave forty-five young vegetarian adults 5 g of creatine a day", 45),
        ("120 adults took part", 120),
        ("a meta-analysis of 12 RCTs (n = 1,240)", 1240),
        ("84 of 105 completed the study", 105),
        ("pooled 16 RCTs with about 500 participants", 500),
        ("pooled eleven trials covering nearly 3,200 people", 3200),
        ("gave 40 adults aged 51-84 a curcumin supplement", 40),
        ("compared eight experienced male swimmers with eight controls", 16),
        ("47 women with pattern hair loss; 42 finished", 47),
        ("randomized twenty-four healthy men: twelve trained for ten days", 24),
        ("Design: RCT; Participants: 60; Duration: 12 weeks", 60),
        ("sample size = 1,240", 1240),
        // Thousands grouped by spaces, the SI way.
        ("a cohort of 12 408 retired nurses", 12408),
        // An abbreviation with periods among the qualifiers.
        ("A total of 9,210 female U.K. nurses aged 40 or more, including 310 smokers, took part.", 9210),
        // An arm and its control arm add up.
        ("36 volunteers chewed 2.5 g of gum daily, while 35 chewed a placebo", 71),
        ("Of the swimmers, 22 of them used the nasal strip and 21 got a sham strip.", 43),
        // Groups sized by "(n = …)" sit inside a stated total.
        ("Nine hundred twelve retirees with good hearing (n=700) or mild loss (n=212) were tested", 912),
    ])
    func readsTotals(text: String, expected: Int) {
        #expect(SampleSizeExtractor().sampleSize(in: text)?.value == expected)
    }

    @Test(arguments: ["took 1,000 mg/day of curcumin", "p = 0.064", "about one in 500 children had a rash", "29% fewer sick days", "In 2016 researchers",
                      "A Cochrane review of 17 trials concluded", "a meta-analysis of 8 randomized clinical trials"])
    func findsNoTotal(text: String) {
        #expect(SampleSizeExtractor().sampleSize(in: text)?.value == nil)
    }

    @Test(arguments: [("82", 82 as Int?), ("N = 1,009", 1009), ("45 vegetarians", 45), ("14 adults with insomnia", 14),
                      ("Variable", nil), ("Large", nil), ("Recruiting", nil), ("Multiple studies", nil)])
    func readsCells(cell: String, expected: Int?) {
        let found = SampleSizeExtractor().sampleSize(ofCell: cell)
        #expect(found?.value == expected)
        #expect(found?.text == cell)
    }

    @Test func rangeIsNotATotal() {
        let found = SampleSizeExtractor().sampleSize(in: "between 120-150 adults took part")
        #expect(found?.value == nil)
        #expect(found?.text.isEmpty == false)
    }
}

@Suite struct DurationExtractorTests {
    @Test(arguments: [("after two weeks of self-use", 14), ("A 2024 three-week relaxation-training study", 21),
                      ("improved over six months", 180), ("followed for 6 mo", 180), ("at 8-week follow-up", 56),
                      ("500 mg/day for 8 weeks", 56), ("for 30 consecutive days", 30), ("for a month", 30),
                      ("5 g of creatine a day for six weeks", 42), ("seven nights each", 7), ("3-week Swedish RCT", 21),
                      ("for 18 months", 540), ("1 year", 365),
                      // a spread or interval between the number and its unit
                      ("over a median follow-up of 3.4 (2.9 to 4.0) years, 212 fractures occurred", 1241),
                      ("mean follow-up 9 (SD 2) months", 270)])
    func readsDays(text: String, expected: Int) {
        #expect(DurationExtractor().duration(in: text)?.value == expected)
    }

    @Test(arguments: ["a one-hour dip", "30 sessions, twice weekly", "a 10-minute cold bath", "5 g a day",
                      "12 hours after immersion",
                      // intervals between visits, spreads of ages, thresholds, frequencies
                      "hearing was checked every 4 months", "mean age 58 ± 7 years",
                      "singers with hoarseness for < 2 weeks", "they swam 4-5 days a week"])
    func ignoresNonDurations(text: String) {
        #expect(DurationExtractor().duration(in: text)?.value == nil)
    }
}

@Suite struct IncludedTrialLengthTests {
    @Test func lengthOfPooledTrialsIsNotTheReviewsDuration() {
        #expect(DurationExtractor().duration(in: "Benefits were larger in trials lasting at least 12 weeks.") == nil)
        #expect(DurationExtractor().duration(in: "The 48 volunteers took it for six months.")?.value == 180)
        #expect(DurationExtractor().duration(in: "Nine studies of over 3 months were pooled.") == nil)
        #expect(DurationExtractor().duration(in: "a year and a half")?.value == 548)
        #expect(DurationExtractor().duration(in: "two and a half months")?.value == 75)
        #expect(DesignExtractor().design(in: "a 2020 analysis of 31 trials led by a Dutch group")?.value == .metaAnalysis)
    }
}

@Suite struct DesignExtractorTests {
    @Test(arguments: [
        ("a placebo-controlled pilot study in 30 nurses", DesignClass.pilotRCT),
        ("a small double-blind pilot trial from Chile", .pilotRCT),
        ("a 2016 trial in which 80 students took the capsule or a sugar pill", .rct),
    ])
    func classifiesOwnPhrasings(text: String, expected: DesignClass) {
        #expect(DesignExtractor().design(in: text)?.value == expected)
    }

    @Test(arguments: [
        ("A 2012 pair of randomized controlled pilot studies", DesignClass.pilotRCT),
        ("a double-blind, placebo-controlled crossover trial", .rct),
        ("a meta-analysis of 12 RCTs (n = 1,240)", .metaAnalysis),
        ("Active RCT", .registeredTrial),
        ("was registered in November 2023", .registeredTrial),
        ("A 2011 exploratory study", .pilotStudy),
        ("a pair of pilot studies", .pilotStudy),
        ("Prospective cohort", .cohort),
        ("a 2023 Cochrane review", .systematicReview),
        ("2017 position stand", .narrativeReview),
        ("Systematic review", .systematicReview),
        ("Sham-controlled RCT", .rct),
        ("randomized 20 adults to amber lenses", .rct),
        ("A 2025 systematic review and meta-analysis", .metaAnalysis),
    ])
    func classifies(text: String, expected: DesignClass) {
        #expect(DesignExtractor().design(in: text)?.value == expected)
    }

    @Test func keepsPhrase() {
        let found = DesignExtractor().design(in: "A 2012 pair of randomized controlled pilot studies (Hohmann et al.)")
        #expect(found?.text == "pair of randomized controlled pilot studies")
    }

    /// What a study did names its design when nothing names it: people followed over time.
    @Test(arguments: ["The team followed 4,200 retired teachers for nine years.",
                      "a study that followed older Danish farmers for a decade",
                      "The nurses were followed an average of seven years."])
    func readsWhatTheStudyDid(text: String) {
        #expect(DesignExtractor().design(describedIn: ["Nothing here.", text])?.value == .cohort)
        #expect(DesignExtractor().design(in: text) == nil)  // no name: it never splits mentions
    }

    @Test(arguments: ["those who followed a low-salt diet for a year", "each dose was followed by a rest week"])
    func followingIsNotAlwaysACohort(text: String) {
        #expect(DesignExtractor().design(describedIn: [text]) == nil)
    }

    /// Trials follow their people too.
    @Test func aTrialsFollowUpIsNoCohort() {
        let sentences = ["The team followed 300 pupils for two years.", "Half of them got the lozenge, half a placebo."]
        #expect(DesignExtractor().design(describedIn: sentences) == nil)
        #expect(DesignExtractor().design(describedIn: ["Ruiz followed 60 cyclists for a year; a single trial."]) == nil)
    }

    @Test(arguments: ["a 2021 trial in healthy adults", "a single 2009 study of 20 rugby players"])
    func leavesGenericUnknown(text: String) {
        #expect(DesignExtractor().design(in: text) == nil)
    }
}

@Suite struct AuthorExtractorTests {
    @Test(arguments: [
        ("Swedish RCT (Kjerryd et al.) [web:141]", ["Kjerryd"]),
        ("In 2003, Rae and colleagues gave", ["Rae"]),
        ("Burkhart and Phelps (2009) randomized 20 adults", ["Burkhart", "Phelps"]),
        ("Wunsch & Matuschka", ["Wunsch", "Matuschka"]),
        ("Wunsch and Matuschka’s 2014 controlled trial", ["Wunsch", "Matuschka"]),
        ("a 2009 study (van der Merwe et al.)", ["van der Merwe"]),
        ("Perez Algorta et al. (Lancaster University)", ["Perez Algorta"]),
        ("a laboratory study by Šrámek et al. in which", ["Šrámek"]),
        ("(Melzack and Wall, 1965 — one of", ["Melzack", "Wall"]),
        ("— Hohmann et al., Evidence-Based Complementary and Alternative Medicine, 2012", ["Hohmann"]),
        ("a pooled analysis by Okafor and co-authors in BMJ", ["Okafor"]),
        ("a 2016 trial led by the Danish physician Mette K. Sørensen, published in", ["Sørensen"]),
        ("a 2013 study run by Dr. Tomas Halvorsen in Bergen", ["Halvorsen"]),
    ])
    func readsCitations(text: String, expected: [String]) {
        #expect(AuthorExtractor().authors(in: text) == expected)
    }

    @Test func readsReferenceLists() {
        let entry = "Wunsch A, Matuschka K. A controlled trial to determine the efficacy. Photomed Laser Surg. 2014;32(2):93-100."
        #expect(AuthorExtractor().referenceAuthors(in: entry) == ["Wunsch", "Matuschka"])
        let long = "Kox M, van Eijk LT, Zwaag J, et al. Voluntary activation. Proc Natl Acad Sci U S A. 2014."
        #expect(AuthorExtractor().referenceAuthors(in: long).first == "Kox")
    }

    @Test(arguments: ["The study found", "A Brazilian trial in older women", "Sleep and Mood improved",
                      "a trial led by the University College Hospital in London"])
    func findsNoAuthors(text: String) {
        #expect(AuthorExtractor().authors(in: text).isEmpty)
    }
}

@Suite struct IdentifierCountryVenueTests {
    @Test func readsIdentifiers() {
        let ids = IdentifierExtractor().identifiers(
            in: "PLoS One. 2016;11(9):e0161749. PMID: 27631616. doi:10.1371/journal.pone.0161749. [web:141] NCT06644365 PMC3926176 ISRCTN70584524")
        #expect(ids.pmid == "27631616")
        #expect(ids.doi == "10.1371/journal.pone.0161749")
        #expect(ids.nct == "NCT06644365")
        #expect(ids.pmcid == "PMC3926176")
        #expect(ids.isrctn == "ISRCTN70584524")
        #expect(ids.citations == ["web:141"])
    }

    @Test(arguments: [("Swedish RCT (Kjerryd et al.)", "Sweden" as String?), ("Lyoo et al. (Korea)", "South Korea"),
                      ("Lyoo et al. (2012, American Journal of Psychiatry)", nil),
                      ("researchers at the University of South Australia", nil), ("a Dutch randomized trial", "Netherlands")])
    func readsCountries(text: String, expected: String?) {
        #expect(CountryExtractor().country(in: text) == expected)
    }

    @Test(arguments: [("A 2024 meta-analysis in Frontiers in Nutrition (Xu et al.) pooled", "Frontiers in Nutrition" as String?),
                      ("In a 2014 study published in PNAS, 12 volunteers", "PNAS"),
                      ("(Sandkühler et al., BMC Medicine, 2023)", "BMC Medicine"),
                      ("in 46 older adults with insomnia", nil),
                      ("The results appear in the June 4, 2019, issue of Pediatrics.", "Pediatrics"),
                      ("It appears in the spring issue of Stroke Care Quarterly.", "Stroke Care Quarterly"),
                      ("The findings were published in Gastroenterology on Monday.", "Gastroenterology"),
                      ("a Danish study published in 2014 in Nordic Journal of Skin Care", "Nordic Journal of Skin Care"),
                      ("in Geriatrics Today, a monthly", "Geriatrics Today"),
                      ("the issue of cost was raised", nil),
                      // a paper's title-case title goes on after "in": no venue
                      ("Zinc Lozenges in the Prevention of Colds in Children: The Nordic Health Study", nil),
                      ("Zinc Lozenges Studied in the Journal of Winter Health", "Journal of Winter Health"),
                      // one item of a list is no journal; a citation's journal is
                      ("apps built from the same pieces (QX, Lua, HTML, CSS, XML) run on boats", nil),
                      ("(Okafor et al., JAMA, 2019)", "JAMA"),
                      ("(Okafor et al., JAMA) reported, in short, no change", "JAMA")])
    func readsVenues(text: String, expected: String?) {
        #expect(VenueExtractor().venue(in: text) == expected)
    }

    @Test func readsReportedNumbers() {
        let numbers = ReportedNumberExtractor().numbers(in: "98% relief; anxiety fell (P<0.001), p = 0.064", line: 3)
        #expect(numbers.map(\.value) == [98, 0.001, 0.064])
        #expect(numbers.map(\.kind) == [.percentage, .pValue, .pValue])
    }
}

@Suite struct ReferenceAuthorTests {
    @Test(arguments: [
        ("Su, K. P., Huang, S. Y., & Shen, W. W. (2003). Omega-3 fatty acids. Eur Neuropsychopharmacol, 13(4), 267.",
         ["Su", "Huang", "Shen"]),
        ("van der Merwe, J., Brooks, N. E., & Myburgh, K. H. (2009). Three weeks of creatine. Clin J Sport Med, 19, 399.",
         ["van der Merwe", "Brooks", "Myburgh"]),
    ])
    func readsAPA(entry: String, expected: [String]) {
        #expect(AuthorExtractor().apaAuthors(in: entry) == expected)
    }
}

@Suite struct MoreTrickyPhrasingTests {
    @Test(arguments: [("(Smith, 2019)", ["Smith"]), ("improved sleep (Langade 2021).", ["Langade"]),
                      ("(March 2019)", [String]()), ("(Brazil, 2014)", [String]())])
    func singleAuthorCitations(text: String, expected: [String]) {
        #expect(AuthorExtractor().authors(in: text) == expected)
    }

    @Test func decadesAreNotYears() {
        #expect(YearExtractor().year(in: "popular since the early 2000s") == nil)
    }

    @Test func armSizeIsNotTheTotal() {
        #expect(SampleSizeExtractor().sampleSize(in: "n = 20 per group")?.value == nil)
    }
}

@Suite struct NumberWordBoundaryTests {
    @Test(arguments: ["lost about the same weight as controls", "a freight of people", "attend to patients"])
    func numbersInsideWordsAreNotCounts(text: String) {
        #expect(SampleSizeExtractor().sampleSize(in: text)?.value == nil)
    }
}
