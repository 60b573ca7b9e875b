import Foundation
import GRDB

/// Whether and how citizens take part in a project of the Vorhabenliste (DESIGN §1).
public enum ProjectParticipation: String, CaseIterable, Sendable, Codable {
    case planned, running, done, none, open

    /// The public wording in the export.
    public func label(_ language: ExportLanguage) -> String {
        switch (self, language) {
        case (.planned, .de): return "Beteiligung geplant"
        case (.running, .de): return "Beteiligung läuft"
        case (.done, .de): return "Beteiligung abgeschlossen"
        case (.none, .de): return "keine Beteiligung"
        case (.open, .de): return "noch offen"
        case (.planned, .en): return "participation planned"
        case (.running, .en): return "participation running"
        case (.done, .en): return "participation done"
        case (.none, .en): return "no participation"
        case (.open, .en): return "not decided yet"
        }
    }
}

/// One entry of the Vorhabenliste with every field of DESIGN §1.
public struct ProjectRecord: Equatable, Sendable, Codable {
    public var id: Int64
    public var slug: String
    public var title: String
    public var description: String
    public var councilDecisions: String
    public var status: String
    public var nextSteps: String
    public var timing: String
    public var cost: String?
    public var districts: String
    public var topics: String
    public var participation: ProjectParticipation
    public var participationNote: String
    public var boardInvolved: Bool
    public var contact: String
    public var link: String?
    public var addedOn: String
    public var updatedOn: String
    /// Participation processes linked to the project, by slug, with their comment counts.
    public var processes: [LinkedProcess]

    public struct LinkedProcess: Equatable, Sendable, Codable {
        public var slug: String
        public var title: String
        public var comments: Int
    }
}

/// The fields `projects add` / `projects edit` set; nil leaves a field as it is (edit) or at
/// its default (add). An empty `cost` or `link` clears it.
public struct ProjectFields: Equatable, Sendable {
    public var title: String?
    public var description: String?
    public var councilDecisions: String?
    public var status: String?
    public var nextSteps: String?
    public var timing: String?
    public var cost: String?
    public var districts: String?
    public var topics: String?
    public var participation: String?
    public var participationNote: String?
    public var boardInvolved: Bool?
    public var contact: String?
    public var link: String?

    public init(title: String? = nil, description: String? = nil, councilDecisions: String? = nil, status: String? = nil,
                nextSteps: String? = nil, timing: String? = nil, cost: String? = nil, districts: String? = nil,
                topics: String? = nil, participation: String? = nil, participationNote: String? = nil,
                boardInvolved: Bool? = nil, contact: String? = nil, link: String? = nil) {
        self.title = title
        self.description = description
        self.councilDecisions = councilDecisions
        self.status = status
        self.nextSteps = nextSteps
        self.timing = timing
        self.cost = cost
        self.districts = districts
        self.topics = topics
        self.participation = participation
        self.participationNote = participationNote
        self.boardInvolved = boardInvolved
        self.contact = contact
        self.link = link
    }

    /// The columns that are set, with their stored values, in a fixed order.
    func columns() throws -> [(column: String, value: DatabaseValueConvertible?)] {
        var out: [(String, DatabaseValueConvertible?)] = []
        if let title {
            let trimmed = title.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { throw StoreError.invalid("--title", line: 0, .projectNeedsTitle) }
            out.append(("title", trimmed))
        }
        if let description { out.append(("description", description)) }
        if let councilDecisions { out.append(("council_decisions", councilDecisions)) }
        if let status { out.append(("status", status)) }
        if let nextSteps { out.append(("next_steps", nextSteps)) }
        if let timing { out.append(("timing", timing)) }
        if let cost { out.append(("cost", cost.isEmpty ? nil : cost)) }
        if let districts { out.append(("districts", districts)) }
        if let topics { out.append(("topics", topics)) }
        if let participation {
            guard let value = ProjectParticipation(rawValue: participation) else {
                throw StoreError.invalid("--participation", line: 0,
                                         .notOneOf(participation, allowed: ["planned", "running", "done", "none", "open"]))
            }
            out.append(("participation", value.rawValue))
        }
        if let participationNote { out.append(("participation_note", participationNote)) }
        if let boardInvolved { out.append(("board_involved", boardInvolved ? 1 : 0)) }
        if let contact { out.append(("contact", contact)) }
        if let link {
            if link.isEmpty {
                out.append(("link", nil))
            } else {
                guard Self.isWebLink(link) else {
                    throw StoreError.invalid("--link", line: 0, .notAWebAddress(link))
                }
                out.append(("link", link))
            }
        }
        return out
    }

    /// An absolute http(s) URL with a host and no spaces or quotes.
    static func isWebLink(_ text: String) -> Bool {
        guard !text.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" }),
              let url = URL(string: text), let scheme = url.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = url.host, !host.isEmpty else { return false }
        return true
    }

    /// Slugs as in URLs: lowercase letters, digits and single hyphens, 1 to 80 characters.
    static func validSlug(_ slug: String) -> Bool {
        guard (1 ... 80).contains(slug.count), !slug.hasPrefix("-"), !slug.hasSuffix("-"), !slug.contains("--") else { return false }
        return slug.unicodeScalars.allSatisfy { ("a" ... "z").contains($0) || ("0" ... "9").contains($0) || $0 == "-" }
    }
}

extension Database {
    /// Every project with its linked processes, in the order of the public list (title).
    func projectRecords(slug: String? = nil) throws -> [ProjectRecord] {
        var sql = """
            SELECT id, slug, title, description, council_decisions, status, next_steps, timing, cost, districts, topics,
                   participation, participation_note, board_involved, contact, link, added_on, updated_on
            FROM project
            """
        var arguments: StatementArguments = []
        if let slug {
            sql += " WHERE slug = ?"
            arguments = [slug]
        }
        sql += " ORDER BY title COLLATE NOCASE, slug"
        let processes = try Row.fetchAll(self, sql: """
            SELECT p.project_id, p.slug, p.title, (SELECT COUNT(*) FROM comment c WHERE c.process_id = p.id) AS n
            FROM process p WHERE p.project_id IS NOT NULL ORDER BY p.slug
            """)
        var byProject: [Int64: [ProjectRecord.LinkedProcess]] = [:]
        for row in processes {
            byProject[row["project_id"], default: []].append(.init(slug: row["slug"], title: row["title"], comments: row["n"]))
        }
        return try Row.fetchAll(self, sql: sql, arguments: arguments).map { row in
            let id: Int64 = row["id"]
            return ProjectRecord(id: id, slug: row["slug"], title: row["title"], description: row["description"],
                                 councilDecisions: row["council_decisions"], status: row["status"], nextSteps: row["next_steps"],
                                 timing: row["timing"], cost: row["cost"], districts: row["districts"], topics: row["topics"],
                                 participation: try row.stored("participation", in: "project"),
                                 participationNote: row["participation_note"], boardInvolved: (row["board_involved"] as Int) != 0,
                                 contact: row["contact"], link: row["link"], addedOn: row["added_on"], updatedOn: row["updated_on"],
                                 processes: byProject[id] ?? [])
        }
    }
}

extension ModeratDatabase {
    /// The Vorhabenliste with every field, ordered by title (the public list's order).
    public func projects() throws -> [ProjectRecord] {
        try pool.read { db in try db.projectRecords() }
    }
}
