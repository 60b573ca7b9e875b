import Foundation
import GRDB
import Testing

/// Issue 15 in a real terminal on the demo: a moderator's loop from the oldest pending comment
/// on, a fresh session's `u`, and a reversal whose old answer never reaches the export.
@Suite("a moderator's working day in a real terminal", .serialized, .requires(.tmux), .beyondSmokeSet)
struct DecisionDayEndToEndTests {
    static func row(_ db: URL, _ id: Int64) throws -> Row? {
        try DemoDatabase.read(db) {
            try Row.fetchOne($0, sql: "SELECT state, reason_code, public_answer, internal_note FROM comment WHERE id = ?", arguments: [id])
        }
    }

    static func start(_ db: URL, _ workspace: TempWorkspace) async throws -> TmuxSession {
        let tmux = try await ModeratLaunch.inTmux(database: db, arguments: ["--lang", "en"], width: 100, height: 30, workspace: workspace)
        try await tmux.waitForSettled("the queue") { $0.count == 30 && $0[1].contains("pending · oldest first") }
        return tmux
    }

    @Test("approve, reject by number with an answer, hold three in a row: each lands on the next; a fresh u changes nothing; a forced reversal drops the answer from the export")
    func workingDay() async throws {
        try E2EEnvironment.require(.tmux)
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        let queue = try await DemoDatabase.queue(db, limit: 7, workspace: workspace)
        try #require(queue.count == 7)
        let tmux = try await Self.start(db, workspace)

        // The oldest pending comment opens; a approves it and the next one opens.
        try await tmux.sendKeys("Enter")
        try await tmux.waitFor("#\(queue[0].id) open") { $0[1].hasPrefix(" #\(queue[0].id)  pending") }
        try await tmux.sendKeys("a")
        var screen = try await tmux.waitFor("#\(queue[1].id) open") { $0[1].hasPrefix(" #\(queue[1].id)  pending") }
        #expect(screen.last?.contains("#\(queue[0].id) \(queue[0].author): approved · next: #\(queue[1].id) \(queue[1].author)") == true,
                "\(screen.dump)")
        #expect(try Self.row(db, queue[0].id)?["state"] as String? == "approved")

        // r, the reason by its number, a public answer.
        try await tmux.sendKeys("r")
        try await tmux.waitFor(text: "1  Off-topic")
        try await tmux.sendKeys("1")
        try await tmux.waitFor(text: "Public answer (optional)")
        try await tmux.type("Bitte beim Thema bleiben.")
        try await tmux.sendKeys("Enter")
        screen = try await tmux.waitFor("#\(queue[2].id) open") { $0[1].hasPrefix(" #\(queue[2].id)  pending") }
        let rejected = try #require(try Self.row(db, queue[1].id))
        #expect(rejected["state"] as String == "rejected" && rejected["reason_code"] as String? == "off-topic")
        #expect(rejected["public_answer"] as String? == "Bitte beim Thema bleiben.")

        // Three holds in a row, each with a note, each landing on the next comment.
        for index in 2...4 {
            try await tmux.sendKeys("h")
            try await tmux.waitFor(text: "Internal note")
            try await tmux.type("Rückfrage \(index)")
            try await tmux.sendKeys("Enter")
            try await tmux.waitFor("#\(queue[index + 1].id) open") { $0[1].hasPrefix(" #\(queue[index + 1].id)  pending") }
            #expect(try Self.row(db, queue[index].id)?["state"] as String? == "held")
        }
        try await tmux.sendKeys("Escape")
        try await tmux.waitFor(text: "pending · oldest first")
        try await tmux.sendKeys("q")
        #expect(try await tmux.waitForExit() == 0)
        await tmux.kill()

        // A fresh session: u says there is nothing of this session to undo, and writes nothing.
        let undosBefore = try DemoDatabase.read(db) { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM audit_event WHERE action = 'comment.undo'") ?? 0 }
        let fresh = try await Self.start(db, workspace)
        try await fresh.sendKeys("u")
        try await fresh.waitFor(text: "Nothing to undo")
        let undosAfter = try DemoDatabase.read(db) { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM audit_event WHERE action = 'comment.undo'") ?? 0 }
        #expect(undosAfter == undosBefore)
        for index in 2...4 { #expect(try Self.row(db, queue[index].id)?["state"] as String? == "held") }
        try await fresh.sendKeys("q")
        #expect(try await fresh.waitForExit() == 0)
        await fresh.kill()

        // The CLI refuses to reverse the rejection without --force, naming who and when.
        let id = String(queue[1].id)
        let refused = try await ModeratLaunch.run(database: db, arguments: ["decide", id, "approve", "--lang", "en"], workspace: workspace)
        #expect(refused.status == 1, "\(refused.stderr)")
        #expect(refused.stderr.contains("comment \(id) was already rejected by"), "\(refused.stderr)")
        #expect(try Self.row(db, queue[1].id)?["state"] as String? == "rejected")
        let forced = try await ModeratLaunch.run(database: db, arguments: ["decide", id, "approve", "--force", "--lang", "en"], workspace: workspace)
        #expect(forced.status == 0, "\(forced.stderr)")
        let reversed = try #require(try Self.row(db, queue[1].id))
        #expect(reversed["state"] as String == "approved")
        #expect(reversed["public_answer"] as String? == nil, "the answer written for the rejection is gone")

        // The commented guidelines publish the comment, without the rejection's answer.
        let slug = try #require(try DemoDatabase.read(db) {
            try String.fetchOne($0, sql: "SELECT p.slug FROM comment c JOIN process p ON p.id = c.process_id WHERE c.id = ?", arguments: [queue[1].id])
        })
        let export = try await ModeratLaunch.run(database: db, arguments: ["export", "guidelines", "--process", slug], workspace: workspace)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(!export.stdout.contains("Bitte beim Thema bleiben."))

        // An unknown reason is bad input (65), in German with --lang de.
        let unknown = try await ModeratLaunch.run(database: db, arguments: ["decide", String(queue[5].id), "reject", "--reason", "quatsch", "--lang", "de"],
                                                  workspace: workspace)
        #expect(unknown.status == 65, "\(unknown.stderr)")
        #expect(unknown.stderr.contains("Unbekannter Grund „quatsch“"), "\(unknown.stderr)")
    }
}
