import Foundation
import Testing
@testable import ModeratCore

@Suite("Core rules")
struct CoreTests {
    @Test("German folding spells out umlauts and ß and keeps the rest")
    func spellOut() {
        #expect(GermanFolding.spellOut("Straße über Äpfel") == "Strasse ueber Aepfel")
        #expect(GermanFolding.spellOut("GROẞ") == "GROSS")
        #expect(GermanFolding.spellOut("a\u{308}") == "ae")
        #expect(GermanFolding.key("Straße") == GermanFolding.key("STRASSE"))
        #expect(GermanFolding.key("naïve") == "naive")
    }

    @Test("The state machine: reject needs a reason, approve takes none, no decision to the same state")
    func rules() {
        #expect(CommentRules.validate(.reject, from: .pending, reasonCode: nil) == .reasonRequired)
        #expect(CommentRules.validate(.approve, from: .pending, reasonCode: "spam") == .reasonNotAllowed)
        #expect(CommentRules.validate(.approve, from: .approved, reasonCode: nil) == .alreadyInState(.approved))
        #expect(CommentRules.validate(.hold, from: .pending, reasonCode: nil) == nil)
    }

    @Test("A conflict message names who and when, with the date when it was not today")
    func conflictMessage() throws {
        let now = try #require(Timestamps.date("2026-11-27T14:30:00Z"))
        let today = try #require(Timestamps.date("2026-11-27T13:03:00Z"))
        let yesterday = try #require(Timestamps.date("2026-11-26T13:03:00Z"))
        let conflict = CommentConflict(commentId: 7, state: .approved, changedBy: "Anna Beispiel", changedAt: today, wasDecision: true)
        #expect(conflict.message(now: now) == "Comment 7 was already approved by Anna Beispiel at 14:03.")
        var older = conflict
        older.changedAt = yesterday
        older.wasDecision = false
        #expect(older.message(now: now) == "Comment 7 was changed by Anna Beispiel on 26.11.2026 at 14:03 (now approved).")
    }

    @Test("Short times are shown in Berlin time, summer and winter")
    func shortTimes() throws {
        let summer = try #require(Timestamps.date("2026-07-01T12:00:00Z"))
        #expect(Timestamps.short(summer, now: summer) == "14:00")
        let winter = try #require(Timestamps.date("2026-01-10T12:00:00Z"))
        #expect(Timestamps.short(winter, now: summer) == "10.01.2026 13:00")
    }

    @Test("A stored timestamp is what the Gregorian calendar in UTC says, leap days and centuries included")
    func storedTimestamps() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        var seconds: Int64 = -2_208_988_800  // 1900-01-01
        while seconds < 4_102_444_800 {      // 2100-01-01
            let date = Date(timeIntervalSince1970: TimeInterval(seconds) + 0.75)
            let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
            let expected = String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", c.year ?? 0, c.month ?? 0, c.day ?? 0,
                                  c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
            #expect(Timestamps.string(date) == expected)
            #expect(Timestamps.date(expected) == Date(timeIntervalSince1970: TimeInterval(seconds)))
            seconds += 86_400 * 13 + 3_671  // every 13 days and an hour and a bit: all months, all hours
        }
        #expect(Timestamps.string(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00Z")
    }
}
