/// Decides each study's verdict: the page's nearest explicit characterisation of it, else the
/// page's overall stance on the evidence it presents (DESIGN.md "Vocabularies"), else what
/// the study's own sentences say it found (``VerdictClassifier/resultReading(in:)``).
struct StudyVerdictResolver {
    private static let pendingPattern = TextPattern(
        #"\bresults (?:are )?pending\b|\bnot yet (?:been )?published\b|\bhave not yet been (?:published|reported)\b|\brecruiting\b|\bstill running\b|\bunderway\b"#)
    private static let interjection = TextPattern(
        #"^\s*(?:A:\s*)?(?:yes|no|well|so|no wonder|of course|sure)\b\s*[,:;.!—–-]?\s*"#)
    private static let mixedFinding = TextPattern(CharacterisationCues.mixedFinding)
    private static let cues = CharacterisationCues.patterns.map { TextPattern($0) }

    /// The weakest phrase weight taken as a characterisation on its own.
    static let minimumWeight = 2
    /// The weight of an explicit rating ("no benefit", "not established"): what a table's
    /// finding cell must reach to count, since findings mostly report results, not ratings.
    static let explicitWeight = 3

    let classifier: VerdictClassifier

    /// Whether `text` says a study's results are not out yet.
    static func isPending(_ text: String) -> Bool { pendingPattern.isFound(in: text) }

    /// The verdict for `draft`.
    /// - Parameters:
    ///   - draft: The study, with its own sentences first in `verdictContext`.
    ///   - nearby: Text near the study's first mention (e.g. the paragraph after its table).
    ///   - stance: The page's overall stance, when it has one.
    ///   - conditions: The study's normalised conditions.
    ///   - evidence: The page's ratings per topic; one on the study's condition is the page's
    ///     characterisation of the evidence the study belongs to.
    ///   - weighed: Whether the page weighs the study; one it cites only as background
    ///     ("earlier work, including…") takes neither the page's stance nor what it found as
    ///     a verdict, only a rating of its own.
    func verdict(for draft: StudyDraft, nearby: [String], conditions: [String], evidence: [EvidenceClaim],
                 stance: Classified<VerdictClass>?, weighed: Bool = true) -> Classified<VerdictClass>
    {
        if draft.design?.value == .registeredTrial || draft.verdictContext.contains(where: Self.isPending) {
            let text = draft.verdictContext.first(where: Self.isPending) ?? draft.design?.text ?? ""
            return Classified(.notReported, text: text)
        }
        if let own = heaviest(in: Self.ownClauses(of: draft)) { return own }
        if let finding = heaviest(in: draft.findingContext, atLeast: Self.explicitWeight) { return finding }
        if let near = heaviest(in: nearby) { return near }
        if let rated = Self.rating(of: conditions, in: evidence) { return rated }
        guard weighed else { return Classified(.notReported, text: "") }
        if let stance { return stance }
        // Nothing rates the study: what its own sentences say it found.
        for text in draft.verdictContext + draft.findingContext {
            if let result = classifier.resultReading(in: text) { return result }
        }
        return Classified(.notReported, text: "")
    }

    /// The study's verdict context with its mention sentence cut to the contrasted clause
    /// that names it ("Smaller studies were promising, but a 2019 trial found no benefit":
    /// the trial's clause), when another clause names other studies; a clause that goes on
    /// about the study itself ("…, but its authors called it preliminary") is kept.
    static func ownClauses(of draft: StudyDraft) -> [String] {
        guard let first = draft.verdictContext.first, !draft.nounPhrase.isEmpty,
              let named = first.range(of: draft.nounPhrase) else { return draft.verdictContext }
        var cuts = [first.startIndex]
        for match in StudyNouns.contrastClause.matches(in: first) { cuts.append(match.range.upperBound) }
        guard cuts.count > 1 else { return draft.verdictContext }
        cuts.append(first.endIndex)
        let clauses = zip(cuts, cuts.dropFirst()).map { first[$0..<$1] }
        guard let own = clauses.firstIndex(where: { $0.startIndex <= named.lowerBound && named.lowerBound < $0.endIndex }),
              clauses.indices.contains(where: { $0 != own && otherStudies.isFound(in: String(clauses[$0])) })
        else { return draft.verdictContext }
        return [String(clauses[own])] + draft.verdictContext.dropFirst()
    }

    /// Several studies named together ("some smaller studies", "earlier trials"): other work.
    private static let otherStudies = TextPattern(#"\b(?:"# + StudyNouns.plural + #")\b"#)

    /// The heaviest characterisation among `texts` (a cue in the sentence adds weight; ties
    /// go to the earliest), when it is at least ``minimumWeight``.
    func heaviest(in texts: [String], atLeast minimum: Int = minimumWeight) -> Classified<VerdictClass>? {
        var best: (verdict: Classified<VerdictClass>, weight: Int)?
        for raw in texts {
            // A leading "Yes," or "No wonder" answers a question or exclaims; it does not
            // rate the study the sentence goes on to describe.
            let text = Self.interjection.replacing(in: raw, with: "")
            let match = classifier.bestMatch(in: text)
            var reading = match.flatMap { match -> (Classified<VerdictClass>, Int)? in
                match.verdict == .notReported ? nil : (Classified(match.verdict, text: match.text), match.weight)
            }
            let cued = Self.cues.contains { $0.isFound(in: text) }
            // "No link with A, but B fell by a third": the null result is one outcome's.
            if let match, match.verdict == .noEffect, classifier.statesAnEffect(in: text, apartFrom: match.position),
               !Self.mixedFinding.isFound(in: text) {
                reading = nil
            }
            // A result that went both ways reads as mixed, unless the sentence is itself a
            // characterisation ("the takeaway…: helped, but not beyond relaxation").
            if !cued, let mixed = Self.mixedFinding.firstMatch(in: text),
               reading.map({ $0.1 < CharacterisationCues.mixedFindingWeight || $0.0.value == .noEffect }) ?? true {
                reading = (Classified(.mixed, text: mixed.text), CharacterisationCues.mixedFindingWeight)
            }
            guard let (verdict, base) = reading else { continue }
            let weight = base + (cued ? CharacterisationCues.bonus : 0)
            if weight >= minimum, weight > (best?.weight ?? 0) {
                best = (verdict, weight)
            }
        }
        return best?.verdict
    }

    /// The page's rating of the first of `conditions` it rates (topics compared with
    /// ``ConditionNormalizer/sameTopic(_:_:)``).
    static func rating(of conditions: [String], in evidence: [EvidenceClaim]) -> Classified<VerdictClass>? {
        for condition in conditions {
            if let claim = evidence.first(where: { ConditionNormalizer.sameTopic($0.topic, condition) }),
               claim.verdict.value != nil, claim.verdict.value != .notReported {
                return claim.verdict
            }
        }
        return nil
    }

    /// The page's stance: its title and opening paragraphs' characterisation of the evidence,
    /// else the most common verdict among its evidence claims (ties go to the one met first);
    /// `nil` when the page says neither.
    func stance(intro: [String], evidence: [EvidenceClaim]) -> Classified<VerdictClass>? {
        for text in intro {
            // A labelled summary ("Bottom line: …") states the stance outright.
            let cued = Self.cues.contains { $0.isFound(in: text) }
            if let match = classifier.bestMatch(in: text), match.verdict != .notReported,
               match.weight + (cued ? CharacterisationCues.bonus : 0) >= Self.minimumWeight + 1 {
                return Classified(match.verdict, text: match.text)
            }
        }
        var counts: [VerdictClass: Int] = [:]
        var order: [VerdictClass] = []
        var texts: [VerdictClass: String] = [:]
        for claim in evidence {
            guard let value = claim.verdict.value, value != .notReported else { continue }
            if counts[value] == nil { order.append(value); texts[value] = claim.verdict.text }
            counts[value, default: 0] += 1
        }
        guard let most = order.map({ counts[$0, default: 0] }).max() else { return nil }
        guard let top = order.first(where: { counts[$0, default: 0] == most }) else { return nil }
        return Classified(top, text: texts[top] ?? "")
    }
}
