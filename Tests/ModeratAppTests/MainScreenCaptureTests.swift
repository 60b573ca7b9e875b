import Foundation
import TerminalKit
import Testing
@testable import ModeratApp

/// Every main screen as a whole screen, at 80x24 and at the README's minimum (60x16), on the
/// in-memory backend over the demo database at the harness's fixed clock, compared row by row
/// with the expected text in `ScreenCaptures80x24` and `ScreenCaptures60x16` (the queue and
/// the comment view are in `ScreenCaptureTests`). A capture shows what a user would see:
/// which columns survive a narrow terminal, where text is cut, that the footer keeps "? Hilfe".
/// After a deliberate layout change, replace a capture with what the failing test prints.
@Suite("Whole-screen captures of the main screens")
struct MainScreenCaptureTests {
    /// A screen as a user reaches it from the start, by keys.
    enum Shot: String, CaseIterable, Sendable {
        case dashboard, sections, projects, roster, meetings, meeting, actions, audit, help

        var keys: [Key] {
            switch self {
            case .sections: return [.character("2")]
            case .projects: return [.character("3")]
            case .roster: return [.character("4")]
            case .meetings: return [.character("5")]
            case .meeting: return [.character("5"), .enter]
            case .actions: return [.character("6")]
            case .dashboard: return [.character("7")]
            case .audit: return [.character("8")]
            case .help: return [.character("?")]
            }
        }
    }

    static func capture(_ shot: Shot, width: Int, height: Int) throws -> String {
        let h = try ScreenHarness(width: width, height: height)
        h.press(shot.keys)
        return h.screen
    }

    @Test("each main screen at 80x24", arguments: Shot.allCases)
    func at80x24(_ shot: Shot) throws {
        let screen = try Self.capture(shot, width: 80, height: 24)
        #expect(screen == ScreenCaptures80x24.expected(shot), "\n\(screen)")
    }

    @Test("each main screen at the minimum size, 60x16", arguments: Shot.allCases)
    func at60x16(_ shot: Shot) throws {
        let screen = try Self.capture(shot, width: 60, height: 16)
        #expect(screen == ScreenCaptures60x16.expected(shot), "\n\(screen)")
    }
}
