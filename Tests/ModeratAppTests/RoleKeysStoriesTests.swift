import Foundation
import GRDB
import ModeratCore
import Testing
@testable import ModeratApp

/// The queue's and the comment view's writing keys carry the role they need (as Roster,
/// Sections, Projects and Audit do): a viewer is told why, in the UI's words, and nothing
/// changes; a refusal the store makes itself is worded the same way.
@Suite("Role keys stories")
struct RoleKeysStoriesTests {
    static let refusal: [Language: String] = [
        .de: "Nicht erlaubt: nur Moderation und Administration (Ihre Rolle: Lesen). Nichts wurde geändert.",
        .en: "Not allowed: moderators and admins only (your role: viewer). Nothing was changed.",
    ]

    @Test("a viewer pressing a in the queue and in the comment view gets the worded reason; nothing changes",
          arguments: [Language.de, .en])
    func viewerPressesApprove(language: Language) throws {
        let h = try ScreenHarness(account: ScreenHarness.viewer, language: language)
        let id = try #require(h.selectedCommentId)
        let audits = try h.totalAuditRows
        let version = try h.version(of: id)
        let says = try #require(Self.refusal[language])

        h.press(.character("a"))
        #expect(h.statusLine.trimmingCharacters(in: .whitespaces) == says)
        #expect(h.selectedCommentId == id, "the cursor stays")

        h.press(.enter)
        h.press(.character("a"))
        #expect(h.statusLine.trimmingCharacters(in: .whitespaces) == says)
        #expect(h.screen.contains("#\(id)"), "still on the same comment")

        #expect(try h.state(of: id) == "pending")
        #expect(try h.version(of: id) == version)
        #expect(try h.totalAuditRows == audits)
    }

    @Test("the help says which keys are not for a viewer's role", arguments: [Language.de, .en])
    func helpMarksLockedKeys(language: Language) throws {
        let h = try ScreenHarness(account: ScreenHarness.viewer, language: language)
        h.press(.character("?"))
        let locked = h.t(.permission(.notForYou))
        let approve = try #require(h.screen.split(separator: "\n").first { $0.contains(h.t(.keyHelp(.approve))) })
        #expect(approve.contains(locked), "\(approve)")
    }

    @Test("a moderator demoted while writing an answer: Ctrl-S is refused by the store, worded like a key refusal; the text stays",
          arguments: [Language.de, .en])
    func demotedWhileWriting(language: Language) throws {
        let h = try ScreenHarness(language: language)
        let id = try #require(h.selectedCommentId)
        h.press(.enter, .character("e"))
        h.type("Danke für den Hinweis.")
        try h.database.pool.write { db in
            try db.execute(sql: "UPDATE moderator SET role = 'viewer' WHERE account = ?", arguments: [ScreenHarness.account])
        }
        h.press(.control("s"))
        #expect(h.statusLine.trimmingCharacters(in: .whitespaces) == Self.refusal[language])
        #expect(h.screen.contains("Danke für den Hinweis."), "the typed text stays in the editor")
        #expect(try h.string("SELECT text FROM draft WHERE key = ?", ["comment:\(id):answer"]) == "Danke für den Hinweis.")
        #expect(try h.string("SELECT public_answer FROM comment WHERE id = ?", [id]) == nil)
    }
}
