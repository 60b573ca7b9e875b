import GRDB
import ModeratCore
import ModeratStore

extension ModeratDatabase {
    /// True when the file is a demo `moderat demo` built (marked by its `demo.populate` audit
    /// event) with no comment or author from a real import; with `untouched`, also nobody has
    /// changed anything since (the mark is the last audit event). A database someone set up
    /// with `init`, even one without comments yet, is never demo data.
    public func holdsOnlyDemoData(untouched: Bool = false) throws -> Bool {
        try pool.read { db in
            let foreign = try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM comment WHERE source <> 'demo')
                    OR EXISTS (SELECT 1 FROM author WHERE source <> 'demo')
                """) ?? true
            if foreign { return false }
            let marker = try Int64.fetchOne(db, sql: """
                SELECT MAX(id) FROM audit_event WHERE action = ? AND entity = 'database'
                """, arguments: [DemoDatabase.markerAction.rawValue])
            guard let marker else { return false }
            guard untouched else { return true }
            let last = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM audit_event")
            return last == marker
        }
    }
}
