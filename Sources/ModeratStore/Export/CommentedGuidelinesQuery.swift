import Foundation
import GRDB
import ModeratCore

extension ModeratDatabase {
    /// Everything the commented guidelines of one process publish, read in one snapshot.
    /// Without `processSlug` the only process is used.
    public func commentedGuidelines(processSlug: String?, language: ExportLanguage = .de) throws -> CommentedGuidelines {
        try pool.read { db in try CommentedGuidelinesQuery(db: db, language: language).run(slug: processSlug) }
    }
}

/// The reads behind `commentedGuidelines`; only approved comments' text leaves the database.
struct CommentedGuidelinesQuery {
    let db: Database
    let language: ExportLanguage

    func run(slug: String?) throws -> CommentedGuidelines {
        let process = try findProcess(slug)
        let processId: Int64 = process["id"]
        let reasons = try reasonLabels()
        let pseudonyms = try pseudonymsByAuthor(processId)
        let published = try approvedComments(processId, pseudonyms: pseudonyms)
        let tagged = try taggedApproved(processId)
        let counts = try countsBySection(processId)
        let rejected = try rejectedBySection(processId, reasons: reasons)

        var depths = SectionDepths()
        var anchors: Set<String> = []
        var sections: [CommentedGuidelines.Section] = []
        for row in try Row.fetchAll(db, sql: """
            SELECT id, code, title, body, parent_id FROM section WHERE process_id = ? ORDER BY ordinal, id
            """, arguments: [processId]) {
            let id: Int64 = row["id"]
            let depth = depths.next(id: id, parent: row["parent_id"])
            let code: String = row["code"]
            var anchor = CommentedGuidelines.anchor(code)
            while anchors.contains(anchor) { anchor += "-x" }
            anchors.insert(anchor)
            sections.append(CommentedGuidelines.Section(
                code: code, title: row["title"], depth: depth, body: row["body"],
                comments: (tagged[id] ?? []).compactMap { published[$0] },
                counts: counts[id] ?? CommentedGuidelines.Counts(),
                rejectedByReason: rejected[id] ?? [], anchor: anchor))
        }
        let untaggedIds = try Int64.fetchAll(db, sql: """
            SELECT c.id FROM comment c
            WHERE c.process_id = ? AND c.state = 'approved' AND c.parent_id IS NULL
              AND NOT EXISTS (SELECT 1 FROM comment_section cs WHERE cs.comment_id = c.id)
            ORDER BY c.created_at, c.id
            """, arguments: [processId])
        return CommentedGuidelines(
            processSlug: process["slug"], title: process["title"], description: process["description"],
            sections: sections, untagged: untaggedIds.compactMap { published[$0] },
            rejectedByReason: try rejectedTotals(processId, reasons: reasons), totals: try totals(processId))
    }

    func findProcess(_ slug: String?) throws -> Row {
        if let slug {
            guard let row = try Row.fetchOne(db, sql: "SELECT id, slug, title, description FROM process WHERE slug = ?",
                                             arguments: [slug]) else {
                throw StoreError.notFound(.process(slug))
            }
            return row
        }
        let all = try Row.fetchAll(db, sql: "SELECT id, slug, title, description FROM process ORDER BY id")
        switch all.count {
        case 0: throw StoreError.notFound(.noProcessYet)
        case 1: return all[0]
        default: throw GuidelinesImportError.ambiguousProcess(all.map { $0["slug"] })
        }
    }

