import Foundation
import ModeratCore
import ModeratStore
import TerminalKit
import Testing
@testable import ModeratApp

/// The frame around the screens: tabs, help, the command line, languages, sizes.
@Suite("Shell stories")
struct ShellStoriesTests {
    /// What each screen shows in its heading, so a visit is more than a marked tab.
    static func heading(_ screen: ScreenID, _ h: ScreenHarness) -> String {
        switch screen {
        case .queue: return h.t(.state(.pending))
        case .sections: return h.t(.sectionsHeader)
        case .projects: return h.t(.projectsHeader)
        case .roster: return "Beteiligungsbeirat"
        case .meetings: return h.t(.meetingsHeader)
        case .actions: return h.t(.actionsHeader)
        case .dashboard: return h.t(.dashboardHeader)
        case .audit: return h.t(.screenTitle(.audit))
        }
    }

    @Test("Tab and the number keys visit every screen, and the title line marks it")
    func visitEveryScreen() throws {
        let h = try ScreenHarness()
        #expect(h.currentTab == " 1 \(h.t(.screenTitle(.queue))) ")
        for screen in ScreenID.allCases.dropFirst() + [.queue] {
            h.press(.tab)
            #expect(h.currentTab == " \(screen.rawValue) \(h.t(.screenTitle(screen))) ", "Tab to \(screen)")
            #expect(h.row(1).contains(Self.heading(screen, h)), "\(screen) heading: \(h.row(1))")
            #expect(h.statusLine.count > 10, "the status line has hints on \(screen)")
        }
        for screen in ScreenID.allCases.reversed() {
            h.press(.character(Character(String(screen.rawValue))))
            #expect(h.currentTab == " \(screen.rawValue) \(h.t(.screenTitle(screen))) ", "key \(screen.rawValue)")
            #expect(h.row(1).contains(Self.heading(screen, h)), "\(screen) heading: \(h.row(1))")
        }
        h.press(.backTab)
        let last = try #require(ScreenID.allCases.last)
        #expect(h.currentTab == " \(last.rawValue) \(h.t(.screenTitle(last))) ", "Shift-Tab from the first goes to the last")
    }

    @Test("? opens help listing this screen's bindings; Esc closes it")
    func help() throws {
        let h = try ScreenHarness()
        let id = try #require(h.selectedCommentId)
        let before = h.screen
        h.press(.character("?"))
        #expect(h.screen.contains(h.t(.helpTitle(h.t(.screenTitle(.queue))))))
        #expect(h.screen.contains("freigeben"))
        #expect(h.screen.contains(h.t(.keyHelp(.reject))))
        #expect(h.statusLine.contains(h.t(.helpFooter)))
        #expect(!h.screen.contains(h.t(.keyHelp(.switchScreen))))
        h.press(.pageDown, .pageDown)
        #expect(h.screen.contains(h.t(.keyHelp(.switchScreen))), "scrolled down, the global keys are listed too")
        h.press(.character("a"))  // keys go to the help, not the queue
        #expect(try h.state(of: id) == "pending")
        #expect(h.statusLine.contains(h.t(.helpFooter)))
        h.press(.escape)
        #expect(h.screen == before)

        // In the comment view, help lists the comment keys and the editor keys.
        h.press(.enter, .character("?"))
        #expect(h.screen.contains(h.t(.helpTitle(h.t(.commentTitle)))))
        #expect(h.screen.contains(h.t(.keyHelp(.answer))))
        h.press(.pageDown)
        #expect(h.screen.contains(h.t(.keyHelp(.headingEditor))))
        h.press(.escape)
        #expect(!h.screen.contains(h.t(.keyHelp(.headingEditor))))
    }

    @Test(": with Tab completes a command; Enter runs it")
    func commandLine() throws {
        let h = try ScreenHarness()
        h.press(.character(":"))
        #expect(h.statusLine == ":")
        h.type("ro")
        h.press(.tab)
        #expect(h.statusLine == ":roster", "completed with a trailing space: \(h.statusLine)")
        #expect(h.backend.cursor?.x == 8 && h.backend.cursor?.y == h.height - 1, "the cursor stands after the space")
        #expect(h.currentTab == " 1 \(h.t(.screenTitle(.queue))) ", "nothing runs before Enter")
        h.press(.enter)
        #expect(h.currentTab == " 4 \(h.t(.screenTitle(.roster))) ")
        #expect(h.row(1).contains("Beteiligungsbeirat"))
    }

