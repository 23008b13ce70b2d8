import Foundation
import GRDB
import Testing
@testable import Store

@Suite struct RunStoreTests {
    @Test func savedRunReadsBackWhole() throws {
        let store = try RunStore.inMemory()
        let snapshot = StoreSamples.snapshot(body: Data("<p>hi</p>".utf8))
        let id = try store.save(snapshot)
        let loaded = try #require(try store.latestRun())
        var expected = snapshot
        expected.run.id = id
        #expect(loaded == expected)
        #expect(try store.run(id: id) == expected)
        #expect(try store.run(id: id + 1) == nil)
    }

    @Test func latestRunIsTheNewest() throws {
        let store = try RunStore.inMemory()
        #expect(try store.latestRun() == nil)
        try store.save(StoreSamples.snapshot())
        try store.save(StoreSamples.snapshot(at: 60, n: 82))
        let latest = try #require(try store.latestRun())
        #expect(latest.findings.isEmpty)
        #expect(latest.run.startedAt == StoreSamples.start.addingTimeInterval(60))
        #expect(try store.runs().count == 2)
    }

    @Test func failedSaveLeavesNothingBehind() throws {
        let store = try RunStore.inMemory()
        try store.save(StoreSamples.snapshot())
        var broken = StoreSamples.snapshot(at: 60)
        broken.claims.append(broken.claims[0])  // same claim id twice violates the unique key
        #expect(throws: StoreError.self) { try store.save(broken) }
        #expect(try store.runs().count == 1)
        #expect(try store.latestRun()?.run.startedAt == StoreSamples.start)
    }

    @Test func cachedPageIsTheNewestReadCopyWithBody() throws {
        let store = try RunStore.inMemory()
        try store.save(StoreSamples.snapshot(n: 40, body: Data("old".utf8)))
        try store.save(StoreSamples.snapshot(at: 60, n: 41, body: Data("new".utf8)))
        var failedRun = StoreSamples.snapshot(at: 120, n: 43)
        failedRun.documents[1].failed = true
        failedRun.documents[1].body = Data("broken".utf8)
        try store.save(failedRun)
        let cached = try #require(try store.cachedPage(source: "https://example.org/b"))
        #expect(cached.body == Data("new".utf8))
        #expect(cached.etag == "\"e41\"")
        #expect(try store.cachedPage(source: "Inputs/a.txt") == nil)
    }

    @Test func fileStoreUsesWALAndForeignKeys() throws {
        let folder = try StoreSamples.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("nested/dir/reconcile.sqlite").path
        let store = try RunStore(path: path)
        try store.save(StoreSamples.snapshot())
        let (mode, foreignKeys) = try store.writer.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"),
             try Int.fetchOne(db, sql: "PRAGMA foreign_keys"))
        }
        #expect(mode == "wal")
        #expect(foreignKeys == 1)
        let reopened = try RunStore(path: path)
        #expect(try reopened.latestRun()?.claims.count == 2)
        #expect(try reopened.appliedMigrations() == ["v1", "v2", "v3", "v4"])
    }

    @Test func unopenableFileIsReportedWithItsPath() throws {
        let folder = try StoreSamples.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("not-a-db.sqlite").path
        try Data("this is not sqlite, just text that is long enough to be read".utf8)
            .write(to: URL(fileURLWithPath: path))
        do {
            _ = try RunStore(path: path)
            Issue.record("opening a text file as a database should fail")
        } catch let error as StoreError {
            #expect(error.description.hasPrefix(path))
        }
    }
}
