/// Everything one run produced, as saved to and loaded from the store.
public struct RunSnapshot: Hashable, Sendable {
    /// The run itself.
    public var run: StoredRun
    /// Its pages, failed ones included.
    public var documents: [StoredDocument]
    /// Its claims, stale ones included.
    public var claims: [StoredClaim]
    /// Its matches.
    public var matches: [StoredMatch]
    /// Its findings, stale ones included.
    public var findings: [StoredFinding]

    /// Creates a snapshot.
    public init(run: StoredRun, documents: [StoredDocument], claims: [StoredClaim], matches: [StoredMatch],
                findings: [StoredFinding]) {
        self.run = run
        self.documents = documents
        self.claims = claims
        self.matches = matches
        self.findings = findings
    }
}