    @Test("an unknown command shows an error and changes nothing")
    func unknownCommand() throws {
        let h = try ScreenHarness()
        h.press(.character(":"))
        h.type("frobnicate")
        h.press(.enter)
        #expect(h.statusLine.contains(h.t(.unknownCommand("frobnicate"))))
        #expect(!h.cells(in: h.height - 1, styled: .error).isEmpty)
        #expect(h.currentTab == " 1 \(h.t(.screenTitle(.queue))) ")
        h.press(.character("j"))
        #expect(!h.statusLine.contains("frobnicate"), "the message goes with the next key")
    }

    @Test(":search runs a search from the command line")
    func commandSearch() throws {
        let h = try ScreenHarness()
        h.press(.character("2"), .character(":"))
        h.type("search Rabatt")
        h.press(.enter)
        #expect(h.currentTab == " 1 \(h.t(.screenTitle(.queue))) ")
        #expect(h.queueHeading.contains("/Rabatt"))
        #expect(h.queueRows.count == 1)
        #expect(h.queueRows.first?.contains("Rabatt") == true || h.queueRows.first?.contains("Gartenmöbel") == true)
    }

    @Test("--lang en shows English headings")
    func english() throws {
        let h = try ScreenHarness(language: .en)
        #expect(h.currentTab == " 1 Queue ")
        #expect(h.row(1).contains("pending"))
        #expect(h.row(1).contains("comments"))
        #expect(h.row(2).contains("State"))
        #expect(h.row(2).contains("Text"))
        #expect(h.statusLine.contains("approve"))
        #expect(!h.screen.contains("Warteschlange"))
        h.press(.character("2"))
        #expect(h.row(1).contains("Guideline sections"))
        h.press(.character("?"))
        #expect(h.screen.contains("Help"))
        h.press(.escape, .character("1"), .character("a"))
        #expect(h.statusLine.contains(": approved · ") || h.statusLine.contains(": approved"), "status: \(h.statusLine)")
    }

    @Test("a terminal below 60x16 says it is too small; back at 100x30 the same screen and selection return")
    func tooSmall() throws {
        let h = try ScreenHarness()
        h.press(.character("j"), .character("j"), .character("j"))
        let selected = try #require(h.selectedRowText)
        let selectedY = h.selectedRows.first
        let before = h.screen

        h.resize(width: 50, height: 12)
        #expect(h.screen.contains("zu klein"), "\(h.screen)")
        #expect(h.screen.contains("50×12"))
        #expect(h.screen.contains("60×16"))
        #expect(!h.screen.contains("moderat "), "no mangled chrome")
        let audits = try h.totalAuditRows
        h.press(.character("j"), .character("a"))  // ignored while too small
        #expect(try h.totalAuditRows == audits)

        h.resize(width: 100, height: 30)
        #expect(h.selectedRowText == selected)
        #expect(h.selectedRows.first == selectedY)
        #expect(h.screen == before)
    }

    @Test("someone decides while the terminal is too small: grown back, the queue fills the screen again")
    func reloadWhileTooSmall() throws {
        let h = try ScreenHarness()
        let fullRows = h.rows(containing: " offen ").count
        #expect(fullRows == 27, "the heading and 26 rows of open comments:\n\(h.screen)")
        h.resize(width: 50, height: 12)
        let other = try h.otherStore(ScreenHarness.anna)
        let comment = try #require(h.ids("SELECT id FROM comment WHERE state = 'pending' ORDER BY created_at DESC LIMIT 1").first)
        try other.decide(comment, .approve, expectedVersion: try h.version(of: comment))
        h.waitTick()
        h.resize(width: 100, height: 30)
        #expect(h.rows(containing: " offen ").count == fullRows, "every row of the list filled again:\n\(h.screen)")
    }

    @Test("Ctrl-L asks for a full redraw")
    func redraw() throws {
        let h = try ScreenHarness()
        let before = h.backend.invalidateCount
        let screen = h.screen
        h.press(.control("l"))
        #expect(h.backend.invalidateCount == before + 1)
        #expect(h.screen == screen)
        h.press(.character("j"))
        #expect(h.backend.invalidateCount == before + 1, "only when asked")
    }

    @Test("q quits")
    func quit() throws {
        let h = try ScreenHarness()
        #expect(!h.app.shouldQuit)
        h.press(.character("q"))
        #expect(h.app.shouldQuit)
    }
}
