import Testing
import Foundation
import TerminalKit
@testable import ModeratApp

@Suite struct ExploreTests {
    @Test func explore() throws {
        try? FileManager.default.removeItem(atPath: "/tmp/apptests-demo.db")
        try DemoTemplate.copy(to: "/tmp/apptests-demo.db")
    }
}
