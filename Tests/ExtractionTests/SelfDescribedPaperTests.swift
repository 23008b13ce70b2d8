import Documents
import Testing

@testable import Extraction

/// A page that is a journal abstract describing its own study, in invented wording.
@Suite struct SelfDescribedPaperTests {
    private let abstract = """
        Journal record

        Published in final edited form as: J Herb Sleep Res. 2016 Mar 4;12(3):201–209.

        # Valerian Root for Insomnia in Older Adults: A Randomized Controlled Trial

        Marta K Oyelaran 1,2, Peter J Castaneda 1, Li Wen 3, Aron B Kovacs 1

        # Abstract

        # Background

        Earlier small studies by Brandt et al. suggested valerian helps sleep.

        # Methods

        One hundred eighty adults aged 65 years or older were randomized to valerian or placebo for 8 weeks.

        # Results

        Sleep onset improved in both groups.

        # Conclusions

        Valerian was no better than placebo.
        """

    @Test func thePaperIsOneClaimWithItsByline() throws {
        let document = try TextParser().parse(Array(abstract.utf8), id: "paper", source: "paper.txt")
        let claims = StudyExtractor().extract(from: document)
        let paper = try #require(claims.first)
        #expect(paper.authors == ["Oyelaran", "Castaneda", "Wen", "Kovacs"])
        #expect(paper.year == 2016)
        #expect(paper.venue == "J Herb Sleep Res")
        #expect(paper.design?.value == .rct)
        #expect(paper.sampleSize?.value == 180)
        #expect(paper.duration?.value == 56)
        #expect(paper.label.hasPrefix("Valerian Root for Insomnia"))
        // The background's citation is another paper, never merged into this one.
        #expect(!claims.dropFirst().contains { $0.authors == ["Oyelaran"] })
    }

    /// Journals also print an abstract's labels at the start of each paragraph, and a page
    /// that copies one may drop the byline: the title then heads the paper, and a trial it
    /// names is the paper's own study.
    @Test func anInlineAbstractWithoutBylineIsOnePaper() throws {
        let text = """
            Clinic hours and directions

            Zinc Lozenges and Winter Colds in Schoolchildren: The Nordic Lozenge Study Randomized Trial

            Context Colds cost pupils many school days.

            Design, Setting, and Participants A double-blind trial (Nordic Lozenge Study) of 2 310 pupils aged 8 to 12 years.

            Results During 2 winters, there was no significant effect of zinc on the number of colds.

            Conclusions Zinc lozenges did not prevent colds.
            """
        let document = try TextParser().parse(Array(text.utf8), id: "inline", source: "inline.txt")
        let claims = StudyExtractor().extract(from: document)
        #expect(claims.count == 1)
        let paper = try #require(claims.first)
        #expect(paper.label.hasPrefix("Zinc Lozenges and Winter Colds"))
        #expect(paper.sampleSize?.value == 2310)
        #expect(paper.verdict?.value == .noEffect)
    }

    @Test func inlineLabels() {
        #expect(SelfDescribedPaper.inlineLabel(of: "Results During two years, 40 fell.") == "results")
        #expect(SelfDescribedPaper.inlineLabel(of: "Design, Setting, and Participants A cohort of 90.")
            == "design, setting, and participants")
        #expect(SelfDescribedPaper.inlineLabel(of: "Results matter more than intentions.") == nil)
        #expect(SelfDescribedPaper.inlineLabel(of: "Resultsful") == nil)
    }

    /// The Conclusions and Results sections say what the paper found, even when no sentence
    /// there names the study.
    @Test func theFindingSectionsGiveThePapersVerdict() throws {
        let document = try TextParser().parse(Array(abstract.utf8), id: "paper", source: "paper.txt")
        let paper = try #require(StudyExtractor().extract(from: document).first)
        #expect(paper.verdict?.value == .noEffect)
        #expect(paper.verdict?.text.contains("no better than placebo") == true)
    }

    @Test func bylines() {
        #expect(SelfDescribedPaper.names(in: "Ana B Ruiz 1,2, Tomas Berg 3") == ["Ruiz", "Berg"])
        #expect(SelfDescribedPaper.names(in: "Ruiz AB, Berg T, Okafor C") == ["Ruiz", "Berg", "Okafor"])
        #expect(SelfDescribedPaper.names(in: "Sleep improved, but only a little, in most people").isEmpty)
        // degrees after each name are no parts of it
        #expect(SelfDescribedPaper.names(in: "Lena Holt, MD, MPH, Omar Diaz, PhD, and Kim Lee, M.D.") == ["Holt", "Diaz", "Lee"])
        #expect(SelfDescribedPaper.names(in: "Ana Ruiz, MSc, RN, Tomas Berg, DrPH") == ["Ruiz", "Berg"])
    }

    @Test func theTotalIsTheLargestCountOfItsSentence() {
        let sentence = "Ninety adults were randomized to tea (n=45) or water (n=45), including 12 smokers."
        #expect(SelfDescribedPaper.total(in: sentence)?.value == 90)
    }

    /// A blog post with an introduction and a conclusion among headings of its own is no
    /// abstract: its sections say nothing of a study's methods or results.
    @Test func anEssayWithAnIntroductionAndAConclusionIsNoPaper() throws {
        let essay = """
            # How we built the harbour scheduler

            # Introduction

            We needed a way to run nine thousand boat departures a day.

            # Architecture

            Each pier has a queue.

            # Failure handling

            A queue that stalls is drained by its neighbour.

            # Conclusion

            The scheduler helps our teams plan.
            """
        let document = try TextParser().parse(Array(essay.utf8), id: "essay", source: "essay.md")
        #expect(SelfDescribedPaper(document) == nil)
        #expect(StudyExtractor().extract(from: document).isEmpty)
    }
}
