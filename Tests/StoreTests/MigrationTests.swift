import Foundation
import GRDB
import TestSupport
import Testing
@testable import Store

/// The committed `Fixtures/v1.sqlite` was built by ``writeV1Fixture(to:)`` with migration v1 only.
/// Re-record it with `RECORD_FIXTURE_DB=1 swift test --filter MigrationTests` (that run fails on
/// purpose, so a recording never passes silently).
@Suite struct MigrationTests {
    static let fixture = Fixtures.packageRoot.appendingPathComponent("Tests/StoreTests/Fixtures/v1.sqlite")

    @Test func v1DatabaseUpgradesInPlace() throws {
        let folder = try StoreSamples.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("old.sqlite")
        try FileManager.default.copyItem(at: Self.fixture, to: copy)

        let store = try RunStore(path: copy.path)
        #expect(try store.appliedMigrations() == ["v1", "v2", "v3", "v4"])
        let run = try #require(try store.latestRun())
        #expect(run.run.inputs == ["Inputs/"])
        #expect(run.documents.map(\.documentID) == ["spikerest"])
        #expect(run.documents.first?.error == nil)
        #expect(run.claims.map(\.id) == ["spikerest#hohmann-2012"])
        #expect(run.findings.map(\.values) == [["82", "42"]])
        #expect(try store.reviews()["fp-v1"]?.state == .dismissed)
        // v4: rows from before identities were kept follow their fingerprint.
        #expect(run.findings.first?.identity == run.findings.first?.fingerprint)
        #expect(try store.reviews()["fp-v1"]?.identity == nil)

        // The upgraded file takes new runs with the v2 column.
        var next = StoreSamples.snapshot(at: 60)
        next.documents[1].failed = true
        next.documents[1].error = "https://example.org/b: HTTP 404"
        next.documents[0].blocksJSON = #"{"documents":[],"schemaVersion":1}"#
        try store.save(next)
        #expect(try store.latestRun()?.documents[1].error == "https://example.org/b: HTTP 404")
        #expect(try store.latestRun()?.documents[0].blocksJSON == #"{"documents":[],"schemaVersion":1}"#,
                "and the v3 column")
    }

    @Test func fixtureMatchesMigrationV1() throws {
        if ProcessInfo.processInfo.environment["RECORD_FIXTURE_DB"] != nil {
            try? FileManager.default.removeItem(at: Self.fixture)
            try Self.writeV1Fixture(to: Self.fixture)
            Issue.record("recorded \(Self.fixture.path); review it and run again without RECORD_FIXTURE_DB")
            return
        }
        let folder = try StoreSamples.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fresh = folder.appendingPathComponent("fresh.sqlite")
        try Self.writeV1Fixture(to: fresh)
        #expect(try Self.schema(of: fresh) == Self.schema(of: Self.fixture))
    }

    static func schema(of url: URL) throws -> [String] {
        try DatabaseQueue(path: url.path).read { db in
            try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name")
        }
    }

    /// Builds a v1-only database with one run of data, in SQL literals like a shipped migration.
    static func writeV1Fixture(to url: URL) throws {
        let queue = try DatabaseQueue(path: url.path)
        try Migrations.migrator.migrate(queue, upTo: "v1")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO run (id, startedAt, toolVersion, inputs, documentCount, claimCount, matchCount,
                                 findingCount, failedCount)
                VALUES (1, '2026-11-20 06:00:00.000', '0.1.0', '["Inputs/"]', 1, 1, 0, 1, 0);
                INSERT INTO document (runId, documentId, source, format, title, contentHash, fetchedAt)
                VALUES (1, 'spikerest', 'Inputs/spikerest.txt', 'text', 'Spikerest', 'abc',
                        '2026-11-20 06:00:00.000');
                INSERT INTO claim (runId, claimId, documentId, kind, payload)
                VALUES (1, 'spikerest#hohmann-2012', 'spikerest', 'study', '{"id":"spikerest#hohmann-2012"}');
                INSERT INTO finding (runId, fingerprint, kind, severity, field, message, findingValues, payload)
                VALUES (1, 'fp-v1', 'conflict', 'major', 'sampleSize', 'sample size 82 vs 42', '["82","42"]',
                        '{"id":"fp-v1"}');
                INSERT INTO review (fingerprint, state, reviewer, time, note, findingValues)
                VALUES ('fp-v1', 'dismissed', 'maya', '2026-11-20 07:00:00.000', NULL, '["82","42"]');
                """)
        }
    }
}
