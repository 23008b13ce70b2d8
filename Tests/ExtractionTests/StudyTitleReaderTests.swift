import Documents
import Testing

@testable import Extraction

/// Headings that are papers' titles, with the items under them as their findings (invented pages).
@Suite struct StudyTitleReaderTests {
    private func studies(_ text: String) throws -> [StudyClaim] {
        let document = try TextParser().parse(Array(text.utf8), id: "page", source: "page.md")
        return StudyExtractor().extract(from: document)
    }

    @Test func aTitleNamingADesignIsAStudyWithItsBullets() throws {
        let found = try studies("""
            # What we know about sour cherry juice

            ## Sour cherry juice and sleep in older adults: a randomized placebo-controlled trial

            - 36 adults aged 65 to 80 drank juice or a placebo drink for three weeks
            - They slept longer on the juice
            """)
        let study = try #require(found.first)
        #expect(found.count == 1)
        #expect(study.label.hasPrefix("Sour cherry juice and sleep"))
        #expect(study.design?.value == .rct)
        #expect(study.sampleSize?.value == 36)
        #expect(study.duration?.value == 21)
    }

    @Test func aTitleWhoseSectionCitesThePaperIsAStudy() throws {
        let found = try studies("""
            # Sour cherry juice

            ## Sour cherry juice and recovery after marathon running

            - 20 runners, published in 2010
            """)
        #expect(found.first?.sampleSize?.value == 20)
        #expect(found.first?.year == 2010)
    }

    @Test func aTopicHeadingOverCountsIsNoTitle() throws {
        let found = try studies("""
            # Sour cherry juice

            ## Benefits of sour cherry juice for sleep

            - In one small group, 12 adults slept a little longer
            """)
        #expect(found.isEmpty)
    }
}
