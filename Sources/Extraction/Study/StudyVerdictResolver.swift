/// Decides each study's verdict: the page's nearest explicit characterisation of it, else the
/// page's overall stance on the evidence it presents (DESIGN.md "Vocabularies").
struct StudyVerdictResolver {
    private static let pendingPattern = TextPattern(
        #"\bresults (?:are )?pending\b|\bnot yet (?:been )?published\b|\bhave not yet been (?:published|reported)\b|\brecruiting\b|\bstill running\b|\bunderway\b"#)

    let classifier: VerdictClassifier

    /// Whether `text` says a study's results are not out yet.
    static func isPending(_ text: String) -> Bool { pendingPattern.isFound(in: text) }

    /// The verdict for `draft`.
    /// - Parameters:
    ///   - draft: The study, with its own sentences first in `verdictContext`.
    ///   - nearby: Text near the study's first mention (e.g. the paragraph after its table).
    ///   - stance: The page's overall stance, when it has one.
    func verdict(for draft: StudyDraft, nearby: [String], stance: Classified<VerdictClass>?)
        -> Classified<VerdictClass>
    {
        if draft.design?.value == .registeredTrial || draft.verdictContext.contains(where: Self.isPending) {
            let text = draft.verdictContext.first(where: Self.isPending) ?? draft.design?.text ?? ""
            return Classified(.notReported, text: text)
        }
        for text in draft.verdictContext + nearby {
            if let found = classifier.classify(text), found.value != nil, found.value != .notReported {
                return found
            }
        }
        if let stance { return stance }
        return Classified(.notReported, text: "")
    }

    /// The page's stance: the most common verdict among its evidence claims (ties go to the
    /// one met first); `nil` when the page rates no topic.
    static func stance(of evidence: [EvidenceClaim]) -> Classified<VerdictClass>? {
        var counts: [VerdictClass: Int] = [:]
        var order: [VerdictClass] = []
        var texts: [VerdictClass: String] = [:]
        for claim in evidence {
            guard let value = claim.verdict.value, value != .notReported else { continue }
            if counts[value] == nil { order.append(value); texts[value] = claim.verdict.text }
            counts[value, default: 0] += 1
        }
        guard let best = order.max(by: { counts[$0, default: 0] < counts[$1, default: 0] }) else { return nil }
        let top = order.first { counts[$0, default: 0] == counts[best, default: 0] } ?? best
        return Classified(top, text: texts[top] ?? "")
    }
}
