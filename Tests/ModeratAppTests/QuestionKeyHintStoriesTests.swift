import Foundation
import ModeratStore
@testable import ModeratApp
import Testing

/// Every yes/no question of the workbench (a decision on marked comments, quitting with marks
/// set, discarding a draft, finalising minutes) ends with the same key hint in both
/// languages, drawn on the status line; none says "(y/n)" or words the keys its own way.
@Suite("One key hint for every yes/no question")
struct QuestionKeyHintStoriesTests {
    @Test("D, F, a on marked comments and q with marks set each show the one hint; no (y/n)", arguments: [Language.de, .en])
    func oneHint(language: Language) throws {
        let hint = " " + Localizer(language)(.decision(.yesNo))
        #expect(hint == (language == .de ? " y = ja   n, Esc, Enter = nein" : " y = yes   n, Esc, Enter = no"))

        let secretary = try ScreenHarness(account: ScreenHarness.secretary, language: language, width: 80, height: 24)
        let item = try #require(try secretary.store.meeting(2).item(number: 1))
        try secretary.store.saveDraft(OpenDraft.key(itemId: item.id), text: "halb geschrieben")
        secretary.press(.character("5"), .enter)
        secretary.press(.character("D"))
        #expect(secretary.statusLine == hint, "D:\n\(secretary.screen)")
        #expect(!secretary.screen.contains("(y/n)"))
        secretary.press(.character("y"), .character("F"))
        #expect(secretary.statusLine == hint, "F:\n\(secretary.screen)")
        #expect(!secretary.screen.contains("(y/n)"))
        secretary.press(.character("n"))
        #expect(try secretary.string("SELECT status FROM minutes WHERE meeting_id = 2") == "draft")

        let moderator = try ScreenHarness(language: language, width: 80, height: 24)
        moderator.press(.character(" "), .character("a"))
        #expect(moderator.statusLine == hint, "a with a mark:\n\(moderator.screen)")
        #expect(moderator.screen.contains("│" + hint), "and in the question's box:\n\(moderator.screen)")
        moderator.press(.character("n"), .character("q"))
        #expect(!moderator.app.shouldQuit)
        #expect(moderator.statusLine == hint, "q with a mark:\n\(moderator.screen)")
        #expect(moderator.screen.contains("│" + hint), "and in the question's box:\n\(moderator.screen)")
        #expect(!moderator.screen.contains("= quit") && !moderator.screen.contains("= beenden"))
    }
}
