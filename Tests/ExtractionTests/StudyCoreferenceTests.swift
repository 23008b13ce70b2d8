import Documents
import Testing

@testable import Extraction

/// The study claims of a plain-text page.
private func studyClaims(_ text: String) throws -> [StudyClaim] {
    let document = try TextParser().parse(Array(text.utf8), id: "story", source: "story.txt")
    return StudyExtractor().extract(from: document)
}

/// How texts point back at a study they already introduced, in invented news wording:
/// definite descriptions, people named by their role, compounds that name no study.
@Suite struct StudyCoreferenceTests {
    private let story = """
        Walnuts May Sharpen Memory in Older Adults

        TUESDAY, March 3, 2015 -- Eating a handful of walnuts a day may help older adults remember more, according to a new study.

        "We were struck by how consistent the effect was," said the study's lead author, Dr. Ingrid Solberg, a nutrition researcher at the University of Tromsø.

        The study, published in the journal Appetite, followed 212 adults aged 65 to 80 for six months.

        During the study period, 14 participants dropped out.

        Hillel Q. Marsh of Bergen, a co-author of the study, said larger trials are planned.

        "It is an interesting result," said Dr. Tomas Wikander, a geriatrician who was not involved in the research.
        """

    @Test func definiteMentionsEnrichTheStoryStudy() throws {
        let claims = try studyClaims(story)
        #expect(claims.count == 1, "\(claims.map(\.label))")
        let study = try #require(claims.first)
        #expect(study.sampleSize?.value == 212)
        #expect(study.duration?.value == 180)
        #expect(study.venue == "Appetite")
    }

    @Test func paragraphsThatReferBackDescribeTheStudyInFocus() throws {
        let text = """
            Beet juice and stamina

            Cyclists who drank beet juice rode longer, Dr. Amara Osei of Accra told reporters about her 2021 study.

            They randomly assigned 64 amateur cyclists to the juice or a look-alike drink for ten days.

            Separately, traffic in the city grew by 40 percent over two years.
            """
        let found = try studyClaims(text)
        #expect(found.count == 1)
        let study = try #require(found.first)
        #expect(study.design?.value == .rct)
        #expect(study.sampleSize?.value == 64)
        #expect(study.duration?.value == 10)
    }

    @Test func anUnnamedStudyReportedByItsFindingIsNamedByLaterParagraphs() throws {
        let text = """
            Cycling may ease migraine

            Dust off the bike -- a study suggests that regular cycling could be tied to fewer migraine days in office workers.

            Diaries of 3,180 office workers aged 30 to 55 in four Polish cities were read by researchers to see how often they rode. The participants had no migraine diagnosis when the study began.

            Over an average of 4.5 years, 611 of them reported migraine. The results held after adjustment for sleep.

            The study appears this week in the journal Cephalalgia.
            """
        let found = try studyClaims(text)
        #expect(found.count == 1, "\(found.map(\.label))")
        let study = try #require(found.first)
        #expect(study.venue == "Cephalalgia")
        #expect(study.sampleSize?.value == 3180)
        #expect(study.duration?.value == 1643)  // 4.5 × 365.25, rounded down
        // The sentence that gives the count is quoted first: it identifies the study best.
        #expect(study.mentions.first?.quote.hasPrefix("Diaries of 3,180") == true)
    }

    @Test func theQuoteIsTheMentionThatGivesTheCountOverOneThatGivesTheYear() throws {
        let text = """
            Kelp and gout

            June 2, 2021 -- Men who eat kelp may have fewer gout attacks, a new study suggests.

            The new study included just over 2,400 men from Chile aged 40 to 70.
            """
        let study = try #require(try studyClaims(text).first)
        #expect(study.sampleSize?.value == 2400)
        #expect(study.mentions.first?.quote.hasPrefix("The new study included") == true)
    }

    @Test func anUnnamedStudyThatNothingLaterNamesIsNoClaim() throws {
        let text = """
            Tea and sleep

            A study found that tea drinkers slept better. Other drinks were not compared.
            """
        #expect(try studyClaims(text).isEmpty)
    }

    @Test func aDemonstrativeBeforeAnyStudyNamesTheOneThePageIsAbout() throws {
        let claims = try studyClaims("""
            Green tea and eyesight

            THE QUESTION Could green tea slow the loss of sight in old age?

            THIS STUDY involved 812 adults aged 70 on average who had no eye disease at the start.

            FIND THIS STUDY March 3 issue of Ophthalmology.
            """)
        #expect(claims.count == 1, "\(claims.map(\.label))")
        #expect(claims.first?.sampleSize?.value == 812)
        #expect(claims.first?.venue == "Ophthalmology")
    }

    @Test func aDemonstrativeAfterAStudyIsThatStudy() throws {
        let claims = try studyClaims("""
            A 2016 Danish trial gave 90 adults green tea.

            This study involved 812 adults over five years.
            """)
        #expect(claims.count == 1, "\(claims.map(\.label))")
    }

