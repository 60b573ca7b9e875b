import Foundation
import GRDB
import ModeratCore
import ModeratStore

/// What became of the guidelines consultation's comments: a revised text (version 2) and the
/// working group's considerations of part of the approved comments, with a few comments split
/// into passages and one campaign considered as a group, so the demo's Synopse is realistic.
enum DemoConsiderations {
    /// Changes of the revised guidelines: section, words of the draft, words of the final text.
    static let revisions: [(code: String, draft: String, final: String)] = [
        ("B3", "Unterlagen gibt es auf Wunsch in Leichter Sprache.",
         "Unterlagen gibt es in Leichter Sprache, auf Wunsch auch in weiteren Sprachen; Veranstaltungen werden auf Wunsch in Gebärdensprache gedolmetscht."),
        ("C1", "Die Liste wird mindestens zweimal im Jahr aktualisiert", "Die Liste wird vierteljährlich aktualisiert"),
        ("C2", "mindestens 250 Einwohnerinnen", "mindestens 200 Einwohnerinnen"),
        ("C2", "innerhalb von drei Monaten", "innerhalb von zwei Monaten"),
        ("D3", "ersetzt sie aber nicht.", "ersetzt sie aber nicht. Die Plattform ist barrierefrei und ohne Anmeldung lesbar."),
        ("E1", "spätestens acht Wochen", "spätestens sechs Wochen"),
    ]

    /// Public rationales per outcome, as a working group writes them.
    static let rationales: [ConsiderationOutcome: [String]] = [
        .adopted: [
            "Die Anregung wird übernommen; der Abschnitt wurde entsprechend geändert.",
            "Der Arbeitskreis teilt das Anliegen. Die Endfassung nimmt es auf.",
            "Übernommen: Die Formulierung ist in der Endfassung enthalten.",
        ],
        .partly: [
            "Das Anliegen wird teilweise aufgegriffen: Die Endfassung verkürzt die Frist, eine feste Zusage war aber nicht möglich.",
            "Teilweise übernommen. Der Grundgedanke ist eingeflossen, die vorgeschlagene Einzelregelung gehört in die Umsetzung.",
        ],
        .notAdopted: [
            "Nicht übernommen: Der Vorschlag würde den Beschluss des Stadtrats vorwegnehmen, den die Leitlinien nicht ersetzen können.",
            "Der Arbeitskreis hat den Vorschlag erörtert und sich mehrheitlich dagegen entschieden, weil er den Aufwand für kleine Vorhaben unverhältnismäßig erhöht.",
            "Nicht übernommen, da die Haushaltslage eine verbindliche Zusage nicht erlaubt.",
        ],
        .covered: [
            "Das Anliegen ist in den Leitlinien bereits berücksichtigt (siehe den genannten Abschnitt).",
            "Bereits berücksichtigt: Die Leitlinien sehen dies schon im Entwurf vor.",
        ],
        .noted: [
            "Zur Kenntnis genommen. Der Hinweis betrifft die Umsetzung einzelner Vorhaben und wird an die Fachämter weitergegeben.",
            "Zur Kenntnis genommen; der Beitrag betrifft nicht den Text der Leitlinien.",
        ],
    ]

