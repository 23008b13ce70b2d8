import Foundation
import TestSupport
import Testing

@Suite struct VerifyCommandTests {
    /// The scenario: run on copies of the seeds, dismiss a finding, change "n = 42" to
    /// "n = 82" and remove one study paragraph, then verify.
    @Test func seedEditReportsExactlyWhatChanged() async throws {
        let fixture = try HistoryFixture()
        defer { fixture.scratch.remove() }
        let first = try await fixture.reconcile(["run", "pages"])
        #expect(first.status == 0, "stderr: \(first.stderr)")
        let before = try fixture.json(fixture.out + "/report.json")
        let findings = before.objects("findings")
        let claims = before.objects("claims")

        // The claim that says n = 42 and the sample-size conflict on it.
        let edited = try #require(claims.first { ($0.object("sampleSize")["n"] as? Int) == 42 })
        let editedID = try #require(edited.string("id"))
        let sampleConflict = try #require(findings.first {
            $0.string("field") == "sampleSize" && $0.strings("claims").contains(editedID)
        }, "the seeds' 82 vs 42 sample-size conflict")

        // A study paragraph that is the only place of its claim, on the same page, with no finding on it.
        let involved = Set(findings.flatMap { $0.strings("claims") })
        let lines = { (claim: [String: Any]) -> Set<Int> in
            Set([claim.object("location")["line"] as? Int].compactMap { $0 }
                + claim.objects("mentions").compactMap { $0.object("location")["line"] as? Int })
        }
        let removed = try #require(claims.first { claim in
            guard claim.string("kind") == "study", claim.string("document") == edited.string("document"),
                  let id = claim.string("id"), id != editedID, !involved.contains(id), lines(claim).count == 1
            else { return false }
            let line = lines(claim).first ?? 0
            return claims.filter { $0.string("id") != id && lines($0).contains(line) }.isEmpty
        }, "a study paragraph to remove")
        let removedLine = try #require(lines(removed).first)

        // Dismiss a finding the edit does not touch.
        let dismissed = try #require(findings.first { !$0.strings("claims").contains(editedID) }?.string("id"))
        #expect(try await fixture.reconcile(["review", "dismiss", dismissed, "--note", "known", "--reviewer", "maya"]).status == 0)

        var page = try String(contentsOfFile: fixture.spikerest, encoding: .utf8)
        #expect(page.components(separatedBy: "n = 42").count == 2, "one \"n = 42\" on the page")
        page = page.replacingOccurrences(of: "n = 42", with: "n = 82")
        var pageLines = page.components(separatedBy: "\n")
        pageLines.remove(at: removedLine - 1)
        try pageLines.joined(separator: "\n").write(toFile: fixture.spikerest, atomically: true, encoding: .utf8)

        let verify = try await fixture.reconcile(["verify", "--fail-on", "major"])
        #expect(verify.status == 0, "nothing new needs attention; stderr: \(verify.stderr)")
        let changes = try fixture.json(fixture.out + "/changes.json")
        let changedFindings = changes.object("findings")
        #expect(changedFindings.objects("resolved").compactMap { $0.string("id") } == [sampleConflict.string("id")])
        #expect(changedFindings.objects("new").isEmpty)
        #expect(changedFindings.objects("changed").isEmpty)
        #expect(changedFindings["unchanged"] as? Int == findings.count - 1)
        let changedClaims = changes.object("claims")
        #expect(changedClaims.objects("removed").compactMap { $0.string("id") } == [removed.string("id")])
        #expect(changedClaims.objects("added").isEmpty)
        #expect(changedClaims.objects("edited").compactMap { $0.object("after").string("id") } == [editedID])
        #expect(changes.object("pages").strings("changed") == [edited.string("document") ?? ""])
        #expect(changes.object("pages").objects("failed").isEmpty)
        #expect(changes.string("previousRun") != nil)

        // Untouched findings keep their ids; the dismissed one stays dismissed.
        let after = try fixture.json(fixture.out + "/report.json").objects("findings")
        let expectedIDs = Set(findings.compactMap { $0.string("id") }).subtracting([sampleConflict.string("id") ?? ""])
        #expect(Set(after.compactMap { $0.string("id") }) == expectedIDs)
        let review = after.first { $0.string("id") == dismissed }?.object("review")
        #expect(review?.string("status") == "dismissed")
        #expect(review?.string("reviewer") == "maya")
        let listed = try await fixture.reconcile(["review", "list", "--status", "dismissed", "--format", "json"])
        #expect(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) is [String: Any])
        #expect(listed.stdout.contains(dismissed))

        let markdown = try String(contentsOfFile: fixture.out + "/changes.md", encoding: .utf8)
        #expect(markdown.contains("### Resolved"))
        #expect(markdown.contains("removed: "))
    }

    @Test func unchangedSourcesReportNothingNew() async throws {
        let fixture = try HistoryFixture()
        defer { fixture.scratch.remove() }
        #expect(try await fixture.reconcile(["run", "pages"]).status == 0)
        let verify = try await fixture.reconcile(["verify", "--fail-on", "info"])
        #expect(verify.status == 0, "stderr: \(verify.stderr)")
        #expect(verify.stdout.contains("findings: 0 new, 0 resolved, 0 changed"))
        let changes = try fixture.json(fixture.out + "/changes.json")
        #expect(changes.object("pages").strings("changed").isEmpty)
        #expect(changes.object("pages").strings("unchanged").count == 2)
        for file in ["report.md", "report.html", "report.json", "findings.csv", "changes.md", "changes.json"] {
            #expect(FileManager.default.fileExists(atPath: fixture.out + "/" + file), "\(file) missing")
        }
    }

    @Test func newFindingFailsTheCronJob() async throws {
        let fixture = try HistoryFixture()
        defer { fixture.scratch.remove() }
        // First run on one page only: no cross-page finding yet.
        #expect(try await fixture.reconcile(["run", "pages/spikerest-acupressure-benefits.txt"]).status == 0)
        let verify = try await fixture.reconcile(["verify", "pages", "--fail-on", "major"])
        #expect(verify.status == 3, "stdout: \(verify.stdout) stderr: \(verify.stderr)")
        let changes = try fixture.json(fixture.out + "/changes.json")
        #expect(!changes.object("findings").objects("new").isEmpty)
        #expect(changes.object("findings").objects("new").allSatisfy { $0.object("review").string("status") == "open" })
    }

    @Test func sourcesFileListsPathsWithComments() async throws {
        let fixture = try HistoryFixture()
        defer { fixture.scratch.remove() }
        try fixture.scratch.write("sources.txt", "# pages to re-check\npages/acupressure-science-review.txt\n\n"
                                  + "  pages/spikerest-acupressure-benefits.txt  \n")
        let verify = try await fixture.reconcile(["verify", "--sources", "sources.txt"])
        #expect(verify.status == 0, "stderr: \(verify.stderr)")
        #expect(verify.stdout.contains("verified 2 sources against no previous run"))
    }

    /// Cron (issue 14.2): a source deleted since the last run exits 66, as `run` does, and names
    /// the page; the reports are still written; a trailing `# comment` is not part of a path.
    @Test func missingSourceExits66LikeRun() async throws {
        let fixture = try HistoryFixture()
        defer { fixture.scratch.remove() }
        try fixture.scratch.write("sources.txt", "pages/acupressure-science-review.txt   # the review\n"
                                  + "pages/spikerest-acupressure-benefits.txt\t# the vendor\n")
        let first = try await fixture.reconcile(["verify", "--sources", "sources.txt"])
        #expect(first.status == 0, "a trailing comment is not part of the path; stderr: \(first.stderr)")
        #expect(first.stdout.contains("verified 2 sources"))
        try FileManager.default.removeItem(atPath: fixture.spikerest)
        let verify = try await fixture.reconcile(["verify"])
        #expect(verify.status == 66, "stdout: \(verify.stdout) stderr: \(verify.stderr)")
        #expect(verify.stderr.contains("spikerest-acupressure-benefits.txt"))
        #expect(FileManager.default.fileExists(atPath: fixture.out + "/changes.md"), "reports still written")
    }

    @Test func withoutHistoryOrSourcesExits66() async throws {
        let fixture = try HistoryFixture()
        defer { fixture.scratch.remove() }
        let verify = try await fixture.reconcile(["verify"])
        #expect(verify.status == 66)
        #expect(verify.stderr.contains("no previous run"))
        #expect(try await fixture.reconcile(["verify", "--sources", "missing.txt"]).status == 66)
    }
}
