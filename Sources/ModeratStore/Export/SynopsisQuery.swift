import Foundation
import GRDB
import ModeratCore

extension ModeratDatabase {
    /// The Synopse of one process between two text versions (default: the first and the
    /// latest), read in one snapshot. Only approved comments appear; authors as pseudonyms
    /// unless `withNames`.
    public func synopsis(processSlug: String?, from: Int? = nil, to: Int? = nil, withNames: Bool = false,
                         language: ExportLanguage = .de) throws -> Synopsis {
        try pool.read { db in
            try SynopsisQuery(db: db, language: language, withNames: withNames).run(slug: processSlug, from: from, to: to)
        }
    }
}

struct SynopsisQuery {
    let db: Database
    let language: ExportLanguage
    let withNames: Bool

    func run(slug: String?, from: Int?, to: Int?) throws -> Synopsis {
        let base = CommentedGuidelinesQuery(db: db, language: language)
        let process = try base.findProcess(slug)
        let processId: Int64 = process["id"]
        let versions = try GuidelineVersions.list(db, processId: processId).map(\.number)
        guard let first = versions.first, let last = versions.last else {
            throw StoreError.notFound(.noGuidelinesText(process: process["slug"]))
        }
        let fromVersion = from ?? first, toVersion = to ?? last
        for v in [fromVersion, toVersion] where !versions.contains(v) {
            throw StoreError.notFound(.guidelinesVersion(process: process["slug"], version: v, known: versions))
        }
        let draft = try GuidelineVersions.sections(db, processId: processId, number: fromVersion)
        let final = try GuidelineVersions.sections(db, processId: processId, number: toVersion)

        let units = try ConsiderationUnits(db: db, processId: processId).all(sectionId: nil)
        let entries = try self.entries(units, processId: processId, base: base)
        var sectionIdByCode: [String: Int64] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, code FROM section WHERE process_id = ?", arguments: [processId]) {
            sectionIdByCode[row["code"]] = row["id"]
        }

        // The final version's order; sections only the draft had follow at the end.
        let draftByCode = Dictionary(draft.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        let finalCodes = Set(final.map(\.code))
        let ordered: [(VersionedSection?, VersionedSection?)] = final.map { (draftByCode[$0.code], $0) }
            + draft.filter { !finalCodes.contains($0.code) }.map { ($0, nil) }
        var parentOf: [String: String] = [:]
        for s in draft + final { if let p = s.parentCode { parentOf[s.code] = p } }
        var anchors: Set<String> = []
        var placed: Set<Int> = []
        var sections: [Synopsis.Section] = []
        for (old, new) in ordered {
            guard let any = new ?? old else { continue }
            var anchor = CommentedGuidelines.anchor(any.code)
            while anchors.contains(anchor) { anchor += "-x" }
            anchors.insert(anchor)
            let oldText = old?.body ?? "", newText = new?.body ?? ""
            let change: Synopsis.Change = old == nil ? .added : new == nil ? .removed : oldText == newText ? .unchanged : .changed
            var mine: [Int] = []
            if let id = sectionIdByCode[any.code] {
                mine = units.indices.filter { units[$0].sectionIds.contains(id) }
            }
            placed.formUnion(mine)
            sections.append(Synopsis.Section(
                code: any.code, title: any.title, depth: depth(any.code, parentOf), anchor: anchor,
                draft: oldText, final: newText, change: change,
                diff: WordDiff.compare(GuidelinesText.clean(oldText), GuidelinesText.clean(newText)),
                entries: mine.map { entries[$0] }, progress: ConsiderationProgress(mine.map { units[$0] })))
        }
        let rest = units.indices.filter { !placed.contains($0) }
        let (comments, adopted) = try pressFigure(processId: processId, units: units)
        return Synopsis(processSlug: process["slug"], title: process["title"], fromVersion: fromVersion, toVersion: toVersion,
                        sections: sections, unsectioned: rest.map { entries[$0] }, progress: ConsiderationProgress(units),
                        commentCount: comments, adoptedComments: adopted, withNames: withNames)
    }

    func depth(_ code: String, _ parentOf: [String: String]) -> Int {
        var depth = 0
        var current = code
        while let parent = parentOf[current], depth < 10 {
            depth += 1
            current = parent
        }
        return depth
    }

    /// The published form of every unit: pseudonyms (or names), contact data scrubbed.
    func entries(_ units: [ConsiderationUnit], processId: Int64, base: CommentedGuidelinesQuery) throws -> [Synopsis.Entry] {
        let pseudonyms = try base.pseudonymsByAuthor(processId)
        var authors: [Int64: (name: String, contact: String?)] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT DISTINCT a.id, a.display_name, a.contact FROM author a JOIN comment c ON c.author_id = a.id
            WHERE c.process_id = ? AND c.state = 'approved'
            """, arguments: [processId]) {
            authors[row["id"]] = (row["display_name"], row["contact"])
        }
        var meetings: [Int64: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, title, date FROM meeting") {
            let stored: String = row["date"]
            let day = Timestamps.date(stored + "T12:00:00Z").map { ExportLabels.day($0, language) } ?? stored
            meetings[row["id"]] = "\(row["title"] as String), \(day)"
        }
        let publication = PublicOutput(language)
        return units.map { unit in
            let names = unit.authorIds.map { id -> String in
                if withNames, let id, let author = authors[id] { return author.name }
                return ExportPseudonym.name(id.flatMap { pseudonyms[$0] }, language)
            }
            let texts = zip(unit.texts, unit.authorIds).map { text, id in publication.text(text, contact: id.flatMap { authors[$0]?.contact }) }
            let members: [Int64] = { if case .group = unit.target { return unit.commentIds } else { return [] } }()
            var agreedAt: String?
            if let c = unit.consideration, c.state == .agreed, let meeting = c.meetingId.flatMap({ meetings[$0] }) {
                agreedAt = meeting + (c.agendaNumber.map { ", TOP \($0)" } ?? "")
            }
            return Synopsis.Entry(number: unit.number, authors: names, texts: texts, members: members,
                                  consideration: unit.consideration, agreedAt: agreedAt)
        }
    }

    /// (approved comments, of which adopted wholly or partly by themselves, a passage or their group).
    func pressFigure(processId: Int64, units: [ConsiderationUnit]) throws -> (Int, Int) {
        let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM comment WHERE process_id = ? AND state = 'approved'",
                                     arguments: [processId]) ?? 0
        var adopted: Set<Int64> = []
        for unit in units where unit.consideration?.outcome.isAdopted == true { adopted.formUnion(unit.commentIds) }
        return (total, adopted.count)
    }
}
