import Foundation
import ModeratCore
import ModeratStore
import TerminalKit
import Testing
@testable import ModeratApp

/// A search in the queue follows into the comment view.
@Suite("Comment search stories")
struct CommentSearchStoriesTests {
    @Test("after searching 'strasse', the opened comment highlights 'Straße' in its body")
    func searchFollowsIntoComment() throws {
        let h = try ScreenHarness()
        h.press(.character("/"))
        h.type("strasse")
        h.press(.enter)
        h.press(.enter)
        #expect(h.app.comment?.query == "strasse")
        let highlighted = (0..<h.height).map { h.text(in: $0, styled: .match) }.filter { !$0.isEmpty }
        #expect(!highlighted.isEmpty, "the body shows the match styled")
        for text in highlighted {
            #expect(GermanFolding.key(text).contains("strasse"), "\(text)")
        }
    }
}
