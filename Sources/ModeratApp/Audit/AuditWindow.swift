import ModeratStore

/// The slice of the audit log held in memory, newest first, paged by keyset on the event id.
typealias AuditWindow = KeysetWindow<AuditEntry>

extension KeysetWindow where Row == AuditEntry {
    var selectedEntry: AuditEntry? { selectedRow }

    /// Loads the newest page (g) or the oldest page (G).
    mutating func jump(toEnd: Bool, database: ModeratDatabase, filter: AuditFilter, page: Int) throws {
        let limit = page * 2
        let fetched = try database.auditPage(filter, toEnd ? .newerThan(nil) : .olderThan(nil), limit: limit)
        show(fetched, limit: limit, toEnd: toEnd, page: page)
    }

    /// Moves the selection by `delta` rows; older events lie further down.
    mutating func move(by delta: Int, database: ModeratDatabase, filter: AuditFilter, page: Int) throws {
        try move(by: delta, page: page,
                 after: { last, n in try database.auditPage(filter, .olderThan(last.id), limit: n) },
                 before: { first, n in try database.auditPage(filter, .newerThan(first.id), limit: n) })
    }

    /// Re-reads around the selected event (a tab visit, someone else's commit): the cursor
    /// stays on the same event at the same place on screen. A user looking at the newest
    /// events sees new ones arrive above.
    mutating func reload(database: ModeratDatabase, filter: AuditFilter, page: Int) throws {
        guard let anchor = selectedEntry else {
            try jump(toEnd: false, database: database, filter: filter, page: page)
            return
        }
        let followsHead = atStart && top == 0
        let screenRow = selected - top
        let above = try database.auditPage(filter, .newerThan(anchor.id), limit: page)
        let rest = try database.auditPage(filter, .olderThan(anchor.id + 1), limit: page * 2)
        rows = above + rest
        atStart = above.count < page
        atEnd = rest.count < page * 2
        selected = rows.firstIndex(where: { $0.id == anchor.id }) ?? min(above.count, max(0, rows.count - 1))
        top = followsHead && atStart ? 0 : max(0, selected - screenRow)
        keepVisible(page: page)
    }
}
