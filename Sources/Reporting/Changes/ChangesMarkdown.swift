import Findings
import Foundation
import Model

/// `changes.md`: what changed since the previous run, for people.
public struct ChangesMarkdown: Sendable {
    /// The comparison to write.
    public let changes: ChangeSet
    /// This run's review states by finding id.
    public let reviews: [String: FindingReview]

    /// Wraps a comparison for writing.
    public init(_ changes: ChangeSet, reviews: [String: FindingReview]) {
        self.changes = changes
        self.reviews = reviews
    }

    /// The Markdown text.
    public func render() -> String {
        var lines = ["# What changed", ""]
        if let previous = changes.previousRun {
            lines.append("Run \(ISO8601.string(changes.run)), compared with the run of \(ISO8601.string(previous)).")
        } else {
            lines.append("Run \(ISO8601.string(changes.run)): no previous run, so everything is new.")
        }
        lines.append("")
        if changes.isEmpty {
            lines += ["Nothing changed: \(changes.unchangedFindings) findings and every page as before.", ""]
        }
        lines += findingSection() + claimSection() + pageSection()
        return lines.joined(separator: "\n") + "\n"
    }

    private func findingSection() -> [String] {
        var lines = ["## Findings", ""]
        lines.append("- new: \(changes.newFindings.count), resolved: \(changes.resolvedFindings.count), "
                     + "changed: \(changes.changedFindings.count), unchanged: \(changes.unchangedFindings), "
                     + "source removed: \(changes.sourceRemovedFindings.count)")
        lines.append("")
        if !changes.newFindings.isEmpty {
            lines += ["### New", ""] + changes.newFindings.map { "- " + describe($0, review: true) } + [""]
        }
        if !changes.resolvedFindings.isEmpty {
            lines += ["### Resolved", ""] + changes.resolvedFindings.map { "- " + describe($0, review: false) } + [""]
        }
        if !changes.sourceRemovedFindings.isEmpty {
            lines += ["### Source removed", "", "No longer checked: a page they are about is no longer among the sources."]
            lines += [""] + changes.sourceRemovedFindings.map { "- " + describe($0, review: false) + " (source removed)" } + [""]
        }
        if !changes.changedFindings.isEmpty {
            lines += ["### Changed", ""]
            for edit in changes.changedFindings {
                lines.append("- " + describe(edit.after, review: true))
                lines.append("  - was: \(escape(edit.before.message)) (`\(edit.before.fingerprint)`, \(edit.before.severity.rawValue))")
            }
            lines.append("")
        }
        return lines
    }

    private func claimSection() -> [String] {
        let pages = Set(changes.addedClaims.map(\.document) + changes.removedClaims.map(\.document)
                        + changes.editedClaims.map(\.after.document)).sorted()
        guard !pages.isEmpty else { return ["## Claims", "", "No claim was added, removed or edited.", ""] }
        var lines = ["## Claims", ""]
        for page in pages {
            lines += ["### \(escape(page))", ""]
            for claim in changes.addedClaims where claim.document == page {
                lines.append("- added: \(label(claim)) (`\(claim.id)`)")
            }
            for claim in changes.removedClaims where claim.document == page {
                lines.append("- removed: \(label(claim)) (`\(claim.id)`)")
            }
            for edit in changes.editedClaims where edit.after.document == page {
                lines.append("- edited: \(label(edit.after)) (`\(edit.after.id)`)")
                for (key, before, after) in differences(edit.before.payload, edit.after.payload) {
                    lines.append("  - \(key): \(before) → \(after)")
                }
            }
            lines.append("")
        }
        return lines
    }

    private func pageSection() -> [String] {
        var lines = ["## Pages", ""]
        lines.append("- changed: " + list(changes.changedPages))
        lines.append("- unchanged: " + list(changes.unchangedPages))
        if !changes.removedPages.isEmpty { lines.append("- removed (no longer among the sources): " + list(changes.removedPages)) }
        for failed in changes.failedPages {
            let kept = failed.stale ? " (its previous claims are kept, marked stale)" : ""
            lines.append("- failed: \(escape(failed.error))\(kept)")
        }
        lines.append("")
        return lines
    }

    private func describe(_ finding: StoredFinding, review: Bool) -> String {
        let state = review ? reviews[finding.fingerprint].map { " [\(escape($0.reopenedText ?? $0.status.rawValue))]" } ?? "" : ""
        let stale = finding.stale ? " (stale)" : ""
        return "**\(finding.severity.rawValue)** \(escape(finding.message)) (`\(finding.fingerprint)`)\(state)\(stale)"
    }

    private func label(_ claim: StoredClaim) -> String {
        for text in [claim.payload.label, claim.payload.topic] {
            if let text, !text.isEmpty { return escape(text) }
        }
        return claim.id
    }

    /// Top-level members whose content differs, as compact JSON.
    private func differences(_ before: ClaimJSON, _ after: ClaimJSON) -> [(String, String, String)] {
        guard case .object(let old) = ChangeSet.content(before), case .object(let new) = ChangeSet.content(after) else {
            return []
        }
        return Set(old.keys).union(new.keys).sorted().compactMap { key in
            let was = old[key] ?? .null
            let now = new[key] ?? .null
            guard was != now, key != "quote", key != "mentions" else { return nil }
            return (key, "`\(was.jsonText)`", "`\(now.jsonText)`")
        }
    }

    private func list(_ items: [String]) -> String {
        items.isEmpty ? "none" : items.map(escape).joined(separator: ", ")
    }

    private func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_[]<>|".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
