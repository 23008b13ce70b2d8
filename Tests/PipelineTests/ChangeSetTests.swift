import Foundation
import Findings
import Model
import Pipeline
import Reporting
import Store
import TestSupport
import Testing

@Suite struct ChangeSetTests {
    static let time = Date(timeIntervalSince1970: 1_790_000_000)

    static func claim(_ id: String, n: Int, line: Int, stale: Bool = false) -> StoredClaim {
        let document = String(id.split(separator: "#")[0])
        return StoredClaim(id: id, document: document, kind: .study, stale: stale, payload: Records.decoded(.object([
            "id": .string(id), "document": .string(document), "label": .string("study \(id)"),
            "sampleSize": .object(["n": .int(n), "text": .string("n = \(n)")]),
            "location": .object(["line": .int(line)]),
            "numbers": .array([.object(["kind": .string("percentage"), "value": .int(98), "text": .string("98%"), "line": .int(line)])]),
        ])))
    }

    static func finding(_ print: String, claims: [String], values: [String], line: Int = 3,
                        field: ConflictField = .sampleSize) -> StoredFinding {
        StoredFinding(fingerprint: print, kind: .conflict, severity: .major, field: field,
                      message: "sample size \(values.joined(separator: " vs "))", values: values,
                      payload: Records.decoded(.object(["id": .string(print), "claims": .array(claims.map(JSONValue.string)),
                                        "field": .string(field.rawValue), "message": .string("m \(values)"),
                                        "values": .array(values.map { .object(["value": .string($0),
                                                                               "location": .object(["line": .int(line)])]) })])))
    }

    static func page(_ id: String, hash: String, failed: Bool = false) -> StoredDocument {
        StoredDocument(documentID: id, source: "pages/\(id).txt", contentHash: failed ? nil : hash, failed: failed,
                       error: failed ? "pages/\(id).txt: HTTP 404" : nil)
    }

    static func snapshot(_ offset: TimeInterval, documents: [StoredDocument], claims: [StoredClaim],
                         findings: [StoredFinding]) -> RunSnapshot {
        RunSnapshot(run: StoredRun(startedAt: time.addingTimeInterval(offset), toolVersion: "t", inputs: ["pages"],
                                   documentCount: documents.count, claimCount: claims.count,
                                   findingCount: findings.count),
                    documents: documents, claims: claims, matches: [], findings: findings)
    }

    let before = snapshot(0, documents: [page("a", hash: "1"), page("b", hash: "2")],
                          claims: [claim("a#x", n: 82, line: 3), claim("b#x", n: 42, line: 5), claim("b#y", n: 10, line: 4)],
                          findings: [finding("f-1", claims: ["a#x", "b#x"], values: ["82", "42"]),
                                     finding("f-2", claims: ["a#x", "b#y"], values: ["82", "10"], field: .year)])

    /// A page gone from the sources takes its findings with it: "source removed", not resolved;
    /// a finding that went away while its pages stayed is resolved.
    @Test func findingsOfARemovedPageAreSourceRemovedNotResolved() {
        let after = Self.snapshot(60, documents: [Self.page("a", hash: "1")], claims: [Self.claim("a#x", n: 82, line: 3)],
                                  findings: [])
        let changes = ChangeSet(previous: before, current: after)
        #expect(changes.removedPages == ["b"])
        #expect(Set(changes.sourceRemovedFindings.map(\.fingerprint)) == ["f-1", "f-2"])
        #expect(changes.resolvedFindings.isEmpty)
        let kept = Self.snapshot(60, documents: [Self.page("a", hash: "1"), Self.page("b", hash: "9")],
                                 claims: [Self.claim("a#x", n: 82, line: 3), Self.claim("b#x", n: 82, line: 5)],
                                 findings: [])
        let fixed = ChangeSet(previous: before, current: kept)
        #expect(fixed.sourceRemovedFindings.isEmpty)
        #expect(Set(fixed.resolvedFindings.map(\.fingerprint)) == ["f-1", "f-2"])
    }

    @Test func movedClaimsAreNotEdited() {
        // b loses a paragraph above its claims: lines move, content stays.
        let after = Self.snapshot(60, documents: [Self.page("a", hash: "1"), Self.page("b", hash: "3")],
                                  claims: [Self.claim("a#x", n: 82, line: 3), Self.claim("b#x", n: 42, line: 2),
                                           Self.claim("b#y", n: 10, line: 1)],
                                  findings: [Self.finding("f-1", claims: ["a#x", "b#x"], values: ["82", "42"], line: 9),
                                             Self.finding("f-2", claims: ["a#x", "b#y"], values: ["82", "10"], field: .year)])
        let changes = ChangeSet(previous: before, current: after)
        #expect(changes.editedClaims.isEmpty)
        #expect(changes.unchangedFindings == 2)
        #expect(changes.changedPages == ["b"])
        #expect(changes.unchangedPages == ["a"])
        #expect(changes.newFindings.isEmpty && changes.resolvedFindings.isEmpty && changes.changedFindings.isEmpty)
    }

    @Test func editRemovalAndResolution() {
        let after = Self.snapshot(60, documents: [Self.page("a", hash: "1"), Self.page("b", hash: "3")],
                                  claims: [Self.claim("a#x", n: 82, line: 3), Self.claim("b#x", n: 82, line: 5)],
                                  findings: [])
        let changes = ChangeSet(previous: before, current: after)
        #expect(changes.editedClaims.map(\.after.id) == ["b#x"])
        #expect(changes.removedClaims.map(\.id) == ["b#y"])
        #expect(changes.addedClaims.isEmpty)
        #expect(Set(changes.resolvedFindings.map(\.fingerprint)) == ["f-1", "f-2"])
        #expect(changes.previousRun == Self.time)
        #expect(!changes.isEmpty)
    }

