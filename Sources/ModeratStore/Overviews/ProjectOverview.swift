import GRDB

/// One entry of the Vorhabenliste as the Projects screen lists it.
public struct ProjectOverviewRow: Equatable, Sendable {
    public var id: Int64
    public var slug: String
    public var title: String
    public var status: String
    public var districts: String
    public var participation: String
    public var updatedOn: String
    public var description: String
    public var nextSteps: String
    public var contact: String
}

extension ModeratDatabase {
    /// The Vorhabenliste, most recently updated first (a city's list holds tens of entries).
    public func projectOverview() throws -> [ProjectOverviewRow] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, slug, title, status, districts, participation, updated_on, description, next_steps, contact
                FROM project ORDER BY updated_on DESC, title
                """).map { row in
                ProjectOverviewRow(id: row["id"], slug: row["slug"], title: row["title"], status: row["status"],
                                   districts: row["districts"], participation: row["participation"],
                                   updatedOn: row["updated_on"], description: row["description"],
                                   nextSteps: row["next_steps"], contact: row["contact"])
            }
        }
    }
}
