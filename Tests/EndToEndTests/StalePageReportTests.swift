import Foundation
import TestSupport
import Testing

/// `verify` with a page that fails this time: its previous claims are matched into the new
/// run and every report marks them stale (issue 13 item 3).
@Suite struct StalePageReportTests {
    @Test func failedPageKeepsItsClaimsInEveryReportMarkedStale() async throws {
        let fixture = try HistoryFixture()
        defer { fixture.scratch.remove() }
        #expect(try await fixture.reconcile(["run", "pages"]).status == 0)
        let before = try fixture.json(fixture.out + "/report.json")
        let page = try #require(before.objects("documents").first { $0.string("source")?.hasSuffix("spikerest-acupressure-benefits.txt") == true })
        let pageID = try #require(page.string("id"))
        let pageClaims = Set(before.objects("claims").filter { $0.string("document") == pageID }.compactMap { $0.string("id") })
        let onPage = before.objects("findings").filter { !Set($0.strings("claims")).isDisjoint(with: pageClaims) }
        #expect(!pageClaims.isEmpty && !onPage.isEmpty, "the seeds have findings across the two pages")

        // The page can no longer be read: binary bytes where the text was.
        try fixture.scratch.write("pages/spikerest-acupressure-benefits.txt", [UInt8](repeating: 0, count: 64) + Array("x".utf8))
        let verify = try await fixture.reconcile(["verify"])
        #expect(verify.status == 0, "the other page still made the run; stderr: \(verify.stderr)")
        #expect(verify.stderr.contains("spikerest-acupressure-benefits.txt"))

        let report = try fixture.json(fixture.out + "/report.json")
        let stalePage = report.objects("documents").first { $0.string("id") == pageID }
        #expect(stalePage?["stale"] as? Bool == true, "the failed page is listed, stale")
        #expect(report.objects("documents").filter { $0["stale"] as? Bool == true }.count == 1)
        let claims = report.objects("claims").filter { $0.string("document") == pageID }
        #expect(Set(claims.compactMap { $0.string("id") }) == pageClaims, "every previous claim of the page is kept")
        #expect(claims.allSatisfy { $0["stale"] as? Bool == true })
        #expect(report.objects("claims").filter { $0.string("document") != pageID }.allSatisfy { $0["stale"] == nil })
        // Matched in again, not only copied: the same findings, now marked stale.
        let findings = report.objects("findings")
        for old in onPage {
            let now = findings.first { $0.string("id") == old.string("id") }
            #expect(now?["stale"] as? Bool == true, "finding \(old.string("id") ?? "") is kept, stale")
        }
        let matched = Set(report.objects("matches").flatMap { $0.strings("claims") })
        #expect(!matched.isDisjoint(with: pageClaims), "the stale claims are matched with the page read now")
        let failed = report.object("run").objects("failures").compactMap { $0.string("source") }
        #expect(failed.count == 1 && failed.first?.hasSuffix("/pages/spikerest-acupressure-benefits.txt") == true,
                "failures: \(failed)")

        let markdown = try String(contentsOfFile: fixture.out + "/report.md", encoding: .utf8)
        #expect(markdown.contains("| \(pageID) (stale) |"), "the pages table marks the page")
        #expect(markdown.contains("(its previous claims are shown, marked stale)"))
        let html = try String(contentsOfFile: fixture.out + "/report.html", encoding: .utf8)
        #expect(html.contains("\(pageID) (stale)"))
        let csv = try String(contentsOfFile: fixture.out + "/findings.csv", encoding: .utf8)
        let rows = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.first?.hasSuffix(",review,stale") == true)
        #expect(rows.dropFirst().contains { $0.hasSuffix(",stale") })

        // changes.json: nothing resolved by the failure; the page is failed and kept.
        let changes = try fixture.json(fixture.out + "/changes.json")
        #expect(changes.object("findings").objects("resolved").isEmpty)
        #expect(changes.object("claims").objects("removed").isEmpty)
        #expect(changes.object("claims").objects("edited").isEmpty, "a carried claim is the same claim")
        #expect(changes.object("pages").objects("failed").first?["stale"] as? Bool == true)

        // A second failing verify still has them; once the page is back, nothing is stale.
        #expect(try await fixture.reconcile(["verify"]).status == 0)
        let again = try fixture.json(fixture.out + "/report.json")
        #expect(Set(again.objects("claims").filter { $0.string("document") == pageID }.compactMap { $0.string("id") }) == pageClaims)
        try fixture.scratch.write("pages/spikerest-acupressure-benefits.txt",
                                  try Fixtures.projectBytes("Inputs/spikerest-acupressure-benefits.txt"))
        #expect(try await fixture.reconcile(["verify"]).status == 0)
        let back = try fixture.json(fixture.out + "/report.json")
        #expect(back.objects("claims").allSatisfy { $0["stale"] == nil })
        #expect(back.objects("findings").allSatisfy { $0["stale"] == nil })
        #expect(Set(back.objects("findings").compactMap { $0.string("id") }) == Set(before.objects("findings").compactMap { $0.string("id") }))
    }
}
