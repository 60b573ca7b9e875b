import Foundation
import GRDB
import ModeratCore
import ModeratStore
import TerminalKit
import Testing
@testable import ModeratApp

/// A citizen's comment made to attack the moderator's terminal: it must show as harmless
/// glyphs and leave the layout alone.
@Suite("Hostile text stories")
struct HostileTextStoriesTests {
    static let osc52 = "\u{1B}]52;c;SGk=\u{07}"
    static let clear = "\u{1B}[2J"
    static let rlo = "\u{202E}"
    static let body: String = {
        var text = "Achtung\(osc52) Bürgerbeteiligung\(clear)\(rlo)nehcafnie ist\u{85}\u{9B}31m gut\u{7F}\r\n"
        text += (2...2000).map { "Zeile \($0) \(clear)mit\(rlo) Text" }.joined(separator: "\n")
        // NUL last: SQLite text ends there for some bindings, and the lines above must survive.
        return text + "\u{0}"
    }()
    static let authorName = "\u{1B}[31mRoter\u{202E} Text\u{1B}[0m"

    /// Inserts the comment as the oldest pending one, with a hostile author name.
    static func insertHostile(_ database: ModeratDatabase) throws {
        try database.pool.write { db in
            try db.execute(sql: "INSERT INTO author(source, external_id, display_name) VALUES ('test', 'hostile', ?)",
                           arguments: [authorName])
            let author = db.lastInsertedRowID
            try db.execute(sql: """
                INSERT INTO comment(source, external_id, process_id, author_id, body, created_at, imported_at)
                VALUES ('test', 'hostile-1', (SELECT MIN(id) FROM process), ?, ?, '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z')
                """, arguments: [author, body])
        }
    }

    /// Scalars that must never reach a cell.
    static func unsafeScalars(_ buffer: Buffer) -> [(x: Int, y: Int, scalar: UInt32)] {
        var found: [(Int, Int, UInt32)] = []
        for y in 0..<buffer.size.height {
            for x in 0..<buffer.size.width {
                for scalar in buffer[x, y].grapheme.unicodeScalars {
                    let v = scalar.value
                    if v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x202E || (0x2066...0x2069).contains(v) || (0x202A...0x202D).contains(v) {
                        found.append((x, y, v))
                    }
                }
            }
        }
        return found
    }

    func expectIntactLayout(_ h: ScreenHarness, hints: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(h.titleLine.hasPrefix(" moderat "), "title line: \(h.titleLine)", sourceLocation: sourceLocation)
        #expect(h.titleLine.hasSuffix("demo.db · tester (\(h.t(.generic("Verwaltung"))))"), "title line: \(h.titleLine)",
                sourceLocation: sourceLocation)
        #expect(h.buffer[0, 0].style.background == h.style(.title).background, sourceLocation: sourceLocation)
        #expect(h.statusLine.contains(hints), "status line: \(h.statusLine)", sourceLocation: sourceLocation)
        #expect((0..<h.width).allSatisfy { h.buffer[$0, h.height - 1].style == h.style(.status) }, sourceLocation: sourceLocation)
        let unsafe = Self.unsafeScalars(h.buffer)
        #expect(unsafe.isEmpty, "unsafe cells: \(unsafe.prefix(5))", sourceLocation: sourceLocation)
    }

    @Test("a comment full of escape sequences, bidi overrides and 2,000 lines shows only printable glyphs")
    func hostileComment() throws {
        let h = try ScreenHarness(prepare: Self.insertHostile)
        let id = try #require(try h.ids("SELECT id FROM comment WHERE external_id = 'hostile-1'").first)
        #expect(h.selectedCommentId == id, "the hostile comment is the oldest and comes first")
        #expect(try h.int("SELECT instr(body, 'Zeile 2000') > 0 FROM comment WHERE id = ?", [id]) == 1, "stored whole")

        // In the list.
        let row = try #require(h.selectedRowText)
        #expect(row.contains("Achtung␛]52;c;"), "ESC shows as a visible glyph: \(row)")
        #expect(row.contains("Roter"))
        expectIntactLayout(h, hints: String(h.t(.hintsQueue).prefix(20)))
        #expect(h.selectedRows.count == 1)
        #expect(h.queueRows.count == h.queueRowRange.count, "the list still fills its rows")

        // In the comment view, top and bottom of the body.
        h.press(.enter)
        #expect(h.row(1).contains("#\(id)"))
        #expect(h.screen.contains("Achtung␛]52;c;"))
        #expect(h.screen.contains("Zeile 2 ␛[2Jmit Text"), "line 2 as glyphs, the override dropped")
        expectIntactLayout(h, hints: String(h.t(.hintsComment).prefix(20)))
        h.press(.character("G"))
        #expect(h.screen.contains("Zeile 2000 ␛[2Jmit Text"))
        expectIntactLayout(h, hints: String(h.t(.hintsComment).prefix(20)))
        h.press(.pageUp)
        expectIntactLayout(h, hints: String(h.t(.hintsComment).prefix(20)))

        // Writing an answer to it and going back leaves the layout alone too.
        h.press(.escape)
        #expect(h.selectedCommentId == id)
        expectIntactLayout(h, hints: String(h.t(.hintsQueue).prefix(20)))
    }

    @Test("a search inside a hostile comment highlights without breaking the row")
    func hostileSearch() throws {
        let h = try ScreenHarness(prepare: Self.insertHostile)
        h.press(.character("/"))
        h.type("Bürgerbeteiligung")
        h.press(.enter)
        let y = try #require(h.rows(containing: "Achtung␛").first)
        #expect(Folding.fold(h.text(in: y, styled: .match)).contains("buergerbeteiligung"))
        #expect(Self.unsafeScalars(h.buffer).isEmpty)
    }
}
