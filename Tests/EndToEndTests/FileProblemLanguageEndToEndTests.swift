import Foundation
import GRDB
import Testing

/// moderat's own words about a file and a stored value it does not know follow the session's
/// language (--lang) on the command line, with the exit code they always had.
@Suite("File problems in both languages end to end", .serialized, .beyondSmokeSet)
struct FileProblemLanguageEndToEndTests {
    @Test("a backup onto an existing file is refused in German and English (73), the file untouched")
    func backupExists() async throws {
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        let destination = workspace.path("schon-da.db")
        try Data("wertvoll".utf8).write(to: destination)
        for (lang, says) in [("de", "moderat: DEST: kann nicht angelegt werden: gibt es schon (mit --overwrite ersetzen); nichts wurde geändert\n"),
                             ("en", "moderat: DEST: cannot create: already exists (use --overwrite to replace it); nothing was changed\n")] {
            let result = try await ModeratLaunch.run(database: db, arguments: ["backup", destination.path, "--lang", lang],
                                                     environment: [:], workspace: workspace)
            #expect(result.status == 73, "\(lang): \(result.stderr)")
            #expect(result.stderr.replacingOccurrences(of: destination.path, with: "DEST") == says, "\(lang)")
            #expect(result.stdout.isEmpty, "\(lang): \(result.stdout)")
        }
        #expect(try Data(contentsOf: destination) == Data("wertvoll".utf8))
    }

    @Test("a comment state this moderat does not know is named in German and English (65), nothing written over it")
    func unknownStoredValue() async throws {
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        let queue = try DatabaseQueue(path: db.path)
        let id = try await queue.write { db -> Int64 in
            let id = try Int64.fetchOne(db, sql: "SELECT id FROM comment WHERE state = 'pending' ORDER BY id LIMIT 1") ?? 0
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: "UPDATE comment SET state = 'escalated' WHERE id = ?", arguments: [id])
            try db.execute(sql: "PRAGMA ignore_check_constraints = OFF")
            return id
        }
        try queue.close()
        for (lang, says) in [("de", "moderat: comment.state enthält „escalated“, das dieses moderat nicht kennt (von einer neueren Version geschrieben?); nichts wurde geändert\n"),
                             ("en", "moderat: comment.state holds 'escalated', which this moderat does not know (written by a newer version?); nothing was changed\n")] {
            let result = try await ModeratLaunch.run(database: db, arguments: ["decide", String(id), "approve", "--lang", lang],
                                                     environment: ["MODERAT_ACCOUNT": "amueller"], workspace: workspace)
            #expect(result.status == 65, "\(lang): \(result.stderr)")
            #expect(result.stderr == says, "\(lang)")
        }
        #expect(try DemoDatabase.read(db) { try String.fetchOne($0, sql: "SELECT state FROM comment WHERE id = ?", arguments: [id]) } == "escalated")
    }
}
