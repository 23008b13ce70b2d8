import GRDB

/// The store's schema history: append-only migrations "v1", "v2", …
///
/// A shipped migration never changes and uses SQL literals, not the record types, so an old
/// database upgrades in place exactly as it was built (see `Tests/StoreTests/Fixtures/v1.sqlite`).
enum Migrations {
    /// Every migration, in order.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "run") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("startedAt", .datetime).notNull()
                t.column("toolVersion", .text).notNull()
                t.column("inputs", .text).notNull()  // JSON array of the sources as given
                t.column("documentCount", .integer).notNull()
                t.column("claimCount", .integer).notNull()
                t.column("matchCount", .integer).notNull()
                t.column("findingCount", .integer).notNull()
                t.column("failedCount", .integer).notNull()
            }
            try db.create(table: "document") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("run", onDelete: .cascade).notNull()
                t.column("documentId", .text).notNull()
                t.column("source", .text).notNull()
                t.column("format", .text)
                t.column("title", .text)
                t.column("contentHash", .text)
                t.column("fetchedAt", .datetime)
                t.column("httpStatus", .integer)
                t.column("etag", .text)
                t.column("lastModified", .text)
                t.column("failed", .boolean).notNull().defaults(to: false)
                t.column("stale", .boolean).notNull().defaults(to: false)
                t.column("body", .blob)  // the fetched bytes of a URL page, for conditional GET
                t.uniqueKey(["runId", "documentId"])
            }
            try db.create(table: "claim") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("run", onDelete: .cascade).notNull()
                t.column("claimId", .text).notNull()
                t.column("documentId", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("stale", .boolean).notNull().defaults(to: false)
                t.column("payload", .text).notNull()
                t.uniqueKey(["runId", "claimId"])
            }
            try db.create(table: "match") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("run", onDelete: .cascade).notNull()
                t.column("matchId", .text).notNull()
                t.column("status", .text).notNull()
                t.column("score", .double).notNull()
                t.column("claims", .text).notNull()
                t.column("payload", .text).notNull()
            }
            try db.create(table: "finding") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("run", onDelete: .cascade).notNull()
                t.column("fingerprint", .text).notNull().indexed()
                t.column("kind", .text).notNull()
                t.column("severity", .text).notNull()
                t.column("field", .text)
                t.column("message", .text).notNull()
                t.column("findingValues", .text).notNull()  // JSON array of strings
                t.column("stale", .boolean).notNull().defaults(to: false)
                t.column("payload", .text).notNull()
                t.uniqueKey(["runId", "fingerprint"])
            }
            try db.create(table: "review") { t in
                t.primaryKey("fingerprint", .text)
                t.column("state", .text).notNull()
                t.column("reviewer", .text).notNull()
                t.column("time", .datetime).notNull()
                t.column("note", .text)
                t.column("findingValues", .text).notNull()  // the values the decision was made on
            }
        }
        // v2: a failed page's error message (changes.json reports it) and a lookup by source,
        // which the URL cache does on every re-verification.
        migrator.registerMigration("v2") { db in
            try db.alter(table: "document") { t in
                t.add(column: "error", .text)
            }
            try db.create(index: "document_on_source", on: "document", columns: ["source", "runId"])
        }
        // v3: a URL page's parsed blocks (block-model JSON) next to its body, so a page the
        // server confirms unchanged is not parsed again.
        migrator.registerMigration("v3") { db in
            try db.alter(table: "document") { t in
                t.add(column: "blocksJSON", .text)
            }
        }
        // v4: a finding's identity (its studies and field, not its values) on findings and on
        // review decisions, so a decision follows its finding when a page edits a value.
        migrator.registerMigration("v4") { db in
            try db.alter(table: "finding") { t in
                t.add(column: "identity", .text)
            }
            try db.alter(table: "review") { t in
                t.add(column: "identity", .text)
            }
        }
        return migrator
    }
}