    /// A sentence about a team the study never named is other work: its numbers are not
    /// the study's.
    @Test func anotherTeamsWorkIsNotTheStudysScope() throws {
        let claims = try studyClaims("""
            A 2015 Danish review of zinc for colds found little benefit. Separately, the agency has funded scientists at the University of Lund to test whether zinc taken for 3 years prevents colds in 4000 children.
            """)
        let review = try #require(claims.first)
        #expect(review.duration == nil)
        #expect(review.sampleSize?.value != 4000)
    }

    /// A paragraph right after a study's that opens by counting its people and what they
    /// underwent is that study's methods.
    @Test func aMethodsParagraphAfterAStudyDescribesIt() throws {
        let claims = try studyClaims("""
            Older adults who used lavender oil slept a little longer, according to a new study in the journal Sleep Care.

            About 1,200 adults aged 60 and older were randomized to lavender or placebo and followed for two years.
            """)
        #expect(claims.count == 1)
        let study = try #require(claims.first)
        #expect(study.sampleSize?.value == 1200)
        #expect(study.duration?.value == 730)
    }

    @Test func aMethodsParagraphFarFromAnyStudyDescribesNone() throws {
        let claims = try studyClaims("""
            Older adults who used lavender oil slept a little longer, according to a new study in the journal Sleep Care.

            Lavender has been used for centuries.

            About 1,200 adults aged 60 and older were randomized to lavender or placebo and followed for two years.
            """)
        #expect(claims.first?.sampleSize?.value != 1200)
    }

    @Test func oneLeadAuthorsLaterCountIsPartOfHerStudy() throws {
        let text = """
            Ruiz et al. followed more than 400 workers who took fish oil.

            Ruiz and her colleagues enrolled 431 workers in all.

            Ruiz's team also took blood from another 90 workers.
            """
        let found = try studyClaims(text)
        #expect(found.count == 1)
        #expect(found.first?.sampleSize?.value == 431)
    }

    @Test func aDefiniteDescriptionWithAnotherCountStillMeansTheStudyInFocus() throws {
        let text = """
            A 2019 Danish trial gave 140 students a daily walk.

            The trial found that six students must walk daily to spare one a bad winter.
            """
        let found = try studyClaims(text)
        #expect(found.count == 1)
        #expect(found.first?.sampleSize?.value == 140)
    }

    @Test func peopleNamedByTheirRoleAreAuthors() throws {
        let study = try #require(try studyClaims(story).first)
        #expect(study.authors == ["Solberg", "Marsh"])
        // A commenting expert is no author.
        #expect(!study.authors.contains("Wikander"))
    }

    @Test func theQuoteIsTheSentenceThatSaysMost() throws {
        let study = try #require(try studyClaims(story).first)
        #expect(study.quote.hasPrefix("The study, published in the journal Appetite, followed 212 adults"))
    }

    @Test(arguments: [
        ("said Rosa Q. Lindgren, the study's senior author.", "Lindgren"),
        ("said study author Pavel Hrubý of Brno.", "Hrubý"),
        ("said senior author Mina Farouk, PhD, of Cairo.", "Farouk"),
        ("Keiko Ota, a physician at Osaka and the study's lead author, said.", "Ota"),
        ("Jonas Erlich, who led the trial, said.", "Erlich"),
        ("said study lead author Amara Diallo.", "Diallo"),
        ("noted study researcher T. Imre Halasz, MD, of Szeged.", "Halasz"),
        ("Dr. Ines Moreau of Lyon, a researcher on the study, said.", "Moreau"),
        ("said Olu Adeyemi, one of the study's authors.", "Adeyemi"),
        ("\"It held up,\" says researcher Sanna Virtanen, PhD, of the University of Turku.", "Virtanen"),
        ("Dr. R. Tomas Ekdahl, of Uppsala University and Akademiska, led the larger test.", "Ekdahl"),
    ])
    func roleForms(sentence: String, surname: String) {
        #expect(AuthorExtractor().roleAuthors(in: sentence) == [surname])
    }

    @Test func aCoAuthorNamesTheOthers() {
        let sentence = "said Priya N. Rao of Leeds, a co-author with Dr. Okafor and Wen Li of the University of Hull."
        #expect(AuthorExtractor().roleAuthors(in: sentence) == ["Rao", "Okafor", "Li"])
    }

    @Test(arguments: [
        "said Dr. Lena Vos, a cardiologist who was not involved in the study.",
        "said Lena Vos, author of a popular diet book.",
        "Study authors said more work was needed.",
        "said Lena Vos, a researcher who was not part of the study.",
        "says researcher Lena Vos, who was not involved in the trial.",
    ])
    func otherPeopleAreNotRoleAuthors(sentence: String) {
        #expect(AuthorExtractor().roleAuthors(in: sentence).isEmpty)
    }

    @Test func aStudyResearcherWithAPlaceIsAnAuthorOfTheStudyInFocus() throws {
        let claims = try studyClaims("""
            Tea extract may calm tinnitus

            The result comes from a double-blind trial that enrolled 58 adults with tinnitus.

            Three people must be treated to help one, note study researcher K. Anil Mehrotra, MD, of the University of Pune, India, and colleagues.
            """)
        #expect(claims.count == 1, "\(claims.map(\.label))")
        #expect(claims.first?.authors == ["Mehrotra"])
    }

