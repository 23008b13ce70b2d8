import Extraction
import Matching

/// The findings stage: `[Claim]` + `[Match]` → `[Finding]`, a pure function.
///
/// Conflicts inside each match (one finding per claim pair and field, carrying the match
/// id, so a report can list them under their match), evidence conflicts between pages on
/// the same subject, and internal inconsistencies within a page.
public struct FindingsBuilder: Sendable {
    /// Creates the stage.
    public init() {}

    /// All findings of a run: conflicts (in match order), then evidence conflicts, then
    /// internal findings. Ids are stable fingerprints (``Fingerprint``); duplicates are dropped.
    public func findings(claims: [Claim], matches: [Match]) -> [Finding] {
        var studies: [String: StudyClaim] = [:]
        for claim in claims {
            if let study = claim.study { studies[claim.id] = study }
        }
        var result: [Finding] = []
        let conflicts = Conflicts()
        for match in matches { result += conflicts.findings(for: match, claims: studies) }
        result += EvidenceConflicts().findings(claims.compactMap(\.evidence))
        result += ConsistencyChecks().findings(claims.compactMap(\.study))
        var seen: Set<String> = []
        return result.filter { seen.insert($0.id).inserted }
    }

    /// The conflict findings of one match (for reports that nest conflicts in matches).
    public func conflicts(in match: Match, claims: [Claim]) -> [Finding] {
        var studies: [String: StudyClaim] = [:]
        for claim in claims {
            if let study = claim.study { studies[claim.id] = study }
        }
        return Conflicts().findings(for: match, claims: studies)
    }
}
