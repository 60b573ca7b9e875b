import Foundation
import ModeratCore
import Testing
@testable import ModeratApp

/// With marks set, a decision key asks about the marks first and then, by name, about marked
/// comments someone else has open ("in Bearbeitung"); No keeps everything as it was.
@Suite("Marked claims stories")
struct MarkedClaimsStoriesTests {
    /// The open dialog's words as one line (the box wraps them).
    static func dialog(_ h: ScreenHarness) -> String {
        h.screen.split(separator: "\n").compactMap { row -> String? in
            guard let open = row.firstIndex(of: "│"), let close = row.lastIndex(of: "│"), open < close else { return nil }
            let inner = row[row.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
            return inner.isEmpty ? nil : inner
        }.joined(separator: " ")
    }

    @Test("two marked, one open at Bernd's: a asks about the marks, then names Bernd; n writes nothing, y y approves both",
          arguments: [
              (Language.de, "1 der 2 markierten Beiträge ist gerade in Bearbeitung bei Bernd Schmidt. Trotzdem freigeben?"),
              (.en, "1 of the 2 marked comments is open right now (by Bernd Schmidt). Approve anyway?"),
          ])
    func markedCommentOpenElsewhere(language: Language, question: String) throws {
        let h = try ScreenHarness(language: language, width: 160)
        let pending = try h.pendingIds(limit: 3)
        h.press(.character(" "), .character(" "))   // marks the first two; the cursor is on the third
        _ = try h.otherStore(ScreenHarness.bernd, secondsLater: 0).claim(pending[1])
        h.waitTick()

        h.press(.character("a"))
        let marks = h.t(.decision(.confirmMarked(.approve, count: 2, cursor: try h.label(pending[2]), cursorMarked: false)))
        #expect(Self.dialog(h).hasPrefix(marks), "the marks first:\n\(h.screen)")
        h.press(.character("y"))
        #expect(Self.dialog(h).hasPrefix(question), "then who has one open:\n\(h.screen)")
        h.press(.character("n"))
        #expect(try h.state(of: pending[0]) == "pending" && h.state(of: pending[1]) == "pending", "No writes nothing")

        h.press(.character("a"), .character("y"), .character("y"))
        #expect(try h.state(of: pending[0]) == "approved" && h.state(of: pending[1]) == "approved")
        #expect(try h.state(of: pending[2]) == "pending", "the cursor row was not marked")
    }

    @Test("one marked comment Bernd has open, the cursor elsewhere: after the marks question comes Bernd's name")
    func oneMarkedOpenElsewhere() throws {
        let h = try ScreenHarness(width: 160)
        let pending = try h.pendingIds(limit: 2)
        h.press(.character(" "))
        _ = try h.otherStore(ScreenHarness.bernd, secondsLater: 0).claim(pending[0])
        h.waitTick()
        h.press(.character("a"), .character("y"))
        #expect(Self.dialog(h).hasPrefix(h.t(.decision(.claimedBy(try h.label(pending[0]), who: "Bernd Schmidt", .approve)))), "\(h.screen)")
        #expect(try h.state(of: pending[0]) == "pending")
        h.press(.character("y"))
        #expect(try h.state(of: pending[0]) == "approved")
    }
}
