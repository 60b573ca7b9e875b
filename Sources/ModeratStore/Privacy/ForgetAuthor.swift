import Foundation
import GRDB
import ModeratCore

/// What `forget-author` did (or, for a dry run, would do).
public struct AuthorErasure: Equatable, Sendable {
    public var authorId: Int64
    public var pseudonym: String
    /// The author was erased before; nothing was changed now.
    public var alreadyErased: Bool
    /// The author's own comments (they stay, with their decisions, under the pseudonym).
    public var ownComments: Int
    public var hadContact: Bool
    public var bodies: Int
    public var answers: Int
    public var notes: Int
    public var priors: Int
    public var drafts: Int
    public var auditDetails: Int
    /// Minutes texts, agenda items, decisions, action items and guest entries.
    public var meetingTexts: Int
    /// Of the texts above, those not on the author's own comments.
    public var othersTexts = 0
    /// The name is a single word, or would change more than `ForgetAuthorGuard.handful` of
    /// other people's texts: an erasure asks for `force` first.
    public var needsForce = false
    public var dryRun: Bool
    /// Whether the -wal could be emptied afterwards (nil for a dry run).
    public var walEmptied: Bool?
    /// The audit events whose detail was redacted, recorded in the erasing event.
    var redactions: [AuditRedaction.Record] = []
}

/// The audit action of an erasure; its detail holds the pseudonym and counts, never the name.
enum PrivacyAudit {
    static let forget = AuditAction.forgetAuthor
    static let purge = AuditAction.purge
}

extension Store {
    /// Erases an author's personal data (admins only): the display name becomes a stable
    /// pseudonym, the contact goes, the external id is replaced by a keyed hash (so an
    /// import recognises the person as erased), and every mention of the name in any
    /// comment, answer, note, undo snapshot, draft, audit detail or meeting record becomes
    /// the pseudonym, and the contact inside them a marker.
    /// States, reasons and deciders stay, so every figure counts as before. Then the search
    /// index is merged, the file rebuilt and the WAL emptied so the name is in no byte of
    /// the files.
    @discardableResult
    public func forgetAuthor(_ reference: String, dryRun: Bool = false, force: Bool = false) throws -> AuthorErasure {
        var erasure = try erasing(dryRun: dryRun) { db, actor, now in
            let erasure = try Self.erase(db: db, reference: reference, now: now, write: actor != nil, force: force)
            guard let actor, !erasure.alreadyErased else { return erasure }
            var detail = ["pseudonym": erasure.pseudonym, "comments": String(erasure.ownComments),
                          "texts": String(erasure.bodies + erasure.answers + erasure.notes + erasure.priors
                                          + erasure.drafts + erasure.auditDetails + erasure.meetingTexts)]
            if !erasure.redactions.isEmpty {
                detail[AuditRedaction.detailKey] = erasure.redactions.map(\.text).joined(separator: ",")
            }
            try db.appendAudit(actor: actor, action: PrivacyAudit.forget, entity: "author", entityId: String(erasure.authorId),
                               detail: detail, at: now)
            return erasure
        }
        guard !dryRun else { return erasure }
        // Also after an earlier erasure: rerunning is how a WAL another program held gets emptied.
        erasure.walEmptied = try database.compactAfterErasure(rerun: "moderat forget-author '#\(erasure.authorId)'")
        return erasure
    }

    private static func erase(db: Database, reference: String, now: Date, write: Bool, force: Bool) throws -> AuthorErasure {
        let author = try AuthorReference.resolve(reference, db: db)
        let contact = try String.fetchOne(db, sql: "SELECT contact FROM author WHERE id = ?", arguments: [author.id])
        var erasure = AuthorErasure(authorId: author.id, pseudonym: author.displayName, alreadyErased: author.erasedAt != nil,
                                    ownComments: author.comments, hadContact: !(contact ?? "").isEmpty, bodies: 0, answers: 0,
                                    notes: 0, priors: 0, drafts: 0, auditDetails: 0, meetingTexts: 0, dryRun: !write, walEmptied: nil)
        guard !erasure.alreadyErased else { return erasure }
        guard let salt = try PrivacySalt.read(db) else {
            throw StoreError.file(path: "privacy_salt", .noPrivacySalt)
        }
        erasure.pseudonym = try Pseudonym.make(db: db, authorId: author.id, salt: salt)
        let redaction = try TextRedaction(db: db, rules: Self.rules(name: author.displayName, contact: contact,
                                                                     pseudonym: erasure.pseudonym), authorId: author.id)
        let counts = redaction.counts
        erasure.bodies = counts.bodies
        erasure.answers = counts.answers
        erasure.notes = counts.notes
        erasure.priors = counts.priors
        erasure.drafts = counts.drafts
        erasure.auditDetails = counts.auditDetails
        erasure.meetingTexts = counts.meetingTexts
        erasure.othersTexts = counts.othersTexts
        erasure.needsForce = ForgetAuthorGuard.needsForce(name: author.displayName, othersTexts: counts.othersTexts)
        guard write else { return erasure }
        if erasure.needsForce && !force {
            throw StoreError.refusal(ForgetAuthorGuard.refusal(name: author.displayName, erasure: erasure))
        }
        let stamp = Timestamps.string(now)
        try db.execute(sql: """
            UPDATE author SET display_name = ?, contact = NULL, external_id = ?, erased_at = ? WHERE id = ?
            """, arguments: [erasure.pseudonym,
                             ErasedAuthors.hashedExternalId(salt: salt, source: author.source, externalId: author.externalId),
                             stamp, author.id])
        erasure.redactions = try redaction.apply(db: db, now: stamp)
        try PrivacyWrites.optimizeSearchIndex(db: db)
        return erasure
    }

    /// The name becomes the pseudonym; the contact, whole or any part of a list ("mail; phone"),
    /// becomes a marker, since a citizen often writes their own address into a comment.
    static func rules(name: String, contact: String?, pseudonym: String) -> [TextRedaction.Rule] {
        var rules = NameMatcher(name).map { [TextRedaction.Rule(matcher: $0, replacement: pseudonym)] } ?? []
        guard let contact else { return rules }
        for part in ContactScrubber.parts(of: contact) {
            if let matcher = NameMatcher(part) { rules.append(TextRedaction.Rule(matcher: matcher, replacement: contactMarker)) }
        }
        return rules
    }

    /// What replaces an erased author's contact inside texts (stored, so one language).
    static let contactMarker = "[Kontaktdaten entfernt]"
}

/// When an erasure must be confirmed: a name that is one word ("die", "Anna", "approved")
/// and appears in someone else's text, or a name in more than a handful of other people's
/// texts, would rewrite what others wrote about someone else.
public enum ForgetAuthorGuard {
    /// "A handful" of other people's texts.
    public static let handful = 5

    static func needsForce(name: String, othersTexts: Int) -> Bool {
        let words = name.split(whereSeparator: { $0.isWhitespace })
        return othersTexts > handful || (words.count <= 1 && othersTexts > 0)
    }

    static func refusal(name: String, erasure: AuthorErasure) -> StoreRefusal {
        .erasureNeedsForce(erasure, singleWord: name.split(whereSeparator: { $0.isWhitespace }).count <= 1)
    }
}
