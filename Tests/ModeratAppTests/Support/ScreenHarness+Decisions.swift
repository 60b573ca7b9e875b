import Foundation
@testable import ModeratApp

extension ScreenHarness {
    /// "#479 Jannik Stein": how the app names a comment in messages and questions.
    func label(_ id: Int64) throws -> String {
        let name = try string("SELECT a.display_name FROM comment c JOIN author a ON a.id = c.author_id WHERE c.id = ?", [id])
        return name.map { "#\(id) \($0)" } ?? "#\(id)"
    }

    /// The number the reason picker shows for a reason code (its place among the active ones).
    func reasonNumber(_ code: String) throws -> Character {
        let codes = try table("SELECT code FROM reason WHERE active = 1 ORDER BY ordinal, code").map { $0[0] }
        let index = codes.firstIndex(of: code) ?? 0
        return Character(String(index + 1))
    }

    /// The queue's search line (the last row above the status line).
    var searchLine: String { row(height - 2) }

    /// Everything the status line said this session, in full (what M shows).
    var messageLog: [String] { app.context.messageLog }
}
