import Foundation
import GRDB
import ModeratCore
import ModeratStore

/// A consultation the demo fills with comments, and the plan for them.
struct DemoProcess {
    let id: Int64
    let slug: String
    let sectionIDs: [String: Int64]
    let topics: [DemoTopic]
    let commentCount: Int
    /// Which people of the shared author pool write here.
    let authorRange: ClosedRange<Int>
    /// First and last possible moment of a comment.
    let start: Date
    let end: Date
    /// Roughly how many comments are still waiting for a moderator.
    let pendingShare: Double
}

/// Writes the comments of one consultation: authors, threads, section tags, and the
/// moderators' decisions with their audit events.
enum DemoComments {
    enum Kind: Equatable {
        case normal, advertising, insult, personalData, offTopic, duplicate
    }

    /// One comment before it is written.
    struct Planned {
        var authorID: Int64
        var authorIndex: Int?
        var shortName: String
        var parent: Int?
        var depth = 0
        var body: String
        var kind: Kind
        var topic: Int?
        var sections: [String]
        var createdAt: Date
        var alignment: Int?
    }

    static func insert(_ context: DemoContext, process: DemoProcess, staff: DemoStaff,
                       authors: inout DemoAuthors) throws {
        let planned = try plan(context, process: process, authors: &authors)
        let comment = try context.db.makeStatement(sql: """
            INSERT INTO comment(source, external_id, process_id, author_id, parent_id, body, locale, alignment,
                                created_at, imported_at, state, version, decided_by, decided_at, reason_code,
                                public_answer, internal_note)
            VALUES ('demo', ?, ?, ?, ?, ?, 'de', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let tag = try context.db.makeStatement(sql: "INSERT OR IGNORE INTO comment_section(comment_id, section_id) VALUES (?, ?)")
        var rowIDs: [Int64] = []
        rowIDs.reserveCapacity(planned.count)
        for (index, item) in planned.enumerated() {
            let importedAt = min(item.createdAt.addingTimeInterval(Double(context.rng.int(300 ... 2100))), context.now)
            let outcome = DemoDecisions.decide(context, item: item, process: process, importedAt: importedAt, staff: staff)
            try comment.execute(arguments: [
                String(format: "%@-%04d", process.slug, index + 1), process.id, item.authorID,
                item.parent.map { rowIDs[$0] }, item.body, item.alignment,
                context.stamp(item.createdAt), context.stamp(importedAt), outcome.state.rawValue, outcome.version,
                outcome.steps.last?.by.id, outcome.steps.last.map { context.stamp($0.at) }, outcome.reason,
                outcome.publicAnswer, outcome.internalNote,
            ])
            let id = context.db.lastInsertedRowID
            rowIDs.append(id)
            var tagged: [String] = []
            for code in item.sections {
                guard let sectionID = process.sectionIDs[code] else { continue }
                try tag.execute(arguments: [id, sectionID])
                if context.db.changesCount > 0 { tagged.append(code) }
            }
            if !tagged.isEmpty {
                context.summary.sectionTags += tagged.count
                let (actor, at) = DemoDecisions.tagging(context, outcome: outcome, importedAt: importedAt, staff: staff)
                try context.audit(at: at, actor: actor.account, action: AuditAction.tag, entity: "comment",
                                  entityID: id, detail: ["sections": tagged.sorted().joined(separator: ",")])
            }
            try DemoDecisions.audit(context, commentID: id, outcome: outcome)
            context.summary.comments += 1
            if item.parent != nil { context.summary.replies += 1 }
            if outcome.state == .pending { context.summary.pendingComments += 1 } else { context.summary.decidedComments += 1 }
        }
    }

    /// Decides who writes what when, in the order the comments arrive.
    static func plan(_ context: DemoContext, process: DemoProcess, authors: inout DemoAuthors) throws -> [Planned] {
        let composer = DemoCommentComposer(topics: process.topics) { code in
            code.first?.isNumber == true ? "Punkt \(code)" : "Abschnitt \(code)"
        }
        let times = arrivalTimes(context, process: process)
        let writers = writerSequence(context, process: process)
        var out: [Planned] = []
        out.reserveCapacity(process.commentCount)
        let topicWeights = process.topics.map(\.weight)
        for index in 0 ..< process.commentCount {
            var kind: Kind = [.normal, .advertising, .insult, .personalData, .offTopic, .duplicate][
                context.rng.weighted([0.86, 0.035, 0.03, 0.03, 0.03, 0.015])]
            let createdAt = times[index]
            if kind == .advertising {
                let which = context.rng.int(0 ... DemoCommentTexts.advertising.count - 1)
                let name = DemoCommentTexts.advertisers[which]
                out.append(Planned(authorID: try authors.advertiserID(name, context), authorIndex: nil, shortName: name,
                                   parent: nil, body: DemoCommentTexts.advertising[which], kind: kind, topic: nil,
                                   sections: [], createdAt: createdAt, alignment: nil))
                continue
            }
            var writer = writers[index]
            // Replies: about one comment in six answers a recent one, up to three levels deep.
            var parent: Int?
            if kind == .normal || kind == .insult, index > 4, context.rng.chance(0.17) {
                let recent = Array(max(0, index - 60) ..< index).filter { candidate in
                    let c = out[candidate]
                    return c.depth < 3 && (c.kind == .normal || c.kind == .insult) && c.authorIndex != writer
                }
                if !recent.isEmpty {
                    let chosen = recent[recent.count - 1 - min(recent.count - 1, Int(Double(recent.count) * context.rng.unit() * context.rng.unit()))]
                    parent = chosen
                    // The one answered before often answers back, nearly always when asked something.
                    if let grand = out[chosen].parent, let back = out[grand].authorIndex, back != out[chosen].authorIndex,
                       context.rng.chance(out[chosen].body.hasSuffix("?") ? 0.8 : 0.3) {
                        writer = back
                    }
                }
            }
            if kind == .duplicate {
                // The same text posted again by the same person; without an earlier one it is an ordinary comment.
                if let earlier = out.lastIndex(where: { $0.authorIndex == writer && $0.kind == .normal && $0.parent == nil }) {
                    let original = out[earlier]
                    out.append(Planned(authorID: original.authorID, authorIndex: writer, shortName: original.shortName,
                                       parent: nil, body: original.body, kind: .duplicate, topic: original.topic,
                                       sections: original.sections, createdAt: createdAt, alignment: original.alignment))
                    continue
                }
                kind = .normal
            }
            let person = authors.people[writer]
            var item = Planned(authorID: try authors.rowID(for: writer, context), authorIndex: writer,
                               shortName: person.shortName, parent: parent, body: "", kind: kind, topic: nil,
                               sections: [], createdAt: createdAt, alignment: nil)
            if let parent {
                item.depth = out[parent].depth + 1
                item.topic = out[parent].topic
            }
            switch kind {
            case .normal where parent != nil:
                guard let parent else { break }
                let asked = out[parent].parent.map { out[$0].authorIndex == writer } ?? false
                item.body = composer.reply(to: out[parent].body, topic: item.topic, name: out[parent].shortName,
                                           byAsked: asked, rng: &context.rng)
                if context.rng.chance(0.5) { item.sections = Array(out[parent].sections.prefix(1)) }
            case .normal, .duplicate:
                let topic = context.rng.weighted(topicWeights)
                let composed = composer.compose(topic: topic, rng: &context.rng)
                item.body = composed.body
                item.topic = topic
                item.sections = sections(for: composed.topics, in: process, rng: &context.rng)
                item.alignment = context.rng.chance(0.5) ? nil : [1, 0, -1][context.rng.weighted([0.5, 0.3, 0.2])]
            case .insult:
                item.body = composer.render([[context.rng.pick(DemoCommentTexts.insults)]], section: "A", rng: &context.rng)
                if let parent { item.body = item.body.replacingOccurrences(of: "{name}", with: out[parent].shortName) }
            case .personalData:
                let topic = context.rng.weighted(topicWeights)
                let lead = context.rng.chance(0.6) ? [context.rng.pick(process.topics[topic].statements)] : []
                item.body = composer.render([lead + [context.rng.pick(DemoCommentTexts.personalData)]],
                                            section: process.topics[topic].sections[0], rng: &context.rng)
                item.topic = topic
                if !lead.isEmpty { item.sections = [process.topics[topic].sections[0]] }
            case .offTopic:
                item.body = composer.render([[context.rng.pick(DemoCommentTexts.offTopic)]], section: "A", rng: &context.rng)
            case .advertising:
                break
            }
            out.append(item)
        }
        return out
    }
}
