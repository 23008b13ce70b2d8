import Documents
import Testing
@testable import Extraction

/// Text that looks like a study citation but names something else, in invented wording, with
/// the study citation of the same shape next to each.
@Suite struct NotAStudyTests {
    private func studies(_ text: String) throws -> [StudyClaim] {
        let document = try TextParser().parse(Array(text.utf8), id: "page", source: "page.txt")
        return StudyExtractor().extract(from: document)
    }

    /// A critique of a named work ("… Review: …", "… review: …") is not a study; a review a
    /// qualifier or a nationality names is.
    @Test(arguments: [
        "\"Harbour Lights 2021 Review: a slow boat to nowhere\" . Retrieved 4 May 2022.",
        "\"Stage Review: The Lamplighters (2019)\" . Retrieved 2 June 2020.",
        "\"The Salt Marsh Wardens review: a patient, gentle film\" . Retrieved 9 March 2018.",
    ])
    func critiquesOfNamedWorksAreNotStudies(text: String) throws {
        #expect(try studies("Reception\n\n" + text).isEmpty)
    }

    @Test(arguments: [
        "A 2019 Danish review of 14 trials found that kelp lowered blood pressure.",
        "A 2020 Cochrane Review of 9 trials found little benefit from kelp.",
    ])
    func qualifiedReviewsAreStudies(text: String) throws {
        #expect(try studies("Kelp\n\n" + text).count == 1)
    }

    /// "study", "review" or "trial" after "to", a modal or a subject pronoun is a verb.
    @Test(arguments: [
        "In 2021 the Harbour Gazette sent two editors to review the new ferry timetable.",
        "We study how 40 lighthouse keepers in Norway spend the winter.",
        "In 2022 they will trial a night ferry with 300 passengers.",
    ])
    func studyNounsUsedAsVerbsAreNotStudies(text: String) throws {
        #expect(try studies("Ferries\n\n" + text).isEmpty)
    }

    @Test func theSameNounAfterAnArticleIsAStudy() throws {
        #expect(try studies("Ferries\n\nIn 2022 a trial of a night ferry with 300 passengers found fewer delays.").count == 1)
    }

    /// People named in prose with nothing that dates, places, publishes or counts their work
    /// are not a study; the same lab with a dated trial is.
    @Test func authorsAloneInProseAreNotAStudy() throws {
        let text = """
            Lamps

            Most shops only read the label. But Okafor’s lab, testing the lamps with light meters, goes a step further.
            """
        #expect(try studies(text).isEmpty)
        let dated = """
            Lamps

            Okafor’s lab, testing the lamps with light meters in a 2019 trial, went a step further.
            """
        #expect(try studies(dated).count == 1)
    }

    /// A year inside the finding a study reports ("shows that in 1962, …") dates the finding.
    @Test func aYearInsideTheFindingIsNotTheStudysYear() throws {
        let claims = try studies("Ferries\n\nA 2021 analysis of harbour records shows that in 1962, ferries ran late 30% of the time.")
        #expect(claims.first?.year == 2021)
        let undated = try studies("Ferries\n\nAn analysis of harbour records shows that in 1962, ferries ran late 30% of the time.")
        #expect(undated.allSatisfy { $0.year != 1962 })
    }

    /// A reference whose sentence cites a standard or a book by its identifier names that
    /// document's authors, not a study's.
    @Test func standardsAndBooksAreNotStudies() throws {
        let text = """
            Boat signalling

            [SIG] Okafor, T. et al., "Lantern Signals for Small Boats", RFC 9871, March 2021.

            [BOOK] Brandt, L. et al., "Tides and Harbours", ISBN 978-0-00-000000-0, May 2019.
            """
        #expect(try studies(text).isEmpty)
    }

    /// "Given I. Surname, a graduate of … in 1987." is a person introduced in prose, not a
    /// Vancouver reference ("Surname AB. Title. Journal. 2019;…"), which still is one.
    @Test func aPersonInProseIsNotAReference() throws {
        let prose = """
            Tarot history

            Enter Mara T. Quill, a graduate of the Lisbon School of Design in 1987. "Happy to help," she tells me.

            Odile P. Varga has covered shipping since 2015. She joined the harbour desk in 2009 as a writer.
            """
        #expect(try studies(prose).isEmpty)
        let reference = """
            Kelp

            Sources: Quill MT, Varga OP. Kelp growth in cold harbours. Acta Harb Sect A. 2019;4:1-9.
            """
        let claim = try #require(try studies(reference).first)
        #expect(claim.authors == ["Quill", "Varga"] && claim.year == 2019)
    }
}