    @Test func aConflictWhoseValuesMovedIsChangedNotNewAndResolved() {
        let after = Self.snapshot(60, documents: [Self.page("a", hash: "1"), Self.page("b", hash: "3")],
                                  claims: [Self.claim("a#x", n: 82, line: 3), Self.claim("b#x", n: 60, line: 5),
                                           Self.claim("b#y", n: 10, line: 4)],
                                  findings: [Self.finding("f-9", claims: ["b#x", "a#x"], values: ["82", "60"]),
                                             Self.finding("f-2", claims: ["a#x", "b#y"], values: ["82", "10"], field: .year)])
        let changes = ChangeSet(previous: before, current: after)
        #expect(changes.changedFindings.map { [$0.before.fingerprint, $0.after.fingerprint] } == [["f-1", "f-9"]])
        #expect(changes.newFindings.isEmpty)
        #expect(changes.resolvedFindings.isEmpty)
        #expect(changes.findingsToLookAt.map(\.fingerprint) == ["f-9"])
    }

    @Test func firstRunMakesEverythingNew() {
        let changes = ChangeSet(previous: nil, current: before)
        #expect(changes.previousRun == nil)
        #expect(changes.newFindings.count == 2)
        #expect(changes.addedClaims.count == 3)
        #expect(changes.changedPages == ["a", "b"])
    }

    @Test func failedPageKeepsItsClaimsAndFindingsStale() {
        let fresh = Self.snapshot(60, documents: [Self.page("a", hash: "1"),
                                                  StoredDocument(documentID: "pages/b.txt", source: "pages/b.txt",
                                                                 failed: true, error: "pages/b.txt: HTTP 404")],
                                  claims: [Self.claim("a#x", n: 82, line: 3)], findings: [])
        let carried = StaleCarryOver.apply(to: fresh, previous: before)
        #expect(carried.claims.map(\.id) == ["a#x", "b#x", "b#y"])
        #expect(carried.claims.filter(\.stale).map(\.id) == ["b#x", "b#y"])
        #expect(carried.findings.map(\.fingerprint) == ["f-1", "f-2"])
        #expect(carried.findings.allSatisfy { $0.stale })
        #expect(carried.documents.last?.documentID == "b")
        #expect(carried.documents.last?.stale == true)
        #expect(carried.run.claimCount == 3)

        let changes = ChangeSet(previous: before, current: carried)
        #expect(changes.removedClaims.isEmpty)
        #expect(changes.resolvedFindings.isEmpty)
        #expect(changes.unchangedFindings == 2)
        #expect(changes.failedPages.map(\.source) == ["pages/b.txt"])
        #expect(changes.failedPages.map(\.error) == ["pages/b.txt: HTTP 404"])
        #expect(changes.failedPages.map(\.stale) == [true])
    }

    @Test func changesJSONHasTheDesignShape() throws {
        let after = Self.snapshot(60, documents: [Self.page("a", hash: "1"), Self.page("b", hash: "3")],
                                  claims: [Self.claim("a#x", n: 82, line: 3), Self.claim("b#x", n: 82, line: 5)],
                                  findings: [])
        let changes = ChangeSet(previous: before, current: after)
        let tree = try JSONValue(json: String(decoding: try ChangesJSON(changes, reviews: [:]).encoded(), as: UTF8.self))
        #expect(tree["schemaVersion"] == .int(1))
        #expect(tree["previousRun"] == .string("2026-09-21T14:13:20Z"))
        #expect(tree["findings"]?["unchanged"] == .int(0))
        if case .array(let resolved)? = tree["findings"]?["resolved"] { #expect(resolved.count == 2) } else {
            Issue.record("findings.resolved is not an array")
        }
        if case .array(let edited)? = tree["claims"]?["edited"] {
            #expect(edited.first?["before"]?["id"] == .string("b#x"))
            #expect(edited.first?["after"]?["sampleSize"]?["n"] == .int(82))
        } else {
            Issue.record("claims.edited is not an array")
        }
        #expect(tree["pages"]?["changed"] == .array([.string("b")]))
        let markdown = ChangesMarkdown(changes, reviews: [:]).render()
        #expect(markdown.contains("- removed: study b#y (`b#y`)"))
        #expect(markdown.contains("sampleSize: `{\"n\":42,\"text\":\"n = 42\"}` → `{\"n\":82,\"text\":\"n = 82\"}`"))
    }

    @Test(arguments: [
        ("# list\npages/a.txt\n\n  https://example.org/x  \n/abs/b.html\n", "cfg", ["cfg/pages/a.txt", "https://example.org/x", "/abs/b.html"]),
        ("a.txt\n# c\n", "", ["a.txt"]),
        ("pages/a.txt  # the vendor page\nb.txt\t#tabbed\n   # indented comment\n", "cfg", ["cfg/pages/a.txt", "cfg/b.txt"]),
        ("https://example.org/x#results # kept fragment\nc#1.txt\n", "", ["https://example.org/x#results", "c#1.txt"]),
    ])
    func sourcesFileLines(text: String, folder: String, expected: [String]) {
        #expect(SourcesFile.parse(text, folder: folder) == expected)
    }
}
