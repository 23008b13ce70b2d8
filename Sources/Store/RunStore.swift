import Foundation
import GRDB
import Model

/// The SQLite history of runs, pages, claims, matches, findings and review decisions.
///
/// A file store is a WAL-mode `DatabasePool` with foreign keys on; opening it creates missing
/// parent folders and upgrades an older schema in place (``Migrations``). Saving a run is one
/// write transaction, so a process killed mid-save leaves the previous runs whole.
public struct RunStore: Sendable {
    /// The database file, or `:memory:`.
    public let path: String
    let writer: any DatabaseWriter

    /// Opens (creating if needed) the database at `path` and migrates it to the current schema.
    /// - Parameter path: The SQLite file; missing parent folders are created.
    /// - Throws: ``StoreError/cannotOpen(path:detail:)``.
    public init(path: String) throws {
        self.path = path
        do {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            configuration.busyMode = .timeout(10)
            writer = try DatabasePool(path: path, configuration: configuration)
            try Migrations.migrator.migrate(writer)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, detail: error.message ?? error.description)
        } catch {
            throw StoreError.cannotOpen(path: path, detail: "\(error)")
        }
    }

    /// Opens a fresh in-memory store (for tests and dry runs).
    /// - Throws: ``StoreError/cannotOpen(path:detail:)``.
    public static func inMemory() throws -> RunStore {
        try RunStore(inMemoryPath: ":memory:")
    }

    private init(inMemoryPath: String) throws {
        path = inMemoryPath
        do {
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            writer = try DatabaseQueue(configuration: configuration)
            try Migrations.migrator.migrate(writer)
        } catch {
            throw StoreError.cannotOpen(path: inMemoryPath, detail: "\(error)")
        }
    }

    /// The identifiers of the migrations applied to this database, oldest first.
    /// - Throws: ``StoreError/database(path:detail:)``.
    public func appliedMigrations() throws -> [String] {
        try guarded { try writer.read { db in try Migrations.migrator.appliedMigrations(db) } }
    }

    /// SQLite's `PRAGMA integrity_check`: `["ok"]` for a sound file, else the problems found.
    /// - Throws: ``StoreError/database(path:detail:)``.
    public func integrityCheck() throws -> [String] {
        try guarded { try writer.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") } }
    }

    /// Saves a whole run in one transaction.
    /// - Parameter snapshot: The run and everything it produced; `run.id` is ignored.
    /// - Returns: The new run id.
    /// - Throws: ``StoreError/cannotSave(path:detail:)``; nothing is saved then.
    @discardableResult
    public func save(_ snapshot: RunSnapshot) throws -> Int64 {
        do {
            return try insert(snapshot)
        } catch StoreError.database(let path, let detail) {
            throw StoreError.cannotSave(path: path, detail: detail)
        }
    }

    private func insert(_ snapshot: RunSnapshot) throws -> Int64 {
        try guarded {
            try writer.write { db in
                var run = try RunRecord(snapshot.run)
                try run.insert(db)
                guard let runId = run.id else {
                    throw StoreError.database(path: path, detail: "run row has no id after insert")
                }
                for document in snapshot.documents {
                    var record = DocumentRecord(document, runId: runId)
                    try record.insert(db)
                }
                for claim in snapshot.claims {
                    var record = try ClaimRecord(claim, runId: runId)
                    try record.insert(db)
                }
                for match in snapshot.matches {
                    var record = try MatchRecord(match, runId: runId)
                    try record.insert(db)
                }
                for finding in snapshot.findings {
                    var record = try FindingRecord(finding, runId: runId)
                    try record.insert(db)
                }
                return runId
            }
        }
    }

    /// Every run, oldest first (without their contents).
    /// - Throws: ``StoreError``.
    public func runs() throws -> [StoredRun] {
        try guarded {
            try writer.read { db in
                try RunRecord.order(Column("id")).fetchAll(db).map { try $0.model() }
            }
        }
    }

    /// The most recent run with its documents, claims, matches and findings; `nil` when none.
    /// - Throws: ``StoreError``.
    public func latestRun() throws -> RunSnapshot? {
        try guarded {
            try writer.read { db in
                guard let record = try RunRecord.order(Column("id").desc).fetchOne(db) else { return nil }
                return try Self.snapshot(of: record, db)
            }
        }
    }

    /// One run by id with its contents; `nil` when there is no such run.
    /// - Throws: ``StoreError``.
    public func run(id: Int64) throws -> RunSnapshot? {
        try guarded {
            try writer.read { db in
                guard let record = try RunRecord.fetchOne(db, key: id) else { return nil }
                return try Self.snapshot(of: record, db)
            }
        }
    }

    /// The newest successfully read copy of a page, with its cached body when it was a URL.
    ///
    /// Re-verification sends its `ETag` / `Last-Modified` and reuses the body on a 304.
    /// - Throws: ``StoreError``.
    public func cachedPage(source: String) throws -> StoredDocument? {
        try guarded {
            try writer.read { db in
                try DocumentRecord
                    .filter(Column("source") == source && Column("failed") == false && Column("body") != nil)
                    .order(Column("runId").desc)
                    .fetchOne(db)?.model
            }
        }
    }

    private static func snapshot(of record: RunRecord, _ db: Database) throws -> RunSnapshot {
        let runId = record.id ?? -1
        let byRun = Column("runId") == runId
        return RunSnapshot(
            run: try record.model(),
            documents: try DocumentRecord.filter(byRun).order(Column("id")).fetchAll(db).map(\.model),
            claims: try ClaimRecord.filter(byRun).order(Column("id")).fetchAll(db).map { try $0.model() },
            matches: try MatchRecord.filter(byRun).order(Column("id")).fetchAll(db).map { try $0.model() },
            findings: try FindingRecord.filter(byRun).order(Column("id")).fetchAll(db).map { try $0.model() })
    }

    /// Runs a database call, turning GRDB errors into ``StoreError``.
    func guarded<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw StoreError.database(path: path, detail: error.message ?? error.description)
        }
    }
}
