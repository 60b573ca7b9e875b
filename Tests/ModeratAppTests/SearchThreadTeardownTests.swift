import Foundation
import ModeratStore
import TerminalKit
import Testing
@testable import ModeratApp

/// A search read off the input thread may outlive the workbench that started it (Esc, then
/// the workbench goes away); its thread then holds the last reference to the database and
/// closes it. That close uses libdispatch (GRDB's queues), so it must happen while the thread
/// is still a working thread: a `Thread`'s closure is released only in the thread's
/// thread-specific-data destructors, after libdispatch has freed its per-thread cache, and a
/// database closed there wrote into freed memory (`malloc_consolidate(): invalid chunk size`
/// or `corrupted double-linked list` in about one full test run in twenty).
@Suite("A search that outlives its workbench")
struct SearchThreadTeardownTests {
    /// Set in the child process that runs `abandonedSearches`.
    static let childFlag = "MODERAT_SEARCH_TEARDOWN_CHILD"

    // Run by hand (it spawns nothing): without the fix it crashes within a few rounds.
    //   MODERAT_SEARCH_TEARDOWN_CHILD=1 MALLOC_PERTURB_=165 .build/debug/moderatPackageTests.xctest \
    //     --testing-library swift-testing --filter SearchThreadTeardownTests
    @Test("Searches abandoned with their workbench, each thread holding the database last",
          .enabled(if: ProcessInfo.processInfo.environment[SearchThreadTeardownTests.childFlag] != nil))
    func abandonedSearches() throws {
        for _ in 0..<12 {
            weak var database: ModeratDatabase?
            try autoreleasepool {
                let h = try ScreenHarness()
                database = h.database
                let pool = try h.database.pool
                // Every reader is busy elsewhere, so the search's thread waits for one while
                // the workbench goes away.
                let readers = pool.configuration.maximumReaderCount
                let entered = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
                let holders = DispatchGroup()
                for _ in 0..<readers {
                    DispatchQueue.global().async(group: holders) {
                        try? pool.read { _ in
                            entered.signal()
                            _ = release.wait(timeout: .now() + 10)
                        }
                    }
                }
                for _ in 0..<readers { entered.wait() }
                h.press(.character("/"))
                h.type("stra")
                // A word of several terms: its lists are read on two lanes (dispatch's
                // threads), which leaves the search's thread with dispatch's per-thread cache.
                h.app.handle(.key(.enter))
                #expect(h.app.screens.queue.runningSearch != nil)
                Holder.release = { for _ in 0..<readers { release.signal() }; holders.wait() }
            }
            // The workbench is gone; only the search's thread still holds the database.
            Holder.release?()
            Holder.release = nil
            let deadline = ContinuousClock.now + .seconds(20)
            while database != nil, ContinuousClock.now < deadline { usleep(5_000) }
            #expect(database == nil, "the search's thread never let the database go")
        }
    }

}
/// Lets the readers go after the harness's scope has ended.
private enum Holder {
    nonisolated(unsafe) static var release: (() -> Void)?
}

private func autoreleasepool<T>(_ body: () throws -> T) rethrows -> T { try body() }
