import Extraction

/// What a claim is about, as a string that survives re-runs: the basis of stable match and
/// finding ids (never ordinals or row numbers).
///
/// A study claim is identified by its page, normalised first author, year, design family
/// and label words; an evidence claim by its page, subject and topic. Editing an unrelated
/// paragraph of the page changes none of these.
public enum StudyIdentity {
    /// The identity of a study claim.
    public static func key(_ claim: StudyClaim) -> String {
        let author = claim.authors.first.map(TextFolding.surnameKey) ?? ""
        let family = claim.design?.value.flatMap { DesignFamily($0)?.rawValue } ?? ""
        let label = TextFolding.words(claim.label).joined(separator: " ")
        return [claim.document, author, claim.year.map(String.init) ?? "", family, label]
            .joined(separator: "|")
    }

    /// The identity of an evidence claim.
    public static func key(_ claim: EvidenceClaim) -> String {
        [claim.document, TextFolding.phraseWords(claim.subject).joined(separator: " "),
         TextFolding.phraseWords(claim.topic).joined(separator: " ")].joined(separator: "|")
    }

    /// The identity of a claim of either kind.
    public static func key(_ claim: Claim) -> String {
        switch claim {
        case .study(let study): return key(study)
        case .evidence(let evidence): return key(evidence)
        }
    }

    /// A stable match id from its claims' identities: `m-` and 12 hex digits.
    public static func matchID(_ claims: [StudyClaim]) -> String {
        "m-" + StableHash.hex(["match"] + claims.map(key).sorted())
    }
}
