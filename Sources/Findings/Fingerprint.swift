import Extraction
import Matching

/// Stable finding ids: derived from what a finding is about (the claims' identities from
/// ``StudyIdentity``, the field and the values), never from positions, so the same
/// disagreement keeps its id on the next run even when pages gain or lose unrelated text.
public enum Fingerprint {
    /// The id of a finding: `f-` and 12 hex digits.
    /// - Parameters:
    ///   - kind: The finding kind.
    ///   - rule: The field or check that produced it (`sampleSize`, `grim`, …).
    ///   - sides: Each involved claim's identity with the value it states; order-free.
    /// - Returns: The fingerprint.
    public static func finding(kind: Finding.Kind, rule: String, sides: [(identity: String, value: String)]) -> String {
        let parts = sides.map { $0.identity + "=" + $0.value }.sorted()
        return "f-" + StableHash.hex([kind.rawValue, rule] + parts)
    }

    /// A finding's id and its identity (the id without the values) from the same sides.
    public static func ids(kind: Finding.Kind, rule: String,
                           sides: [(identity: String, value: String)]) -> (id: String, identity: String) {
        (finding(kind: kind, rule: rule, sides: sides), subject(kind: kind, rule: rule, identities: sides.map(\.identity)))
    }

    /// The same fingerprint without the values: stays equal when a page edits a value, so a
    /// store can tell "this conflict's values changed" from "a new conflict".
    public static func subject(kind: Finding.Kind, rule: String, identities: [String]) -> String {
        "s-" + StableHash.hex([kind.rawValue, rule] + identities.sorted())
    }
}
