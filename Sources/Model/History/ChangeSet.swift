import Foundation

/// What changed between two runs: findings, claims and pages (DESIGN.md `changes.json`).
///
/// A pure comparison of two ``RunSnapshot``s. Findings are compared by fingerprint; a finding
/// that disappeared while another appeared about the same claims and field is one *changed*
/// finding (its values moved), not a resolved and a new one. Claims are compared by their
/// stable ids and their content without locations, so text removed above a claim moves it
/// without editing it.
public struct ChangeSet: Hashable, Sendable {
    /// One object before and after.
    public struct Edit<Value: Hashable & Sendable>: Hashable, Sendable {
        /// The previous run's version.
        public let before: Value
        /// This run's version.
        public let after: Value
    }

    /// A page that could not be read this run.
    public struct FailedPage: Hashable, Sendable {
        /// The path or URL.
        public let source: String
        /// What went wrong, naming the source.
        public let error: String
        /// Whether its previous claims were kept (marked stale).
        public let stale: Bool
    }

    /// When the previous run happened; `nil` for a first run.
    public let previousRun: Date?
    /// When this run happened.
    public let run: Date
    /// Findings with fingerprints the previous run did not have.
    public let newFindings: [StoredFinding]
    /// Previous findings that are gone while their pages are still read: the pages changed.
    public let resolvedFindings: [StoredFinding]
    /// Previous findings that are gone because a page they are about is no longer among the
    /// sources (deleted from a folder, or not given): not resolved, only no longer checked.
    public let sourceRemovedFindings: [StoredFinding]
    /// Findings about the same claims and field whose values or wording changed.
    public let changedFindings: [Edit<StoredFinding>]
    /// How many findings stayed as they were.
    public let unchangedFindings: Int
    /// Claims with ids the previous run did not have.
    public let addedClaims: [StoredClaim]
    /// Previous claims that are gone.
    public let removedClaims: [StoredClaim]
    /// Claims whose content (not location) changed.
    public let editedClaims: [Edit<StoredClaim>]
    /// Pages read both times whose visible content changed, plus new pages.
    public let changedPages: [String]
    /// Pages read both times with the same visible content.
    public let unchangedPages: [String]
    /// Pages of the previous run that are no longer among the sources.
    public let removedPages: [String]
    /// Pages that failed this run.
    public let failedPages: [FailedPage]

    /// Keys that only say where something is; ignored when comparing content.
    public static let locationKeys: Set<String> = ["location", "line", "start", "end"]

    /// Compares a run with the previous one.
    /// - Parameters:
    ///   - previous: The last saved run, or `nil` for a first run (everything is new).
    ///   - current: This run, after ``StaleCarryOver``.
    public init(previous: RunSnapshot?, current: RunSnapshot) {
        previousRun = previous?.run.startedAt
        run = current.run.startedAt

        let before = previous?.findings ?? []
        let beforeByPrint = Dictionary(before.map { ($0.fingerprint, $0) }, uniquingKeysWith: { first, _ in first })
        let afterPrints = Set(current.findings.map(\.fingerprint))
        var appeared = current.findings.filter { beforeByPrint[$0.fingerprint] == nil }
        var gone = before.filter { !afterPrints.contains($0.fingerprint) }
        var changed: [Edit<StoredFinding>] = []
        var unchanged = 0
        for finding in current.findings {
            guard let old = beforeByPrint[finding.fingerprint] else { continue }
            if Self.content(old.payload) == Self.content(finding.payload) && old.severity == finding.severity {
                unchanged += 1
            } else {
                changed.append(Edit(before: old, after: finding))
            }
        }
        for finding in appeared {
            let subject = Self.subject(of: finding)
            guard let index = gone.firstIndex(where: { Self.subject(of: $0) == subject }) else { continue }
            changed.append(Edit(before: gone[index], after: finding))
            gone.remove(at: index)
        }
        let pairedAfter = Set(changed.map(\.after.fingerprint))
        appeared.removeAll { pairedAfter.contains($0.fingerprint) && beforeByPrint[$0.fingerprint] == nil }
        newFindings = appeared
        let currentPageIDs = Set(current.documents.map(\.documentID))
        let removedPageIDs = Set((previous?.documents ?? []).map(\.documentID)).subtracting(currentPageIDs)
        let pageOfClaim = Dictionary((previous?.claims ?? []).map { ($0.id, $0.document) },
                                     uniquingKeysWith: { first, _ in first })
        func aboutRemovedPage(_ finding: StoredFinding) -> Bool {
            finding.payload.claims.contains { pageOfClaim[$0].map(removedPageIDs.contains) ?? false }
        }
        resolvedFindings = gone.filter { !aboutRemovedPage($0) }
        sourceRemovedFindings = gone.filter(aboutRemovedPage)
        changedFindings = changed
        unchangedFindings = unchanged

        let oldClaims = Dictionary((previous?.claims ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newIDs = Set(current.claims.map(\.id))
        addedClaims = current.claims.filter { oldClaims[$0.id] == nil }
        removedClaims = (previous?.claims ?? []).filter { !newIDs.contains($0.id) }
        editedClaims = current.claims.compactMap { claim in
            guard let old = oldClaims[claim.id], Self.content(old.payload) != Self.content(claim.payload) else {
                return nil
            }
            return Edit(before: old, after: claim)
        }

        let oldPages = Dictionary((previous?.documents ?? []).map { ($0.documentID, $0) },
                                  uniquingKeysWith: { first, _ in first })
        var changedPages: [String] = []
        var unchangedPages: [String] = []
        var failedPages: [FailedPage] = []
        for page in current.documents {
            if page.failed {
                failedPages.append(FailedPage(source: page.source, error: page.error ?? "\(page.source): not read",
                                              stale: page.stale))
            } else if let old = oldPages[page.documentID], old.contentHash == page.contentHash {
                unchangedPages.append(page.documentID)
            } else {
                changedPages.append(page.documentID)
            }
        }
        let currentPages = Set(current.documents.map(\.documentID))
        self.changedPages = changedPages
        self.unchangedPages = unchangedPages
        self.failedPages = failedPages
        removedPages = (previous?.documents ?? []).map(\.documentID).filter { !currentPages.contains($0) }
    }

    /// Whether anything at all changed.
    public var isEmpty: Bool {
        newFindings.isEmpty && resolvedFindings.isEmpty && sourceRemovedFindings.isEmpty && changedFindings.isEmpty
            && addedClaims.isEmpty
            && removedClaims.isEmpty && editedClaims.isEmpty && changedPages.isEmpty && removedPages.isEmpty
            && failedPages.isEmpty
    }

    /// Findings a reviewer has not seen in this form: new ones and the new side of changed ones.
    public var findingsToLookAt: [StoredFinding] {
        newFindings + changedFindings.map(\.after)
    }

    /// A record's members without locations or review, for comparing content.
    /// - Parameter record: A claim, match or finding record.
    /// - Returns: Its JSON members, every `location` (and `line`, `start`, `end`) left out.
    public static func content(_ record: some Encodable) -> JSONValue {
        ((try? JSONValue(encoding: record)) ?? .null).removingKeys(locationKeys.union(["review"]))
    }

    /// What a finding is about, without its values: kind, field, subject, topic and its claims.
    static func subject(of finding: StoredFinding) -> [String] {
        [finding.kind.rawValue, finding.field?.rawValue ?? "", finding.payload.subject ?? "",
         finding.payload.topic ?? ""] + finding.payload.claims.sorted()
    }
}
