import Foundation
import ModeratApp

/// Stands in for $VISUAL / $EDITOR: records what it was given and answers with that text
/// plus one appended line (or nil, as a failed editor would).
final class FakeEditor: TextEditing, @unchecked Sendable {
    private let lock = NSLock()
    private var received: [String] = []
    let appendedLine: String
    let fails: Bool

    init(appendedLine: String = "Aus dem externen Editor ergänzt.", fails: Bool = false) {
        self.appendedLine = appendedLine
        self.fails = fails
    }

    /// Every text the app handed over, in order.
    var calls: [String] {
        lock.lock()
        defer { lock.unlock() }
        return received
    }

    func edit(_ text: String) -> String? {
        lock.lock()
        received.append(text)
        lock.unlock()
        if fails { return nil }
        // Editors end the file with a newline the user did not type.
        return (text.isEmpty ? "" : text + "\n") + appendedLine + "\n"
    }
}

/// A clock tests can move forward; the store reads it for audit times and claims.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date) { current = start }

    var now: Date {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    func advance(by seconds: TimeInterval) {
        lock.lock()
        current = current.addingTimeInterval(seconds)
        lock.unlock()
    }
}