    static func insert(_ context: DemoContext, process: DemoProcess, staff: DemoStaff) throws {
        let db = context.db
        let admin = staff.admin.account
        try GuidelineVersions.record(db, processId: process.id, actor: admin, now: context.days(-56))
        var changed: [String] = []
        for r in revisions {
            try db.execute(sql: "UPDATE section SET body = replace(body, ?, ?) WHERE process_id = ? AND code = ?",
                           arguments: [r.draft, r.final, process.id, r.code])
            if db.changesCount > 0, !changed.contains(r.code) { changed.append(r.code) }
        }
        let revisedAt = context.days(-6)
        try GuidelineVersions.record(db, processId: process.id, actor: admin, now: revisedAt)
        try context.audit(at: revisedAt, actor: admin, action: .guidelinesImport, entity: "process", entityID: process.id,
                          detail: ["added": "", "changed": changed.joined(separator: ","), "removed": "", "untagged": "0"])

        let approved = try Row.fetchAll(db, sql: """
            SELECT c.id, c.body, c.created_at, group_concat(cs.section_id) AS sections FROM comment c
            JOIN comment_section cs ON cs.comment_id = c.id
            WHERE c.process_id = ? AND c.state = 'approved' AND c.parent_id IS NULL GROUP BY c.id ORDER BY c.created_at, c.id
            """, arguments: [process.id]).map { row in
            (id: row["id"] as Int64, body: row["body"] as String,
             sections: (row["sections"] as String).split(separator: ",").compactMap { Int64($0) })
        }
        // The working group weighed a first part before its 10th meeting and agreed it there (TOP 3).
        var writer = Writer(context: context, staff: staff, at: context.days(-25))
        var used: Set<Int64> = []

        // A campaign: three comments on online participation, considered together.
        let d3 = process.sectionIDs["D3"]
        let onlineOnly = approved.filter { $0.sections == [d3].compactMap { $0 } }
        let mobile = onlineOnly.filter { $0.body.contains("Handy") || $0.body.contains("barriere") }
        let campaign = (mobile.count >= 3 ? mobile : onlineOnly).prefix(3).map(\.id)
        if campaign.count == 3 {
            let group = try context.insert("INSERT INTO consideration_group(process_id, created_at, created_by) VALUES (?, ?, ?)",
                                           [process.id, context.stamp(writer.at), writer.actor.account])
            for id in campaign {
                try db.execute(sql: "INSERT INTO consideration_group_member(comment_id, group_id) VALUES (?, ?)", arguments: [id, group])
            }
            try context.audit(at: writer.at, actor: writer.actor.account, action: AuditAction.groupJoin,
                              entity: ConsiderationAuditEntity.group, entityID: group,
                              detail: ["comments": campaign.map(String.init).joined(separator: ",")])
            try writer.consider(column: "group_id", id: group, outcome: .adopted, sectionId: d3,
                                rationale: "Die gleichlautenden Anregungen zur Barrierefreiheit der Online-Beteiligung wurden gemeinsam abgewogen und übernommen: Abschnitt D3 sagt jetzt, dass die Plattform barrierefrei und ohne Anmeldung lesbar ist.",
                                detail: ["target": "group:\(group)", "comments": campaign.map(String.init).joined(separator: ",")])
            used.formUnion(campaign)
        }

        // Comments on two sections in two paragraphs: one passage each, with its own outcome.
        let twoThemes = approved.filter { !used.contains($0.id) && $0.sections.count >= 2 && Passages.paragraphs(of: $0.body).count >= 2 }
        for (index, comment) in twoThemes.prefix(3).enumerated() {
            let ranges = Passages.paragraphs(of: comment.body)
            let commentId = comment.id
            var passageIds: [Int64] = []
            for (number, range) in ranges.enumerated() {
                let section = comment.sections[min(number, comment.sections.count - 1)]
                passageIds.append(try context.insert("""
                    INSERT INTO passage(comment_id, number, start_at, end_at, section_id) VALUES (?, ?, ?, ?, ?)
                    """, [commentId, number + 1, range.start, range.end, section]))
            }
            try context.audit(at: writer.at, actor: writer.actor.account, action: AuditAction.passageSplit,
                              entity: ConsiderationAuditEntity.passage, entityID: commentId,
                              detail: ["passages": String(ranges.count), "ranges": ranges.map { "\($0.start)-\($0.end)" }.joined(separator: ",")])
            let outcomes: [ConsiderationOutcome] = [[.partly, .noted], [.covered, .notAdopted], [.adopted, .covered]][index]
            for (number, passageId) in passageIds.enumerated() {
                let outcome = outcomes[min(number, outcomes.count - 1)]
                try writer.consider(column: "passage_id", id: passageId, outcome: outcome, sectionId: nil,
                                    rationale: context.rng.pick(rationales[outcome] ?? []),
                                    detail: ["target": "passage:\(passageId)", "comments": String(commentId), "passage": String(number + 1)])
            }
            used.insert(commentId)
        }

        // About half of the other approved comments, oldest first: the working group is part way through.
        let rest = approved.filter { !used.contains($0.id) }
        for (index, comment) in rest.prefix(rest.count * 45 / 100).enumerated() {
            if index == 20 {
                try agree(context, writer.written, staff: staff)
                writer.at = context.days(-5)
            }
            let revised = comment.sections.contains { id in changed.contains { process.sectionIDs[$0] == id } }
            let outcome: ConsiderationOutcome = revised
                ? [.adopted, .partly, .covered][context.rng.weighted([0.5, 0.3, 0.2])]
                : [.notAdopted, .covered, .noted, .partly][context.rng.weighted([0.3, 0.35, 0.3, 0.05])]
            try writer.consider(column: "comment_id", id: comment.id, outcome: outcome, sectionId: nil,
                                rationale: context.rng.pick(rationales[outcome] ?? []),
                                detail: ["target": "comment:\(comment.id)", "comments": String(comment.id)])
        }
    }

