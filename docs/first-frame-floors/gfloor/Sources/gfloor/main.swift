import CFloor
import GRDB

// The C floor's work through GRDB: open read-only, the pending count, the first page.
var configuration = Configuration()
configuration.readonly = true
let queue = try DatabaseQueue(path: CommandLine.arguments[1], configuration: configuration)
floor_draw_start()
let lines = Int(floor_lines())
try queue.read { db in
    let pending = try Int.fetchOne(db, sql: "SELECT n FROM comment_count WHERE state = 'pending'") ?? 0
    floor_header(Int32(pending))
    let rows = try Row.fetchCursor(db, sql: """
        SELECT c.id, c.created_at, p.slug, COALESCE(a.display_name, ''), substr(c.body, 1, 120)
        FROM comment c JOIN process p ON p.id = c.process_id LEFT JOIN author a ON a.id = c.author_id
        WHERE c.state = 'pending' ORDER BY c.created_at, c.id LIMIT ?
        """, arguments: [lines - 5])
    var y: Int32 = 3
    while let row = try rows.next() {
        let created: String = row[1], slug: String = row[2], author: String = row[3], text: String = row[4]
        floor_row(y, row[0], created, slug, author, text)
        y += 1
    }
}
floor_finish()
