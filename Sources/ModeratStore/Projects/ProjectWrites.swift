import Foundation
import GRDB
import ModeratCore

extension Store {
    /// Adds a project to the Vorhabenliste (admins only); added_on and updated_on are today
    /// (Berlin). Bad or duplicate input is `StoreError.invalid` naming the option.
    @discardableResult
    public func addProject(slug: String, _ fields: ProjectFields) throws -> Int64 {
        guard ProjectFields.validSlug(slug) else {
            throw StoreError.invalid("--slug", line: 0, .notASlug(slug))
        }
        guard fields.title != nil else { throw StoreError.invalid("--title", line: 0, .projectNeedsTitle) }
        let columns = try fields.columns()
        return try write(may: .editProjects) { db, me, now in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM project WHERE slug = ?", arguments: [slug]) == true {
                throw StoreError.invalid("--slug", line: 0, .projectExists(slug: slug))
            }
            let today = CalendarDay(now).description
            let names = ["slug"] + columns.map(\.column) + ["added_on", "updated_on"]
            var values: [DatabaseValueConvertible?] = [slug]
            values += columns.map(\.value)
            values += [today, today]
            try db.execute(sql: "INSERT INTO project(\(names.joined(separator: ", "))) VALUES (\(names.map { _ in "?" }.joined(separator: ", ")))",
                           arguments: StatementArguments(values))
            let id = db.lastInsertedRowID
            try db.appendAudit(actor: me.account, action: .projectAdd, entity: "project", entityId: String(id),
                               detail: ["slug": slug], at: now)
            return id
        }
    }

    /// Changes the given fields of a project and sets updated_on to today (admins only).
    /// Returns the names of the changed columns.
    @discardableResult
    public func editProject(slug: String, _ fields: ProjectFields) throws -> [String] {
        let columns = try fields.columns()
        guard !columns.isEmpty else { throw StoreError.invalid("projects edit", line: 0, .nothingToChange) }
        return try write(may: .editProjects) { db, me, now in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM project WHERE slug = ?", arguments: [slug]) else {
                throw StoreError.invalid("PROJECT_SLUG", line: 0, .missing(.project(slug)))
            }
            let assignments = columns.map { "\($0.column) = ?" } + ["updated_on = ?"]
            var values: [DatabaseValueConvertible?] = columns.map(\.value)
            values += [CalendarDay(now).description, id]
            try db.execute(sql: "UPDATE project SET \(assignments.joined(separator: ", ")) WHERE id = ?",
                           arguments: StatementArguments(values))
            let names = columns.map(\.column)
            try db.appendAudit(actor: me.account, action: .projectEdit, entity: "project", entityId: String(id),
                               detail: ["slug": slug, "fields": names.joined(separator: ",")], at: now)
            return names
        }
    }

    /// Makes a participation process (and so its comments) belong to a project (admins only).
    public func linkProcess(processSlug: String, projectSlug: String) throws {
        try write(may: .editProjects) { db, me, now in
            guard let process = try Row.fetchOne(db, sql: """
                SELECT p.id, j.slug AS previous FROM process p LEFT JOIN project j ON j.id = p.project_id WHERE p.slug = ?
                """, arguments: [processSlug]) else {
                throw StoreError.invalid("PROCESS_SLUG", line: 0, .missing(.process(processSlug)))
            }
            guard let projectId = try Int64.fetchOne(db, sql: "SELECT id FROM project WHERE slug = ?", arguments: [projectSlug]) else {
                throw StoreError.invalid("PROJECT_SLUG", line: 0, .missing(.project(projectSlug)))
            }
            let processId: Int64 = process["id"]
            try db.execute(sql: "UPDATE process SET project_id = ? WHERE id = ?", arguments: [projectId, processId])
            var detail = ["process": processSlug, "project": projectSlug]
            if let previous: String = process["previous"] { detail["previous_project"] = previous }
            try db.appendAudit(actor: me.account, action: .processLink, entity: "process", entityId: String(processId),
                               detail: detail, at: now)
        }
    }
}
