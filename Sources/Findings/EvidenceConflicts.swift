import Extraction
import Matching

/// Evidence conflicts (DESIGN.md "Conflict rules"): two pages about the same subject rate
/// the same topic at least two steps apart on strong 4 · moderate 3 · preliminary, mixed 2 ·
/// unclear, not_established 1 · no_effect 0. Pages about different subjects never conflict
/// ("memory" on a creatine page and on a turmeric page are different questions).
public struct EvidenceConflicts: Sendable {
    /// The smallest strength gap that is a conflict.
    public static let minimumGap = 2

    /// Creates the rule.
    public init() {}

    /// One finding per pair of evidence claims from different pages that conflict.
    /// - Parameter claims: Every evidence claim of the run.
    /// - Returns: Findings of kind `evidence_conflict` (gap ≥ 3 major, 2 minor).
    public func findings(_ claims: [EvidenceClaim]) -> [Finding] {
        var bySubject: [String: [(claim: EvidenceClaim, topic: [String], strength: Int)]] = [:]
        var subjectOrder: [String] = []
        let subjectKeys = Self.subjectKeys(claims)
        for claim in claims {
            let subject = TextFolding.phraseWords(claim.subject)
            let topic = TextFolding.phraseWords(claim.topic)
            guard !subject.isEmpty, !topic.isEmpty, let strength = claim.verdict.value?.strength else {
                continue
            }
            let key = subjectKeys[Self.profile(claim)] ?? claim.subject
            if bySubject[key] == nil { subjectOrder.append(key) }
            bySubject[key, default: []].append((claim, topic, strength))
        }
        var result: [Finding] = []
        // One finding per claim and statement of the other page: a row rating "Anxiety or
        // stress" gives two claims, but one disagreement with a page's "Stress & anxiety".
        var reported: Set<[String]> = []
        for key in subjectOrder {
            let group = bySubject[key] ?? []
            for (index, first) in group.enumerated() {
                for second in group[(index + 1)...] where first.claim.document != second.claim.document {
                    guard Self.closestTopics(first.claim, second.claim, in: group.map(\.claim)) else { continue }
                    let gap = abs(first.strength - second.strength)
                    guard gap >= Self.minimumGap else { continue }
                    let keys = [[first.claim.id] + Self.statement(second.claim), [second.claim.id] + Self.statement(first.claim)]
                    guard reported.isDisjoint(with: keys) else { continue }
                    reported.formUnion(keys)
                    result.append(finding(first.claim, second.claim, gap: gap))
                }
            }
        }
        return result
    }

    /// Whether two claims' topics agree (``ConditionNormalizer/ratingAffinity(_:_:)``) and each is
    /// the other page's closest topic to the other, so "depression" is compared with
    /// "depression", not with the same page's "depression prevention".
    static func closestTopics(_ a: EvidenceClaim, _ b: EvidenceClaim, in group: [EvidenceClaim]) -> Bool {
        let affinity = ConditionNormalizer.ratingAffinity(a.topic, b.topic)
        guard affinity > 0 else { return false }
        func closest(_ claim: EvidenceClaim, onPage document: String) -> Double {
            group.filter { $0.document == document }
                .map { ConditionNormalizer.ratingAffinity(claim.topic, $0.topic) }.max() ?? 0
        }
        return affinity >= closest(a, onPage: b.document) && affinity >= closest(b, onPage: a.document)
    }

    /// The page and words a claim was read from, so claims split from one statement are known.
    private static func statement(_ claim: EvidenceClaim) -> [String] {
        [claim.document, claim.mention.quote, "\(claim.mention.span.line)"]
    }

    /// A page's subject with its subject terms.
    private static func profile(_ claim: EvidenceClaim) -> [String] { [claim.subject] + claim.subjectTerms }

    /// One key per group of pages on one intervention: pages whose subjects agree
    /// (``SubjectDetector/sameSubject(_:_:_:_:)``: "acupressure mat" / "acupressure mats", a
    /// "fish oil" page that keeps saying "omega 3"), joined transitively, share the subject of
    /// the group's first page.
    private static func subjectKeys(_ claims: [EvidenceClaim]) -> [[String]: String] {
        var profiles: [[String]] = []
        for claim in claims where !profiles.contains(profile(claim)) { profiles.append(profile(claim)) }
        var parent = Array(profiles.indices)
        func root(_ index: Int) -> Int {
            var current = index
            while parent[current] != current { current = parent[current] }
            return current
        }
        for (index, profile) in profiles.enumerated() {
            for earlier in 0..<index where root(earlier) != root(index) {
                let other = profiles[earlier]
                if SubjectDetector.sameSubject(profile[0], Array(profile.dropFirst()), other[0], Array(other.dropFirst())) {
                    parent[root(index)] = root(earlier)
                }
            }
        }
        var keys: [[String]: String] = [:]
        for (index, profile) in profiles.enumerated() { keys[profile] = profiles[root(index)][0] }
        return keys
    }

    private func finding(_ a: EvidenceClaim, _ b: EvidenceClaim, gap: Int) -> Finding {
        let va = a.verdict.value?.rawValue ?? ""
        let vb = b.verdict.value?.rawValue ?? ""
        let sides = [(StudyIdentity.key(a), va), (StudyIdentity.key(b), vb)]
        let ids = Fingerprint.ids(kind: .evidenceConflict, rule: "verdict", sides: sides)
        return Finding(
            id: ids.id,
            kind: .evidenceConflict, severity: gap >= 3 ? .major : .minor,
            subject: a.subject, topic: a.topic, claims: [a.id, b.id],
            values: [
                ConflictValue(claim: a.id, value: .string(va), text: a.verdictSource?.quote ?? a.verdict.text,
                              span: a.verdictMention.span),
                ConflictValue(claim: b.id, value: .string(vb), text: b.verdictSource?.quote ?? b.verdict.text,
                              span: b.verdictMention.span),
            ],
            message: "\(a.topic): \(Self.shown(a)) (\(a.document)) vs \(Self.shown(b)) (\(b.document))",
            identity: ids.identity)
    }

    /// The rating as a person reads it ("not established").
    private static func shown(_ claim: EvidenceClaim) -> String {
        claim.verdict.value.map(VerdictField.display) ?? "" 
    }
}
