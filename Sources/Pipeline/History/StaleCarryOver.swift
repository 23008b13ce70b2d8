import Model

/// Keeps a failed page's previous claims (and the findings on them) in a new run, marked stale.
///
/// A page that could not be fetched this time has not stopped saying what it said: dropping its
/// claims would report them removed and their conflicts resolved. Instead the page's last good
/// claims and findings are copied into the run with `stale` set, and `changes.json` lists the
/// page as failed.
public enum StaleCarryOver {
    /// The current snapshot with each failed page's previous claims and findings carried over.
    /// - Parameters:
    ///   - current: The new run, whose failed pages are rows with `failed` set.
    ///   - previous: The last saved run, if any.
    /// - Returns: The snapshot to save and compare.
    public static func apply(to current: RunSnapshot, previous: RunSnapshot?) -> RunSnapshot {
        guard let previous else { return current }
        var result = current
        let liveIDs = Set(current.documents.filter { !$0.failed }.map(\.documentID))
        var carriedDocuments: Set<String> = []
        result.documents = current.documents.map { document in
            guard document.failed,
                  let before = previous.documents.first(where: { InputCollector.sameSource($0.source, document.source) && $0.contentHash != nil }),
                  !liveIDs.contains(before.documentID)
            else { return document }
            carriedDocuments.insert(before.documentID)
            var stale = document
            stale.documentID = before.documentID
            stale.format = before.format
            stale.title = before.title
            stale.contentHash = before.contentHash
            stale.stale = true
            return stale
        }
        let currentClaimIDs = Set(current.claims.map(\.id))
        let carriedClaims = previous.claims.filter {
            carriedDocuments.contains($0.document) && !currentClaimIDs.contains($0.id)
        }.map { claim -> StoredClaim in
            var stale = claim
            stale.stale = true
            return stale
        }
        let staleClaimIDs = Set(carriedClaims.map(\.id))
        let currentFingerprints = Set(current.findings.map(\.fingerprint))
        let carriedFindings = previous.findings.filter { finding in
            !currentFingerprints.contains(finding.fingerprint)
                && finding.payload.claims.contains(where: staleClaimIDs.contains)
        }.map { finding -> StoredFinding in
            var stale = finding
            stale.stale = true
            return stale
        }
        result.claims += carriedClaims
        result.findings += carriedFindings
        result.run.claimCount = result.claims.count
        result.run.findingCount = result.findings.count
        return result
    }
}

