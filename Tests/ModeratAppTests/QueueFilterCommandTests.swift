import Foundation
import ModeratCore
import ModeratStore
import Testing
@testable import ModeratApp

/// The queue's `:` filters, one command at a time, on the demo database: what each makes of
/// its argument, and the words a user sees when an argument is not understood.
@Suite("queue filter commands")
struct QueueFilterCommandTests {
    let h: ScreenHarness
    init() throws { h = try ScreenHarness() }

    func apply(_ name: String, _ argument: String, to filter: inout QueueFilter) -> String? {
        QueueFilterCommand.apply(name, argument, to: &filter, selectedComment: nil, h.context)
    }

    @Test("states by their code or their German label, several at once; empty shows every state")
    func states() {
        var filter = QueueFilter()
        #expect(apply("state", "held,rejected", to: &filter) == nil)
        #expect(filter.states == [.held, .rejected])
        #expect(apply("state", "\(h.t(.state(.approved))) \(h.t(.state(.pending)))", to: &filter) == nil)
        #expect(filter.states == [.approved, .pending])
        #expect(apply("state", "", to: &filter) == nil)
        #expect(filter.states.isEmpty)
        #expect(apply("state", "spam", to: &filter) == h.t(.filterArgument("state", "spam")))
        #expect(filter.states.isEmpty, "a refused argument leaves the filter as it was")
    }

    @Test("dates in ISO or German form are midnight in Berlin; `to` includes its whole day")
    func dates() throws {
        var filter = QueueFilter()
        #expect(apply("from", "2026-10-01", to: &filter) == nil)
        #expect(filter.createdFrom == ISO8601DateFormatter().date(from: "2026-09-30T22:00:00Z"))
        #expect(apply("to", "1.10.2026", to: &filter) == nil)
        #expect(filter.createdBefore == ISO8601DateFormatter().date(from: "2026-10-01T22:00:00Z"))
        #expect(apply("to", "", to: &filter) == nil)
        #expect(filter.createdBefore == nil)
        #expect(apply("from", "31.13.2026", to: &filter) == h.t(.filterArgument("from", "31.13.2026")))
        #expect(QueueFilterCommand.berlinMidnight("gestern") == nil)
        #expect(QueueFilterCommand.berlinMidnight("1800-01-01") == nil)
    }

    @Test("answered takes yes/no in either language; order newest/oldest; reset brings the default back")
    func answeredOrderReset() {
        var filter = QueueFilter()
        #expect(apply("answered", "ja", to: &filter) == nil)
        #expect(filter.hasAnswer == true)
        #expect(apply("answered", "no", to: &filter) == nil)
        #expect(filter.hasAnswer == false)
        #expect(apply("answered", "vielleicht", to: &filter) == h.t(.filterArgument("answered", "vielleicht")))
        #expect(apply("order", "neueste", to: &filter) == nil)
        #expect(filter.order == .newestFirst)
        #expect(apply("order", "", to: &filter) == nil)
        #expect(filter.order == .oldestFirst)
        #expect(apply("reset", "", to: &filter) == nil)
        #expect(filter == QueueFilter())
    }

    @Test("a section by its code in any case, a process by its slug; unknown ones are named back")
    func lookups() throws {
        var filter = QueueFilter()
        #expect(apply("section", "c1", to: &filter) == nil)
        #expect(filter.sectionId == Int64(try h.int("SELECT id FROM section WHERE code = 'C1'")))
        #expect(apply("section", "Z9", to: &filter) == h.t(.filterArgument("section", "Z9")))
        #expect(apply("process", "leitlinien", to: &filter) == nil)
        #expect(filter.processId == Int64(try h.int("SELECT id FROM process WHERE slug = 'leitlinien'")))
        #expect(apply("process", "nirgendwo", to: &filter) == h.t(.filterArgument("process", "nirgendwo")))
        #expect(apply("process", "", to: &filter) == nil)
        #expect(filter.processId == nil)
    }

    @Test("a name the queue does not know is answered with the unknown-command text")
    func unknownName() {
        var filter = QueueFilter()
        #expect(apply("colour", "red", to: &filter) == h.t(.unknownCommand("colour")))
    }
}