    @Test func anotherStudyIsNotTheFocus() throws {
        let claims = try studyClaims("""
            A 2014 trial by Okonkwo et al. gave 90 adults ginger for eight weeks.

            Another study, by Haller et al. in 2019, gave 40 adults ginger for two weeks.

            The trial found less nausea than with placebo.
            """)
        #expect(claims.count == 2)
        #expect(claims.map(\.authors.first) == ["Okonkwo", "Haller"])
    }

    @Test func aPersonsTeamIsTheStudyInFocus() throws {
        let claims = try studyClaims("""
            Sleeping in a cool room may ease night sweats, a new study published in the Journal of Sleep Medicine found.

            "The effect was bigger than we expected," said Dr. Ruth Ambrose of Leeds.

            Ambrose and her colleagues compared two groups of women. Ambrose's team studied 312 women aged 45 to 60.
            """)
        #expect(claims.count == 1, "\(claims.map(\.label))")
        #expect(claims.first?.authors == ["Ambrose"])
        #expect(claims.first?.sampleSize?.value == 312)
    }
}

/// A reporting frame ("…, a new study suggests") does not turn a rating into a study report.
@Suite struct AttributionFrameTests {
    @Test(arguments: [
        ("Sage tea may protect against dementia, a new study suggests.", "Sage tea may protect against dementia"),
        ("Sage tea may protect against dementia, researchers say.", "Sage tea may protect against dementia"),
        ("According to a new study from Leiden, sage tea may protect against dementia.", "sage tea may protect against dementia."),
        ("The 2019 trial by Okafor et al. found no effect.", "The 2019 trial by Okafor et al. found no effect."),
    ])
    func framesAreRemoved(sentence: String, claim: String) {
        #expect(EvidenceExtractor.withoutAttribution(sentence) == claim)
    }

    @Test func aFramedHedgedClaimRatesItsTopic() throws {
        let text = "Sage tea may lower dementia risk\n\nSage tea may protect against dementia, researchers say.\n"
        let document = try TextParser().parse(Array(text.utf8), id: "p", source: "p.txt")
        let evidence = ClaimExtractor().extract(from: document).compactMap(\.evidence)
        #expect(evidence.contains { $0.topic == "dementia" && $0.verdict.value == .preliminary })
    }
}

/// A claim is never labelled by a bare study noun.
@Suite struct GenericLabelTests {
    @Test func aBareStudyIsRelabelledFromWhatIdentifiesIt() throws {
        let text = "Heading here\n\nThe findings of a new study appear in the journal Appetite and cover 212 adults.\n"
        let document = try TextParser().parse(Array(text.utf8), id: "p", source: "p.txt")
        for claim in StudyExtractor().extract(from: document) {
            #expect(!["study", "new study", "the study"].contains(claim.label.lowercased()), "\(claim.label)")
        }
    }

    @Test func genericLabels() {
        var draft = StudyDraft(label: "new study", blockIndex: 0, origin: .prose)
        #expect(draft.hasGenericLabel)
        draft.venue = "Appetite"
        draft.relabelIfGeneric()
        #expect(draft.label == "study in Appetite")
        #expect(!StudyDraft(label: "2021 trial", blockIndex: 0, origin: .prose).hasGenericLabel)
    }
}

/// A study's scope beyond its own sentence: the rest of its paragraph and its section.
@Suite struct StudyScopeTests {
    /// The sentence that gives a study's count, later in its own paragraph, is a place the
    /// page supports the claim: it is kept as a mention (what it says is the study's wording).
    @Test func theSentenceThatGivesTheCountIsAMention() throws {
        let claims = try studyClaims("""
            The trial cited most often is a Chilean study published in 2016 in a dental journal. It gave 58 volunteers a xylitol gum for ten weeks and reported fewer cavities and whiter enamel.
            """)
        let study = try #require(claims.first)
        #expect(study.sampleSize?.value == 58)
        #expect(study.mentions.contains { $0.quote.contains("whiter enamel") })
    }

    /// A study whose own sentences name no condition is about what its section's heading
    /// names; the page's title above every section says nothing of one study.
    @Test func aStudyUnderAQuestionHeadingIsAboutItsCondition() throws {
        let claims = try studyClaims("""
            # Compression socks for walkers: your questions

            ## Does compression help ankle swelling?

            Probably a little. Okonjo and Brandt's 2019 controlled trial enrolled 74 hikers and found smaller ankles after a week of wearing the socks.
            """)
        let study = try #require(claims.first)
        #expect(study.conditions.contains { $0.contains("swelling") }, "\(study.conditions)")
    }

    @Test func thePageTitleGivesNoStudyItsCondition() throws {
        let claims = try studyClaims("""
            # Ankle swelling: a walker's notebook

            Okonjo and Brandt's 2019 controlled trial enrolled 74 hikers and found smaller ankles after a week of wearing the socks.
            """)
        let study = try #require(claims.first)
        #expect(!study.conditions.contains { $0.contains("swelling") }, "\(study.conditions)")
    }
}
