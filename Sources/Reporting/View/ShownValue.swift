import Extraction
import Findings

/// A conflict side's value as human reports show it: design and verdict classes by their
/// display names ("pilot RCT", "not established"); JSON keeps the classes.
enum ShownValue {
    /// The value of `value` in `finding`, as a person reads it.
    static func of(_ value: ConflictValue, in finding: Finding) -> String {
        guard case .string(let raw) = value.value else { return value.value.description }
        if finding.field == .design, let design = DesignClass(rawValue: raw) { return DesignField.display(design) }
        if finding.field == .verdict || finding.kind == .evidenceConflict, let verdict = VerdictClass(rawValue: raw) {
            return VerdictField.display(verdict)
        }
        return raw
    }

    /// A rating as a person reads it; "unknown" when the page's words gave no class.
    static func of(_ verdict: VerdictClass?) -> String {
        verdict.map(VerdictField.display) ?? "unknown"
    }
}
