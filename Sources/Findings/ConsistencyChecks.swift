import Documents
import Extraction
import Foundation
import Matching

/// Internal checks: a page contradicting itself.
///
/// - GRIM-style: a percentage no whole number of the study's n participants can give
///   (50% of 7: 3/7 = 42.9%, 4/7 = 57.1%); the message shows the arithmetic.
/// - One study (same first author and year) given designs of different families on one page
///   (an RCT in the table, observational in the prose).
/// - A registry id or registered-trial design cited for a trial the page reports results for.
public struct ConsistencyChecks: Sendable {
    /// Creates the checks.
    public init() {}

    /// The internal findings of all study claims (each page is checked on its own).
    public func findings(_ studies: [StudyClaim]) -> [Finding] {
        var result: [Finding] = []
        for study in studies {
            result += grim(study)
            if let registry = registryWithResults(study) { result.append(registry) }
        }
        result += designDisagreements(studies)
        return result
    }

    /// Whether `percent`, written with `decimals` decimals, can be k/n for a whole k.
    /// - Returns: `nil` when possible, else the two nearest achievable percentages.
    public static func impossiblePercentage(_ percent: Double, decimals: Int, n: Int) -> (low: (Int, Double), high: (Int, Double))? {
        guard n > 0, percent >= 0, percent <= 100 else { return nil }
        let scale = pow(10, Double(decimals))
        let tolerance = 0.5 / scale + 1e-9
        let lowK = Int((percent * Double(n) / 100).rounded(.down))
        for k in [lowK, lowK + 1] where k >= 0 && k <= n {
            if abs(100 * Double(k) / Double(n) - percent) <= tolerance { return nil }
        }
        let low = max(0, lowK)
        let high = min(n, lowK + 1)
        return ((low, 100 * Double(low) / Double(n)), (high, 100 * Double(high) / Double(n)))
    }

    private func grim(_ study: StudyClaim) -> [Finding] {
        guard let n = study.sampleSize?.value, n > 0 else { return [] }
        return study.numbers.compactMap { number -> Finding? in
            guard number.kind == .percentage, Self.isShareOfParticipants(number, in: study) else { return nil }
            let decimals = number.text.split(separator: ".").dropFirst().first
                .map { $0.prefix { $0.isNumber }.count } ?? 0
            guard let near = Self.impossiblePercentage(number.value, decimals: decimals, n: n) else {
                return nil
            }
            let show = { (value: Double) in String(format: "%.\(max(1, decimals + 1))f", value) }
            let message = "\(number.text) of n=\(n) is impossible: \(near.low.0)/\(n) = \(show(near.low.1))% "
                + "and \(near.high.0)/\(n) = \(show(near.high.1))%; no whole number of \(n) participants "
                + "is \(number.text)"
            let key = StudyIdentity.key(study)
            return Finding(
                id: Fingerprint.finding(kind: .internal, rule: "grim", sides: [(key, "\(number.text)/\(n)")]),
                kind: .internal, severity: .minor, claims: [study.id],
                values: [
                    ConflictValue(claim: study.id, value: .string(number.text), text: number.text,
                                  span: SourceSpan(line: number.line)),
                    ConflictValue(claim: study.id, value: .int(n), text: study.sampleSize?.text ?? "",
                                  span: study.span),
                ],
                // Which percentage is part of what the finding is about; the sample size is its value.
                message: message, identity: Fingerprint.subject(kind: .internal, rule: "grim", identities: [key + "|" + number.text]))
        }
    }

    /// Whether the page uses the percentage as a share of people: it must appear in one of the
    /// claim's quotes with no change word (``ChangeWords``) within two words of it.
    static func isShareOfParticipants(_ number: ReportedNumber, in study: StudyClaim) -> Bool {
        let target = TextFolding.words(number.text)
        guard !target.isEmpty else { return false }
        for mention in study.mentions {
            let words = TextFolding.words(mention.quote)
            guard words.count >= target.count else { continue }
            for start in 0...(words.count - target.count) where Array(words[start..<(start + target.count)]) == target {
                let before = words[max(0, start - 2)..<start]
                let after = words[(start + target.count)..<min(words.count, start + target.count + 2)]
                if !before.contains(where: ChangeWords.words.contains) && !after.contains(where: ChangeWords.words.contains) {
                    return true
                }
            }
        }
        return false
    }

    private func registryWithResults(_ study: StudyClaim) -> Finding? {
        let registered = study.identifiers.nct != nil || study.design?.value == .registeredTrial
        guard registered else { return nil }
        let verdict = study.verdict?.value
        let reportsResults = !study.numbers.isEmpty
            || (verdict != nil && verdict != .notReported)
        guard reportsResults else { return nil }
        let id = study.identifiers.nct ?? "a trial registration"
        let what = study.numbers.first.map { "results (\($0.text))" }
            ?? "an evidence verdict (\(verdict.map(VerdictField.display) ?? ""))"
        let ids = Fingerprint.ids(kind: .internal, rule: "registryWithResults", sides: [(StudyIdentity.key(study), id)])
        return Finding(
            id: ids.id,
            kind: .internal, severity: .minor, claims: [study.id],
            values: [ConflictValue(claim: study.id, value: .string(id), text: study.quote, span: study.span)],
            message: "cites \(id), a registered trial with results pending, yet gives it \(what)",
            identity: ids.identity)
    }

    private func designDisagreements(_ studies: [StudyClaim]) -> [Finding] {
        var groups: [String: [StudyClaim]] = [:]
        var order: [String] = []
        for study in studies {
            guard let author = study.authors.first, let year = study.year,
                study.design?.value.flatMap(DesignFamily.init) != nil
            else { continue }
            let key = study.document + "|" + TextFolding.surnameKey(author) + "|" + String(year)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(study)
        }
        var result: [Finding] = []
        for key in order {
            let group = groups[key] ?? []
            for (index, a) in group.enumerated() {
                for b in group[(index + 1)...] {
                    guard let da = a.design?.value, let db = b.design?.value,
                        DesignFamily(da) != DesignFamily(db)
                    else { continue }
                    let ids = Fingerprint.ids(kind: .internal, rule: "designWithinPage",
                                              sides: [(StudyIdentity.key(a), da.rawValue), (StudyIdentity.key(b), db.rawValue)])
                    result.append(Finding(
                        id: ids.id,
                        kind: .internal, severity: .major, field: .design, claims: [a.id, b.id],
                        values: [
                            ConflictValue(claim: a.id, value: .string(da.rawValue),
                                          text: a.design?.text ?? "", span: a.sources[.design]?.span ?? a.span),
                            ConflictValue(claim: b.id, value: .string(db.rawValue),
                                          text: b.design?.text ?? "", span: b.sources[.design]?.span ?? b.span),
                        ],
                        message: "the page calls one study (\(a.authors.first ?? "") \(a.year ?? 0)) "
                            + "\(DesignField.display(da)) in one place and \(DesignField.display(db)) in another",
                        identity: ids.identity))
                }
            }
        }
        return result
    }
}
