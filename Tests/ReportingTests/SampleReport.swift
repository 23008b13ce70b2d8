import Documents
import Extraction
import Findings
import Foundation
import Matching
import Model
import Reporting

/// A small hand-made report: two pages, one matched study with conflicts, one evidence
/// conflict, one internal finding, one failed page, and hostile page text in every slot.
enum SampleReport {
    static let hostile = #"<script>alert(1)</script> "><img src=x onerror=alert(1)> [x](javascript:alert(1))"#

    static func make(hostileText: String = hostile) -> Report {
        let pageA = Document(id: "page-a", source: "Inputs/page-a.txt", format: .text, title: "Page A \(hostileText)",
                             blocks: [])
        let pageB = Document(id: "page-b", source: "Inputs/page-b.html", format: .html, title: "Page B", blocks: [])
        let kjerryd = StudyClaim(
            id: "page-a#1", document: "page-a", label: "Swedish RCT (Kjerryd et al.) \(hostileText)",
            authors: ["Kjerryd"], year: 2012, design: Classified(.rct, text: "RCT"),
            sampleSize: Classified(82, text: "82"), duration: Classified(21, text: "3 weeks"),
            conditions: ["neck pain", "back pain"], identifiers: Identifiers(citations: ["web:141"]),
            country: "Sweden", verdict: Classified(.strong, text: "Well-supported"),
            mentions: [Mention(quote: "| Swedish RCT | 2012 | RCT | 82 | \(hostileText) |", span: SourceSpan(line: 6))])
        let hohmann = StudyClaim(
            id: "page-b#2", document: "page-b", label: "Hohmann et al. 2012 pilot studies",
            authors: ["Hohmann"], year: 2012, design: Classified(.pilotRCT, text: "randomized controlled pilot studies"),
            sampleSize: Classified(42, text: "total n = 42"), duration: Classified(14, text: "two weeks"),
            conditions: ["neck pain", "low back pain"],
            venue: "Evidence-Based Complementary and Alternative Medicine",
            verdict: Classified(.preliminary, text: "the authors called these pilot results"),
            mentions: [Mention(quote: "A 2012 pair of randomized controlled pilot studies (Hohmann et al., total n = 42)",
                               span: SourceSpan(line: 8, start: 2040, end: 2431))])
        let single = StudyClaim(
            id: "page-a#3", document: "page-a", label: "German RCT", year: 2018, design: Classified(.rct, text: "RCT"),
            sampleSize: Classified(nil, text: "Variable"), mentions: [Mention(quote: "| German RCT |", span: SourceSpan(line: 7))])
        let backA = EvidenceClaim(
            id: "page-a#e1", document: "page-a", subject: "acupressure mat", topic: "back pain",
            verdict: Classified(.strong, text: "✅ Well-supported"),
            mention: Mention(quote: "| Chronic back pain | Strong | ✅ Well-supported |", span: SourceSpan(line: 40)))
        let backB = EvidenceClaim(
            id: "page-b#e1", document: "page-b", subject: "acupressure mat", topic: "back pain",
            verdict: Classified(.notEstablished, text: "not established \(hostileText)"),
            mention: Mention(quote: "That they treat or cure back pain \(hostileText)", span: SourceSpan(line: 21)))
        let comparison = PairComparison(claims: ["page-a#1", "page-b#2"], prior: -2, evidence: [
            FieldEvidence(field: "year", comparison: .equal, weight: 3.1, detail: "2012 = 2012"),
            FieldEvidence(field: "authors", comparison: .different, weight: -4, detail: "Kjerryd vs Hohmann"),
            FieldEvidence(field: "conditions", comparison: .close, weight: 2.5, detail: "neck pain, back pain"),
        ])
        let match = Match(id: "m-1", status: .match, score: comparison.score, claims: ["page-a#1", "page-b#2"],
                          comparisons: [comparison])
        func side(_ claim: StudyClaim, _ value: ScalarValue, _ text: String) -> ConflictValue {
            ConflictValue(claim: claim.id, value: value, text: text, span: claim.span)
        }
        let findings = [
            Finding(id: "f-n", kind: .conflict, severity: .major, field: .sampleSize, match: "m-1",
                    claims: [kjerryd.id, hohmann.id],
                    values: [side(kjerryd, .int(82), "82"), side(hohmann, .int(42), "total n = 42")],
                    message: "sample size 82 vs 42"),
            Finding(id: "f-design", kind: .conflict, severity: .major, field: .design, match: "m-1",
                    claims: [kjerryd.id, hohmann.id],
                    values: [side(kjerryd, .string("rct"), "RCT"),
                             side(hohmann, .string("pilot_rct"), "randomized controlled pilot studies")],
                    message: "design rct vs pilot_rct: a pilot called a full RCT"),
            Finding(id: "f-duration", kind: .conflict, severity: .minor, field: .duration, match: "m-1",
                    claims: [kjerryd.id, hohmann.id],
                    values: [side(kjerryd, .int(21), "3 weeks"), side(hohmann, .int(14), "two weeks")],
                    message: "duration 21 vs 14 days"),
            Finding(id: "f-back", kind: .evidenceConflict, severity: .major, subject: "acupressure mat",
                    topic: "back pain", claims: [backA.id, backB.id],
                    values: [ConflictValue(claim: backA.id, value: .string("strong"), text: backA.verdict.text,
                                           span: backA.mention.span),
                             ConflictValue(claim: backB.id, value: .string("not_established"),
                                           text: backB.verdict.text, span: backB.mention.span)],
                    message: "back pain: strong vs not_established \(hostileText)"),
            Finding(id: "f-grim", kind: .internal, severity: .info, claims: [single.id], values: [],
                    message: "=50% of 7 is not a whole number of people"),
        ]
        return Report(
            documents: [pageA, pageB],
            claims: [.study(kjerryd), .study(single), .evidence(backA), .study(hohmann), .evidence(backB)],
            matches: [match], findings: findings,
            failures: [PageFailureRecord(source: "Inputs/broken.html", message: "Inputs/broken.html: binary file")],
            run: RunInfo(time: Date(timeIntervalSince1970: 0), inputs: ["Inputs"], toolVersion: "test"))
    }
}