    func reasonLabels() throws -> [String: String] {
        var out: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT code, label_de, label_en FROM reason") {
            out[row["code"]] = language == .de ? row["label_de"] : row["label_en"]
        }
        return out
    }

    /// Authors numbered 1, 2, … by their first approved comment in the process (time, then
    /// id): stable while the approved set only grows later in time, and never a name.
    func pseudonymsByAuthor(_ processId: Int64) throws -> [Int64: Int] {
        var numbers: [Int64: Int] = [:]
        let authors = try Int64.fetchAll(db, sql: """
            SELECT author_id FROM comment WHERE process_id = ? AND state = 'approved' AND author_id IS NOT NULL
            ORDER BY created_at, id
            """, arguments: [processId])
        for author in authors where numbers[author] == nil { numbers[author] = numbers.count + 1 }
        return numbers
    }

    /// Every approved comment of the process by id, with its approved replies nested.
    func approvedComments(_ processId: Int64, pseudonyms: [Int64: Int]) throws -> [Int64: PublishedComment] {
        var flat: [Int64: PublishedComment] = [:]
        var repliesOf: [Int64: [Int64]] = [:]
        // Contact data never reaches a publication: addresses and numbers in the citizen's
        // text, and the author's stored contact also in the answer (which may quote it; the
        // city's own numbers in an answer stay).
        let publication = PublicOutput(language)
        for row in try Row.fetchAll(db, sql: """
            SELECT c.id, c.parent_id, c.author_id, c.created_at, c.body, c.public_answer, a.contact
            FROM comment c LEFT JOIN author a ON a.id = c.author_id
            WHERE c.process_id = ? AND c.state = 'approved' ORDER BY c.created_at, c.id
            """, arguments: [processId]) {
            let id: Int64 = row["id"]
            let author: Int64? = row["author_id"]
            let answer: String? = row["public_answer"]
            let contact: String? = row["contact"]
            flat[id] = PublishedComment(
                id: id, pseudonym: ExportPseudonym.name(author.flatMap { pseudonyms[$0] }, language),
                createdAt: Timestamps.date(row["created_at"]) ?? Date(timeIntervalSince1970: 0),
                body: publication.text(row["body"], contact: contact),
                answer: answer?.isEmpty == false ? answer.map { publication.answer($0, contact: contact) } : nil)
            if let parent: Int64 = row["parent_id"] { repliesOf[parent, default: []].append(id) }
        }
        // Replies nest under their parent (depth is bounded by the chain; a cycle cannot occur
        // because a reply is always newer than its parent, but the visited set guards anyway).
        func assemble(_ id: Int64, visited: Set<Int64>) -> PublishedComment? {
            guard var comment = flat[id], !visited.contains(id) else { return nil }
            comment.replies = (repliesOf[id] ?? []).compactMap { assemble($0, visited: visited.union([id])) }
            return comment
        }
        var out: [Int64: PublishedComment] = [:]
        for id in flat.keys { out[id] = assemble(id, visited: []) }
        return out
    }

    /// Approved comments per section in time order.
    func taggedApproved(_ processId: Int64) throws -> [Int64: [Int64]] {
        var out: [Int64: [Int64]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT cs.section_id, c.id FROM comment_section cs JOIN comment c ON c.id = cs.comment_id
            WHERE c.process_id = ? AND c.state = 'approved' ORDER BY c.created_at, c.id
            """, arguments: [processId]) {
            out[row["section_id"], default: []].append(row["id"])
        }
        return out
    }

    static let countColumns = """
        COALESCE(SUM(c.state = 'approved'), 0) AS approved,
        COALESCE(SUM(c.state = 'approved' AND COALESCE(c.public_answer, '') <> ''), 0) AS answered,
        COALESCE(SUM(c.state = 'rejected'), 0) AS rejected,
        COALESCE(SUM(c.state IN ('pending', 'held')), 0) AS open
        """

    static func counts(_ row: Row) -> CommentedGuidelines.Counts {
        CommentedGuidelines.Counts(approved: row["approved"], answered: row["answered"], rejected: row["rejected"], open: row["open"])
    }

    func countsBySection(_ processId: Int64) throws -> [Int64: CommentedGuidelines.Counts] {
        var out: [Int64: CommentedGuidelines.Counts] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT cs.section_id, \(Self.countColumns) FROM comment_section cs JOIN comment c ON c.id = cs.comment_id
            WHERE c.process_id = ? GROUP BY cs.section_id
            """, arguments: [processId]) {
            out[row["section_id"]] = Self.counts(row)
        }
        return out
    }

    func totals(_ processId: Int64) throws -> CommentedGuidelines.Counts {
        let row = try Row.fetchOne(db, sql: "SELECT \(Self.countColumns) FROM comment c WHERE c.process_id = ?",
                                   arguments: [processId])
        return row.map(Self.counts) ?? CommentedGuidelines.Counts()
    }

    func rejectedBySection(_ processId: Int64, reasons: [String: String]) throws -> [Int64: [CommentedGuidelines.ReasonCount]] {
        var out: [Int64: [CommentedGuidelines.ReasonCount]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT cs.section_id, COALESCE(c.reason_code, '') AS code, COUNT(*) AS n
            FROM comment_section cs JOIN comment c ON c.id = cs.comment_id
            WHERE c.process_id = ? AND c.state = 'rejected'
            GROUP BY cs.section_id, code ORDER BY n DESC, code
            """, arguments: [processId]) {
            out[row["section_id"], default: []].append(reasonCount(row, reasons))
        }
        return out
    }

    func rejectedTotals(_ processId: Int64, reasons: [String: String]) throws -> [CommentedGuidelines.ReasonCount] {
        try Row.fetchAll(db, sql: """
            SELECT COALESCE(reason_code, '') AS code, COUNT(*) AS n FROM comment
            WHERE process_id = ? AND state = 'rejected' GROUP BY code ORDER BY n DESC, code
            """, arguments: [processId]).map { reasonCount($0, reasons) }
    }

    func reasonCount(_ row: Row, _ reasons: [String: String]) -> CommentedGuidelines.ReasonCount {
        let code: String = row["code"]
        let label = reasons[code] ?? (code.isEmpty ? ExportLabels.of(language).noReason : code)
        return CommentedGuidelines.ReasonCount(code: code, label: label, count: row["n"])
    }
}

/// The published stand-in for an author's name.
enum ExportPseudonym {
    static func name(_ number: Int?, _ language: ExportLanguage) -> String {
        let labels = ExportLabels.of(language)
        guard let number else { return labels.anonymous }
        return "\(labels.participant) \(number)"
    }
}
