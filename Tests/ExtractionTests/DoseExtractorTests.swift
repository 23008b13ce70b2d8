import Testing

import Documents
@testable import Extraction

/// Daily doses in invented wordings, normalised to mg/day where the words allow.
@Suite struct DoseExtractorTests {
    @Test(arguments: [
        ("Each volunteer swallowed 250 mg of nettle root twice daily.", 500.0, "250 mg of nettle root twice daily"),
        ("The group took 450 mg/day of the extract.", 450, "450 mg/day"),
        ("Participants drank 1.5 g a day of powdered seed.", 1500, "1.5 g a day"),
        ("Children were given 100 mcg three times a day.", 0.3, "100 mcg three times a day"),
        ("Adults used 75 mg every 12 hours.", 150, "75 mg every 12 hours"),
        ("Patients received 2,100 mg per day.", 2100, "2,100 mg per day"),
        ("Sleepers took 3 mg at bedtime.", 3, "3 mg at bedtime"),
        ("They got 14 g weekly.", 2000, "14 g weekly"),
        ("Runners took 40 milligrams each day.", 40, "40 milligrams each day"),
    ])
    func readsDailyDoses(sentence: String, milligrams: Double, words: String) throws {
        let dose = try #require(DoseExtractor().dose(in: sentence))
        #expect(dose.value == milligrams)
        #expect(dose.text == words)
    }

    @Test(arguments: [
        ("A single 400 mg capsule was given before the test.", "400 mg"),
        ("The daily amount was 5,000 IU a day.", "5,000 IU a day"),
        ("The dose was 10 mg/kg of body weight.", "10 mg/kg"),
        ("Doses of 200 to 400 mg daily were compared.", "200 to 400 mg daily"),
    ])
    func keepsWordsWithoutAValueWhenTheyDoNotConvert(sentence: String, words: String) throws {
        let dose = try #require(DoseExtractor().dose(in: sentence))
        #expect(dose.value == nil)
        #expect(dose.text == words)
    }

    @Test(arguments: [
        "LDL cholesterol fell by 12 mg/dL in the treated group.",
        "Blood levels reached 30 mg/L after a month.",
        "The 2019 trial enrolled 120 adults for 8 weeks.",
        "Scores improved by 15% over the year.",
    ])
    func labValuesAndOtherNumbersAreNoDose(sentence: String) {
        #expect(DoseExtractor().dose(in: sentence) == nil)
    }

    @Test func aProseStudyCarriesItsDose() throws {
        let text = "# Sage tea\n\nA 2016 randomized controlled trial by Quarrie et al. gave 64 adults 320 mg of sage extract twice daily for 6 weeks.\n"
        let document = try TextParser().parse(Array(text.utf8), id: "sage", source: "sage.txt")
        let study = try #require(ClaimExtractor().extract(from: document).compactMap(\.study).first)
        #expect(study.dose?.value == 640)
        #expect(study.dose?.text == "320 mg of sage extract twice daily")
    }
}

/// Counts of groups are not sample sizes.
@Suite struct GroupCountTests {
    @Test(arguments: ["The team compared two groups of women.", "They split volunteers into three arms of patients."])
    func groupCountsAreNoSampleSize(sentence: String) {
        #expect(SampleSizeExtractor().sampleSize(in: sentence)?.value == nil)
    }

    @Test func qualifiedCountsStillCount() {
        #expect(SampleSizeExtractor().sampleSize(in: "They enrolled 64 older Danish adults.")?.value == 64)
    }
}

/// Ages and stages of pregnancy are not study durations.
@Suite struct AgeIsNoDurationTests {
    @Test(arguments: [
        "The trial enrolled 400 volunteers aged 70 years or older.",
        "Men ages 40 to 55 took part.",
        "Women at 24 weeks' gestation were scanned.",
        "Everyone was 60 years or older.",
    ])
    func agesAreNoDuration(sentence: String) {
        #expect(DurationExtractor().duration(in: sentence)?.value == nil)
    }

    @Test func aLengthAfterAnAgeStillCounts() {
        #expect(DurationExtractor().duration(in: "Adults aged 50 years took the pill for 16 weeks.")?.value == 112)
    }
}
