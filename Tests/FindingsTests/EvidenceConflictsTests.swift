import Documents
import Extraction
import Findings
import Testing

func rating(_ id: String, subject: String, topic: String, _ verdict: VerdictClass) -> EvidenceClaim {
    EvidenceClaim(id: id, document: String(id.split(separator: "#")[0]), subject: subject, topic: topic,
                  verdict: Classified(verdict, text: verdict.rawValue),
                  mention: Mention(quote: "\(topic): \(verdict.rawValue)", span: SourceSpan(line: 7)))
}

@Suite struct EvidenceConflictsTests {
    @Test func aTopicIsComparedWithTheOtherPagesClosestTopicOnly() {
        let findings = EvidenceConflicts().findings([
            rating("a#e1", subject: "kelp", topic: "gout", .strong),
            rating("b#e1", subject: "kelp", topic: "gout", .moderate),
            rating("b#e2", subject: "kelp", topic: "gout prevention", .noEffect),
            rating("c#e1", subject: "kelp", topic: "gout prevention", .strong),
        ])
        // a's "gout" pairs with b's "gout" (no gap), not with b's "gout prevention"; c's
        // prevention pairs with b's prevention.
        #expect(findings.map(\.claims) == [["b#e2", "c#e1"]])
    }

    @Test func aBroadTopicMeetsANarrowOneOnlyWhenThePageHasNothingCloser() {
        let findings = EvidenceConflicts().findings([
            rating("a#e1", subject: "kelp", topic: "respiratory infections", .mixed),
            rating("b#e1", subject: "kelp", topic: "colds and flu", .strong),
            rating("c#e1", subject: "kelp", topic: "flu", .strong),
            rating("c#e2", subject: "kelp", topic: "respiratory infections", .mixed),
        ])
        // a and b conflict through the broad topic; b's "colds and flu" meets c's closer "flu"
        // (no gap), not c's "respiratory infections".
        #expect(findings.map(\.claims) == [["a#e1", "b#e1"]])
    }

    @Test func claimsSplitFromOneStatementGiveOneConflict() {
        func claim(_ id: String, _ topic: String, _ quote: String, _ verdict: VerdictClass) -> EvidenceClaim {
            EvidenceClaim(id: id, document: String(id.split(separator: "#")[0]), subject: "kelp", topic: topic,
                          verdict: Classified(verdict, text: verdict.rawValue),
                          mention: Mention(quote: quote, span: SourceSpan(line: 4)))
        }
        let findings = EvidenceConflicts().findings([
            claim("a#e1", "itch and rash", "Itch & rash: proven", .strong),
            claim("b#e1", "rash", "It helps neither rash nor itch.", .noEffect),
            claim("b#e2", "itch", "It helps neither rash nor itch.", .noEffect),
            claim("c#e1", "itch", "Itch: no effect", .noEffect),
        ])
        #expect(findings.map(\.claims) == [["a#e1", "b#e1"], ["a#e1", "c#e1"]])
    }

    @Test func pagesNamingOneInterventionDifferentlyAreComparedThroughTheirSubjectTerms() {
        func claim(_ id: String, _ subject: String, _ terms: [String], _ verdict: VerdictClass) -> EvidenceClaim {
            EvidenceClaim(id: id, document: String(id.split(separator: "#")[0]), subject: subject, topic: "joint pain",
                          verdict: Classified(verdict, text: verdict.rawValue),
                          mention: Mention(quote: "joint pain", span: SourceSpan(line: 2)), subjectTerms: terms)
        }
        let findings = EvidenceConflicts().findings([
            claim("krill#e1", "krill oil", ["krill oil", "omega 3", "capsule"], .strong),
            claim("omega#e1", "omega 3", ["omega 3", "fish"], .preliminary),
            claim("nettle#e1", "nettle", ["nettle", "leaf"], .notEstablished),
        ])
        #expect(findings.map(\.claims) == [["krill#e1", "omega#e1"]])
    }

    @Test func aLooserTopicStillPairsWhenThePageHasNothingCloser() {
        let findings = EvidenceConflicts().findings([
            rating("a#e1", subject: "kelp", topic: "gout prevention", .strong),
            rating("b#e1", subject: "kelp", topic: "gout", .notEstablished),
        ])
        #expect(findings.count == 1)
    }

    @Test func sameSubjectTwoStepsApartConflicts() {
        let findings = EvidenceConflicts().findings([
            rating("a#e1", subject: "acupressure mat", topic: "back pain", .strong),
            rating("b#e1", subject: "acupressure mats", topic: "chronic back pain", .notEstablished),
        ])
        #expect(findings.count == 1)
        #expect(findings.first?.kind == .evidenceConflict && findings.first?.severity == .major)
        #expect(findings.first?.topic == "back pain")
    }

    @Test(arguments: [
        (VerdictClass.strong, VerdictClass.moderate, false),
        (.strong, .preliminary, true),
        (.moderate, .notEstablished, true),
        (.preliminary, .unclear, false),
        (.preliminary, .noEffect, true),
        (.strong, .notReported, false),
    ])
    func strengthGap(a: VerdictClass, b: VerdictClass, conflicts: Bool) {
        let findings = EvidenceConflicts().findings([
            rating("a#e1", subject: "creatine", topic: "memory", a),
            rating("b#e1", subject: "creatine", topic: "memory", b),
        ])
        #expect(findings.isEmpty == !conflicts)
    }

    @Test func differentSubjectsNeverConflict() {
        let findings = EvidenceConflicts().findings([
            rating("a#e1", subject: "creatine", topic: "memory", .strong),
            rating("b#e1", subject: "turmeric", topic: "memory", .preliminary),
        ])
        #expect(findings.isEmpty)
    }

    @Test func onePageNeverConflictsWithItself() {
        let findings = EvidenceConflicts().findings([
            rating("a#e1", subject: "creatine", topic: "memory", .strong),
            rating("a#e2", subject: "creatine", topic: "memory", .noEffect),
        ])
        #expect(findings.isEmpty)
    }
}
