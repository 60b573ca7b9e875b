import Foundation
import ModeratStore
import TerminalKit
import Testing
@testable import ModeratApp

@Suite("A search runs off the input thread")
struct SearchTaskStoriesTests {
    @Test("Esc pressed while a search is being read stops it: the list stays as it was and the status line says so")
    func escapeCancelsRunningSearch() throws {
        let h = try ScreenHarness()
        let before = h.queueRows
        let heading = h.queueHeading
        h.press(.character("/"))
        h.type("strasse")
        // Enter starts the read on its own thread; Esc comes before the loop waits for it.
        h.press([.enter, .escape])
        #expect(h.statusLine.contains(h.t(.search(.cancelled("strasse")))))
        #expect(h.queueRows == before)
        #expect(h.queueHeading == heading)
        #expect(!h.queueHeading.contains("/strasse"))
        // Nothing arrives later either.
        Thread.sleep(forTimeInterval: 0.2)
        h.press(.character("j"))
        #expect(!h.queueHeading.contains("/strasse"))
    }

    @Test("Esc reaches the thread reading the search: a search still waiting to read ends cancelled, having read nothing")
    func escapeStopsTheReadingThread() throws {
        let h = try ScreenHarness()
        let before = h.queueRows
        h.press(.character("/"))
        h.type("strasse")
        // Every reader connection is busy elsewhere, so the search's thread waits for one and
        // is certainly still running when Esc comes (the readers give up after 5 s at worst).
        let pool = try h.database.pool
        let readers = pool.configuration.maximumReaderCount
        let entered = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        // The harness closes the database when it goes: every reader must be back by then.
        let holders = DispatchGroup()
        // Dispatch, not Thread: a Thread would keep `pool` until its thread-specific data is
        // destroyed, and a pool released there can be the last one (SearchThreadTeardownTests).
        for _ in 0..<readers {
            DispatchQueue.global().async(group: holders) {
                try? pool.read { _ in
                    entered.signal()
                    _ = release.wait(timeout: .now() + 5)
                }
            }
        }
        defer { holders.wait() }
        for _ in 0..<readers { entered.wait() }
        h.app.handle(.key(.enter))
        let task = try #require(h.app.screens.queue.runningSearch)
        Thread.sleep(forTimeInterval: 0.05)
        #expect(task.result == nil)
        h.press(.escape)
        #expect(h.statusLine.contains(h.t(.search(.cancelled("strasse")))))
        for _ in 0..<readers { release.signal() }
        let deadline = ContinuousClock.now + .seconds(5)
        while task.result == nil, ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.01) }
        guard case .failure(let error)? = task.result else {
            Issue.record("the search thread did not stop as cancelled: \(String(describing: task.result))")
            return
        }
        #expect(error as? SearchRefusal == .cancelled)
        #expect(h.queueRows == before)
        #expect(!h.queueHeading.contains("/strasse"))
    }

    @Test("Ctrl-C while a search runs stops the search, not the workbench")
    func controlCCancelsRunningSearch() throws {
        let h = try ScreenHarness()
        h.press(.character("/"))
        h.type("strasse")
        h.press([.enter, .control("c")])
        #expect(h.statusLine.contains(h.t(.search(.cancelled("strasse")))))
        #expect(!h.app.shouldQuit)
        #expect(!h.queueHeading.contains("/strasse"))
    }

    @Test("A key pressed while a search is read works on the list on screen, and the search still shows when it is ready")
    func keysWorkWhileSearching() throws {
        let h = try ScreenHarness()
        h.press(.character("/"))
        h.type("strasse")
        // j is handled on the list on screen; the loop then waits for the search and shows it.
        h.press([.enter, .character("j")])
        #expect(h.queueHeading.contains("/strasse"))
        let matches = try h.int("""
            SELECT COUNT(*) FROM comment WHERE state = 'pending'
            AND id IN (SELECT rowid FROM comment_fts WHERE comment_fts MATCH '"strasse"*')
            """)
        #expect(matches > 0)
        #expect(h.statusLine.contains(h.t(.searchMatches(matches, "strasse"))))
    }

    @Test("The 200-term query (d di die b be, forty times) is answered at once in the workbench, as `die be`")
    func twoHundredTerms() throws {
        let h = try ScreenHarness()
        let query = Array(repeating: "d di die b be", count: 40).joined(separator: " ")
        h.press(.character("/"))
        h.send(.paste(query))
        let started = ContinuousClock.now
        h.press(.enter)
        // One second on the store (SearchBoundsTests); here the debug build draws too, on a
        // shared machine, so the bound is looser. It took 10 s at full CPU before.
        #expect(ContinuousClock.now - started < .seconds(3))
        let expected = try h.int("""
            SELECT COUNT(*) FROM comment WHERE state = 'pending'
            AND id IN (SELECT rowid FROM comment_fts WHERE comment_fts MATCH '"die"* "be"*')
            """)
        #expect(expected > 0)
        #expect(h.app.screens.queue.total == expected)
        #expect(h.queueHeading.contains("/d di die"))
    }

    @Test("Nine different words are refused with the bound, in German and in English")
    func tooManyWordsRefused() throws {
        for language in [Language.de, .en] {
            let h = try ScreenHarness(language: language)
            h.press(.character("/"))
            h.type("eins zwei drei vier fuenf sechs sieben acht neun")
            h.press(.enter)
            #expect(h.statusLine.contains(h.t(.search(.refused(.tooManyWords(words: 9, limit: 8)))).prefix(40)))
            #expect(!h.cells(in: h.height - 1, styled: .error).isEmpty)
            #expect(!h.queueHeading.contains("/eins"))
        }
    }

    @Test("The full read (the count) starts only once the first page is on screen, and at once when there is no first page")
    func fullReadWaitsForFirstPage() throws {
        let h = try ScreenHarness()
        let filter = h.app.screens.queue.filter
        // Patient for longer than the test waits: only the first page's frame lets it go.
        let task = QueueSearchTask(text: "strasse", filter: filter, limit: 40, store: h.store, patience: .seconds(60))
        defer { task.cancel() }
        var page: SearchPreviewPage?
        let deadline = ContinuousClock.now + .seconds(10)
        while page == nil, ContinuousClock.now < deadline {
            page = task.takePreview()
            if page == nil { Thread.sleep(forTimeInterval: 0.005) }
        }
        #expect(page?.rows.isEmpty == false)
        // The page is ready and not drawn yet: the read that would compete with it waits.
        Thread.sleep(forTimeInterval: 0.3)
        #expect(task.result == nil)
        task.releaseFullRead()
        #expect(try waitForResult(task) == true)

        // A word with a hyphen is left to FTS5's own tokenizer: no first page is walked, so
        // nothing holds the read.
        let started = ContinuousClock.now
        let unwalked = QueueSearchTask(text: "straßen-bau", filter: filter, limit: 40, store: h.store, patience: .seconds(60))
        #expect(try waitForResult(unwalked) == true)
        #expect(ContinuousClock.now - started < .seconds(30))
        #expect(unwalked.takePreview() == nil)
    }

    /// Whether `task` ended well, waiting up to 30 s; nil when it did not end.
    private func waitForResult(_ task: QueueSearchTask) throws -> Bool? {
        let deadline = ContinuousClock.now + .seconds(30)
        while task.result == nil, ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.01) }
        guard let result = task.result else { return nil }
        try result.get()
        return true
    }
}
