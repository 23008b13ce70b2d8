import Documents
import Extraction
import Matching

/// A study field on which matched claims can disagree (DESIGN.md "JSON contract").
public enum ConflictField: String, Codable, Sendable, Hashable, CaseIterable {
    case sampleSize, year, design, authors, duration, dose, verdict, venue, country, identifiers
}

/// One side of a disagreement: which claim said what, and where.
public struct ConflictValue: Hashable, Sendable {
    /// The claim id.
    public let claim: String
    /// The value as JSON-friendly scalar (number or string).
    public let value: ScalarValue
    /// The page's words behind the value.
    public let text: String
    /// Where the claim says it.
    public let span: SourceSpan

    /// Creates a side.
    public init(claim: String, value: ScalarValue, text: String, span: SourceSpan) {
        self.claim = claim
        self.value = value
        self.text = text
        self.span = span
    }
}

/// A number or a string, for conflict values in reports.
public enum ScalarValue: Hashable, Sendable, CustomStringConvertible {
    case int(Int)
    /// A measured quantity that may have a fraction (a daily dose in mg).
    case number(Double)
    case string(String)

    /// The value as a person reads it.
    public var description: String {
        switch self {
        case .int(let n): return String(n)
        case .number(let x): return DoseField.milligrams(x)
        case .string(let s): return s
        }
    }
}

/// Something a fact-checker should look at.
public struct Finding: Hashable, Sendable {
    /// What produced the finding (DESIGN.md: conflict, evidence_conflict, internal).
    public enum Kind: String, Codable, Sendable, Hashable, CaseIterable {
        case conflict
        case evidenceConflict = "evidence_conflict"
        case `internal`
    }

    /// A stable fingerprint: the same disagreement gets the same id on every run.
    public let id: String
    /// What the finding is about without its values (``Fingerprint/subject(kind:rule:identities:)``):
    /// the same studies and field keep it when a page edits a value, so a reviewer's decision
    /// on the old values can be shown reopened. Defaults to ``id``.
    public let identity: String
    /// What kind of finding.
    public let kind: Kind
    /// How much it matters.
    public let severity: Severity
    /// For `conflict`: the disagreeing field.
    public let field: ConflictField?
    /// For `evidence_conflict`: the intervention both pages are about.
    public let subject: String?
    /// For `evidence_conflict`: the topic both pages rate.
    public let topic: String?
    /// For `conflict`: the id of the match the claims belong to.
    public let match: String?
    /// The claims involved.
    public let claims: [String]
    /// Each side's value with quote and location.
    public let values: [ConflictValue]
    /// One line a person reads ("sample size 82 vs 42").
    public let message: String

    /// Creates a finding.
    public init(id: String, kind: Kind, severity: Severity, field: ConflictField? = nil, subject: String? = nil,
                topic: String? = nil, match: String? = nil, claims: [String], values: [ConflictValue],
                message: String, identity: String? = nil) {
        self.id = id
        self.identity = identity ?? id
        self.kind = kind
        self.severity = severity
        self.field = field
        self.subject = subject
        self.topic = topic
        self.match = match
        self.claims = claims
        self.values = values
        self.message = message
    }
}
