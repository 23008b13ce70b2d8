import Extraction
import Findings

/// One finding of a run, keyed by its stable fingerprint, with its typed report record.
public struct StoredFinding: Hashable, Sendable {
    /// The stable fingerprint (the finding's id in reports).
    public var fingerprint: String
    /// conflict, evidence_conflict or internal.
    public var kind: Finding.Kind
    /// How much it matters.
    public var severity: Severity
    /// The disagreeing field of a `conflict`.
    public var field: ConflictField?
    /// The one-line message.
    public var message: String
    /// The disagreeing values as a person reads them, in claim order; reviews compare these.
    public var values: [String]
    /// Carried over from an earlier run because a page it involves failed to load.
    public var stale: Bool
    /// What the finding is about without its values (``Finding/identity``); the fingerprint
    /// for findings saved before identities were kept.
    public var identity: String
    /// The finding record, as `report.json` shows it (without its review).
    public var payload: FindingJSON

    /// Creates a stored finding.
    public init(fingerprint: String, kind: Finding.Kind, severity: Severity, field: ConflictField?,
                message: String, values: [String], stale: Bool = false, identity: String? = nil,
                payload: FindingJSON) {
        self.fingerprint = fingerprint
        self.kind = kind
        self.severity = severity
        self.field = field
        self.message = message
        self.values = values
        self.stale = stale
        self.identity = identity ?? fingerprint
        self.payload = payload
    }
}
