import Foundation
import Testing
@testable import ModeratApp

/// `q` never loses typed text: wherever text is being typed (the comment view's answer and
/// note editor, the `:` line, the search line, the answer of a decision), q is a letter of
/// that text and Ctrl-C does not quit either; the comment editor's text is a draft already.
@Suite("Quit with text stories")
struct QuitWithTextStoriesTests {
    @Test("in the comment view's answer editor q is typed and Ctrl-C stays; the text is a draft at once")
    func commentEditor() throws {
        let h = try ScreenHarness()
        let id = try #require(h.selectedCommentId)
        h.press(.enter, .character("e"))
        h.type("Danke")
        h.press(.character("q"), .control("c"))
        #expect(!h.app.shouldQuit)
        #expect(h.screen.contains("Dankeq"))
        h.waitTick()
        #expect(try h.string("SELECT text FROM draft WHERE key = ?", ["comment:\(id):answer"]) == "Dankeq")
    }

    @Test("on the : line and the search line q is typed and Ctrl-C stays")
    func commandAndSearchLines() throws {
        let h = try ScreenHarness()
        h.press(.character(":"))
        h.type("sta")
        h.press(.character("q"), .control("c"))
        #expect(!h.app.shouldQuit)
        #expect(h.statusLine.contains(":staq"), "\(h.statusLine)")
        h.press(.escape, .character("/"))
        h.type("kred")
        h.press(.character("q"), .control("c"))
        #expect(!h.app.shouldQuit)
        #expect(h.screen.contains("kredq"), "\(h.screen)")
    }

    @Test("in a rejection's answer q is typed and Ctrl-C stays")
    func decisionAnswer() throws {
        let h = try ScreenHarness()
        h.press(.character("r"), .character("1"))
        h.type("Danke")
        h.press(.character("q"), .control("c"))
        #expect(!h.app.shouldQuit)
        #expect(h.screen.contains("Dankeq"), "\(h.screen)")
    }
}
