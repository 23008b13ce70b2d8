import Documents
import Extraction
import Findings
import Matching
import Testing

/// The match explanation and the conflict rule read one tolerance per field (the field
/// descriptors): a value pair the report flags as a major conflict is never called equal,
/// close or compatible in `reconcile explain` (issue 14 item 4). Dose is left out: its
/// conflicts are minor at most (``DoseField``).
@Suite struct ExplanationAgreesWithConflictsTests {
    /// One field's value pairs across its levels, as claims that differ in that field only.
    struct Case: CustomTestStringConvertible, Sendable {
        let field: ConflictField
        let pairs: [(StudyClaim, StudyClaim)]
        var testDescription: String { field.rawValue }
    }

    static func pair(_ edit: (inout StudyClaim) -> Void, _ other: (inout StudyClaim) -> Void) -> (StudyClaim, StudyClaim) {
        var a = claim("alpha#1", authors: ["Okafor"])
        var b = claim("beta#1", authors: ["Okafor"])
        edit(&a)
        other(&b)
        return (a, b)
    }

    static let cases: [Case] = [
        Case(field: .sampleSize, pairs: [(40, 41), (40, 44), (40, 46), (82, 42), (40, 90), (30, 300)].map { x, y in
            pair({ $0.sampleSize = Classified(x, text: "\(x) adults") }, { $0.sampleSize = Classified(y, text: "\(y) adults") })
        }),
        Case(field: .year, pairs: [(2015, 2016), (2015, 2018)].map { x, y in
            pair({ $0.year = x }, { $0.year = y })
        }),
        Case(field: .duration, pairs: [(56, 60), (14, 21), (28, 84), (7, 365)].map { x, y in
            pair({ $0.duration = Classified(x, text: "\(x) days") }, { $0.duration = Classified(y, text: "\(y) days") })
        }),
        Case(field: .design, pairs: DesignClass.allCases.flatMap { x in
            [DesignClass.rct, .metaAnalysis, .cohort, .pilotStudy].map { y in
                pair({ $0.design = Classified(x, text: "words") }, { $0.design = Classified(y, text: "words") })
            }
        }),
    ]

    @Test(arguments: cases)
    func majorConflictIsNeverCalledCompatible(_ test: Case) throws {
        var majors = 0
        for (a, b) in test.pairs {
            let major = Conflicts().compare(a, b, match: nil).contains { $0.field == test.field && $0.severity == .major }
            guard major else { continue }
            majors += 1
            let comparison = try #require(Matcher().compare(a.id, b.id, in: [.study(a), .study(b)]))
            let step = try #require(comparison.evidence.first { $0.field == test.field.rawValue },
                                    "\(test.field) is explained")
            #expect(step.comparison == .different,
                    "\(test.field) \(step.detail): a major conflict explained as \(step.comparison.rawValue)")
            let line = Explanation.render(comparison).split(separator: "\n").first { $0.contains(" \(test.field.rawValue) ") }
            #expect(line.map { !$0.contains("compatible") && !$0.contains("equal") } ?? false, "\(line ?? "no line")")
        }
        #expect(majors > 0, "\(test.field): the pairs include a major conflict")
    }

    @Test func designNamesAreHumanWords() {
        #expect(DesignField.display(.pilotRCT) == "pilot RCT")
        #expect(DesignField.display(.metaAnalysis) == "meta-analysis")
        #expect(VerdictField.display(.notEstablished) == "not established")
        for design in DesignClass.allCases { #expect(!design.displayName.contains("_"), "\(design)") }
        for verdict in VerdictClass.allCases { #expect(!verdict.displayName.contains("_"), "\(verdict)") }
    }
}
