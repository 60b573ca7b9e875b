import Foundation
import GRDB
import ModeratCore
import ModeratStore

/// What SQLite alone takes, on this machine, to write what an import of the same comments
/// writes: the comments, their authors and processes copied from an imported database into a
/// new one with one INSERT … SELECT per table, the full-text index filled by one more, the
/// triggers and secondary indexes set aside and rebuilt as the importer does, in one
/// transaction with the importer's page cache, then checkpointed. No file is parsed and no
/// row passes through Swift, so an importer that writes the same rows in one transaction on
/// one connection cannot be faster than this. The bench prints it beside the import rate.
public enum BenchSQLiteFloor {
    /// Copies `source`'s comments into the new file `target` and returns the seconds it took
    /// and the rows copied.
    public static func measure(source: String, target: String) throws -> (seconds: Double, rows: Int) {
        let database = try ModeratDatabase.open(path: target, create: true)
        let started = ContinuousClock.now
        let rows = try database.pool.writeWithoutTransaction { db -> Int in
            try db.execute(sql: "PRAGMA cache_size = -262144")
            try db.execute(sql: "ATTACH DATABASE ? AS src", arguments: [source])
            var rows = 0
            try db.inTransaction {
                let triggers = try TriggersAside(db, names: [TriggersAside.ftsInsert, TriggersAside.countInsert])
                let indexes = try TriggersAside(db, indexesOf: "comment")
                try db.execute(sql: """
                    INSERT INTO process(id, slug, title, created_at) SELECT id, slug, title, created_at FROM src.process;
                    INSERT INTO author(id, source, external_id, display_name) SELECT id, source, external_id, display_name FROM src.author;
                    INSERT INTO comment(id, source, external_id, process_id, author_id, parent_id, body, locale, alignment, created_at, imported_at)
                    SELECT id, source, external_id, process_id, author_id, parent_id, body, locale, alignment, created_at, imported_at
                    FROM src.comment ORDER BY id;
                    """)
                rows = db.changesCount
                // The body as stored (the importer folds it first, in Swift on its reading thread).
                try db.execute(sql: "INSERT INTO comment_fts(comment_fts, rank) VALUES ('hashsize', \(64 << 20))")
                try db.execute(sql: """
                    INSERT INTO comment_fts(rowid, body, author)
                    SELECT c.id, c.body, COALESCE(a.display_name, '') FROM comment c LEFT JOIN author a ON a.id = c.author_id ORDER BY c.id
                    """)
                try triggers.restore(db)
                try indexes.restore(db)
                try TriggersAside.recount(db)
                return .commit
            }
            try db.execute(sql: "DETACH DATABASE src")
            _ = try db.checkpoint(.truncate)
            return rows
        }
        return ((ContinuousClock.now - started).inSeconds, rows)
    }
}
