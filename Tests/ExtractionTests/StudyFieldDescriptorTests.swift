import Testing

@testable import Extraction

/// Each field's one tolerance: the levels its descriptor gives, and the severities the
/// conflict rule reads from them.
@Suite struct StudyFieldDescriptorTests {
    @Test func sampleSizeLevels() {
        #expect(SampleSizeField.agreement(80, 80) == .equal)
        #expect(SampleSizeField.agreement(80, 86) == .close)
        #expect(SampleSizeField.agreement(40, 80) == .compatible)
        #expect(SampleSizeField.agreement(40, 90) == .different)
        #expect(SampleSizeField.severity(of: .close) == .minor)
        #expect(SampleSizeField.severity(of: .compatible) == .major)
    }

    @Test func durationLevels() {
        #expect(DurationField.agreement(56, 60) == .equal)  // 8 weeks vs two months
        #expect(DurationField.agreement(56, 84) == .close)
        #expect(DurationField.agreement(14, 84) == .different)
        #expect(DurationField.severity(of: .equal) == nil)
        #expect(DurationField.severity(of: .close) == .minor)
        #expect(DurationField.severity(of: .different) == .major)
    }

    @Test func yearLevels() {
        #expect(YearField.agreement(2015, 2015) == .equal)
        #expect(YearField.agreement(2015, 2016) == .close)
        #expect(YearField.agreement(2015, 2019) == .different)
    }

    @Test func designLevelsFollowTheFamilyTree() {
        #expect(DesignField.agreement(.rct, .pilotRCT) == .compatible)
        #expect(DesignField.agreement(.rct, .cohort) == .different)
        #expect(DesignField.conflictSeverity(.rct, .pilotRCT) == .minor)
        #expect(DesignField.conflictSeverity(.metaAnalysis, .cohort) == .major)
        #expect(DesignField.conflictSeverity(.rct, .other) == .info)
    }

    @Test func verdictLevelsFollowStrength() {
        #expect(VerdictField.agreement(.preliminary, .preliminary) == .equal)
        let strong = VerdictClass.allCases.filter { $0.strength != nil }
        for a in strong {
            for b in strong {
                let gap = abs(a.strength! - b.strength!)
                let level = VerdictField.agreement(a, b)
                let severity = VerdictField.severity(of: level)
                if a == b { #expect(severity == nil) }
                else if gap == 0 { #expect(severity == .info) }
                else if gap == 1 { #expect(severity == .minor) }
                else { #expect(severity == .major) }
            }
        }
    }

    @Test func doseLevels() {
        #expect(DoseField.agreement(600, 600) == .equal)
        #expect(DoseField.agreement(600, 603) == .equal)
        #expect(DoseField.agreement(300, 600) == .different)
        #expect(DoseField.severity(of: .different) == .minor)
        #expect(DoseField.display(600) == "600 mg/day")
        #expect(DoseField.display(0.15) == "0.15 mg/day")
    }
}
