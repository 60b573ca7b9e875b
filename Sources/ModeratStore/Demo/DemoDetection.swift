import GRDB

extension ModeratDatabase {
    /// True when the file holds nothing a person would miss: the demo (marked by its
    /// `demo.populate` audit event) or no content at all, and no comment or author from a
    /// real import. `moderat demo` only replaces such a file.
    public func holdsOnlyDemoData() throws -> Bool {
        try pool.read { db in
            let foreign = try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM comment WHERE source <> 'demo')
                    OR EXISTS (SELECT 1 FROM author WHERE source <> 'demo')
                """) ?? true
            if foreign { return false }
            let marked = try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM audit_event WHERE action = ? AND entity = 'database')
                """, arguments: [DemoDatabase.markerAction.rawValue]) ?? false
            if marked { return true }
            let content = try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM process) OR EXISTS (SELECT 1 FROM comment) OR EXISTS (SELECT 1 FROM member)
                    OR EXISTS (SELECT 1 FROM project) OR EXISTS (SELECT 1 FROM meeting)
                """) ?? true
            return !content
        }
    }
}