    /// Marks what was written so far agreed at the 10th meeting's TOP 3, the evening of the meeting.
    static func agree(_ context: DemoContext, _ ids: [Int64], staff: DemoStaff) throws {
        guard let meeting = try Row.fetchOne(context.db, sql: "SELECT id, date FROM meeting WHERE title LIKE '10.%' LIMIT 1"),
              try Bool.fetchOne(context.db, sql: "SELECT EXISTS (SELECT 1 FROM agenda_item WHERE meeting_id = ? AND number = 3)",
                                arguments: [meeting["id"] as Int64]) == true else { return }
        let meetingId: Int64 = meeting["id"]
        let at = context.local(context.days(-20), hour: 21)
        // A moderator records what the working group agreed (moderators and admins write considerations).
        let chair = staff.deciders.first ?? staff.admin
        for id in ids {
            try context.db.execute(sql: """
                UPDATE consideration SET state = 'agreed', meeting_id = ?, agenda_number = 3, version = 2, written_by = ?, written_at = ?
                WHERE id = ?
                """, arguments: [meetingId, chair.id, context.stamp(at), id])
            let outcome = try String.fetchOne(context.db, sql: "SELECT outcome FROM consideration WHERE id = ?", arguments: [id]) ?? ""
            try context.audit(at: at, actor: chair.account, action: AuditAction.considerationAgree,
                              entity: ConsiderationAuditEntity.consideration, entityID: id,
                              detail: ["meeting": String(meetingId), "top": "3", "version": "2", "outcome": outcome])
        }
    }

    /// Writes considerations one after another, a few minutes apart, by the demo's moderators.
    struct Writer {
        let context: DemoContext
        let staff: DemoStaff
        var at: Date
        var turn = 0
        /// The considerations written, in order.
        var written: [Int64] = []

        var actor: Moderator { staff.deciders[turn % max(1, staff.deciders.count)] }

        init(context: DemoContext, staff: DemoStaff, at: Date) {
            self.context = context
            self.staff = staff
            self.at = at
        }

        mutating func consider(column: String, id: Int64, outcome: ConsiderationOutcome, sectionId: Int64?, rationale: String,
                               detail: [String: String]) throws {
            turn += 1
            at = at.addingTimeInterval(Double(context.rng.int(60...600)))
            let considerationId = try context.insert("""
                INSERT INTO consideration(\(column), section_id, outcome, rationale, written_by, written_at) VALUES (?, ?, ?, ?, ?, ?)
                """, [id, sectionId, outcome.rawValue, rationale, actor.id, context.stamp(at)])
            written.append(considerationId)
            try context.audit(at: at, actor: actor.account, action: AuditAction.considerationWrite,
                              entity: ConsiderationAuditEntity.consideration, entityID: considerationId,
                              detail: detail.merging(["outcome": outcome.rawValue, "version": "1"]) { a, _ in a })
        }
    }
}
