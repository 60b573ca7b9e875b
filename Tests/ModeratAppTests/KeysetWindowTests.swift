import Testing
@testable import ModeratApp

/// KeysetWindow on a list of plain numbers 0..<count, fetched the way the queue fetches by
/// keyset: the rows after a row, the rows before it.
@Suite("KeysetWindow")
struct KeysetWindowTests {
    /// A list of `count` rows and counters of how often each edge was fetched.
    final class Source {
        let count: Int
        var afterCalls = 0, beforeCalls = 0
        init(_ count: Int) { self.count = count }
        func first(_ n: Int) -> [Int] { Array(0..<min(n, count)) }
        func last(_ n: Int) -> [Int] { Array(max(0, count - n)..<count) }
        func after(_ row: Int, _ n: Int) -> [Int] { afterCalls += 1; return Array((row + 1)..<min(count, row + 1 + n)) }
        func before(_ row: Int, _ n: Int) -> [Int] { beforeCalls += 1; return Array(max(0, row - n)..<row) }
    }

    func window(_ source: Source, page: Int = 10) -> KeysetWindow<Int> {
        var window = KeysetWindow<Int>()
        window.show(source.first(page * 2), limit: page * 2, toEnd: false, page: page)
        return window
    }

    func move(_ window: inout KeysetWindow<Int>, by delta: Int, _ source: Source, page: Int = 10) {
        window.move(by: delta, page: page, after: source.after, before: source.before)
    }

    @Test("a first page of a short list knows both ends and selects its first row")
    func shortList() {
        let source = Source(5)
        let window = window(source)
        #expect(window.rows == [0, 1, 2, 3, 4])
        #expect(window.selectedRow == 0 && window.top == 0)
        #expect(window.atStart && window.atEnd)
    }

    @Test("moving past the fetched rows fetches the next ones; the end of the list stops the cursor")
    func fetchesForward() {
        let source = Source(100)
        var window = window(source)
        #expect(!window.atEnd)
        move(&window, by: 25, source)
        #expect(window.selectedRow == 25)
        #expect(source.afterCalls == 1)
        move(&window, by: 1_000, source)
        #expect(window.selectedRow == 99)
        #expect(window.atEnd)
        // The selected row is on screen.
        #expect(window.selected >= window.top && window.selected < window.top + 10)
    }

    @Test("moving above the first row stays on it when the list starts there")
    func stopsAtStart() {
        let source = Source(100)
        var window = window(source)
        move(&window, by: -5, source)
        #expect(window.selectedRow == 0)
        #expect(source.beforeCalls == 0)
    }

    @Test("a window shown at the end fetches backwards when the cursor goes up past its first row")
    func fetchesBackward() {
        let source = Source(1_000)
        var window = KeysetWindow<Int>()
        window.show(source.last(20), limit: 20, toEnd: true, page: 10)
        #expect(window.selectedRow == 999)
        #expect(window.atEnd && !window.atStart)
        #expect(window.top == 10)
        move(&window, by: -30, source)
        #expect(window.selectedRow == 969)
        #expect(source.beforeCalls >= 1)
        #expect(window.selected >= window.top && window.selected < window.top + 10)
    }

    @Test("scrolling far keeps a few pages in memory, not the whole list, and still lands on the right row")
    func memoryStaysFlat() {
        let source = Source(100_000)
        var window = window(source)
        for _ in 0..<500 { move(&window, by: 10, source) }
        #expect(window.selectedRow == 5_000)
        #expect(window.rows.count <= 10 * 6, "\(window.rows.count) rows held")
        #expect(!window.atStart)
        for _ in 0..<500 { move(&window, by: -10, source) }
        #expect(window.selectedRow == 0)
        #expect(window.rows.count <= 10 * 6, "\(window.rows.count) rows held")
    }

    @Test("an empty list has no selected row and moving does nothing")
    func emptyList() {
        let source = Source(0)
        var window = window(source)
        move(&window, by: 3, source)
        #expect(window.selectedRow == nil)
        #expect(window.selected == 0 && window.top == 0)
    }
}
