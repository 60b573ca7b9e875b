import Foundation
import GRDB
import Testing

/// Bad input to a command is said in the session's language (--lang), naming the option or
/// the file and line, with the exit code it always had: the store's checks (projects, users,
/// forget-author, guidelines, the applicants of a lot draw, meetings, attendance, action
/// items) and the command line's own (meetings, `import csv --map`).
@Suite("Bad input in both languages end to end", .serialized, .beyondSmokeSet)
struct InputProblemLanguageEndToEndTests {
    /// One bad command (`DIR` stands for the workspace; no account is the demo's admin).
    typealias Case = CommandLanguageEndToEndTests.Case

    static let cases: [Case] = [
        Case(name: "projects add: a slug that is none", arguments: ["projects", "add", "--slug", "Bad Slug", "--title", "T"], account: nil,
             status: 65, german: "moderat: --slug: „Bad Slug“ ist kein Kürzel (Kleinbuchstaben, Ziffern und Bindestriche, z. B. radverkehr-2030)\n",
             english: "moderat: --slug: 'Bad Slug' is not a slug (lowercase letters, digits and hyphens, e.g. radverkehr-2030)\n"),
        Case(name: "projects edit: a project that does not exist", arguments: ["projects", "edit", "nope", "--status", "x"], account: nil,
             status: 65, german: "moderat: PROJECT_SLUG: Das Vorhaben „nope“ gibt es nicht (siehe `moderat projects list`).\n",
             english: "moderat: PROJECT_SLUG: There is no project 'nope' (see `moderat projects list`).\n"),
        Case(name: "users add: a role that is none", arguments: ["users", "add", "neu", "--name", "Neue Person", "--role", "chef"], account: nil,
             status: 65, german: "moderat: --role: „chef“ ist keine Rolle (eine von viewer, moderator, secretary, admin)\n",
             english: "moderat: --role: 'chef' is not a role (one of viewer, moderator, secretary, admin)\n"),
        Case(name: "users remove: an account not on the list", arguments: ["users", "remove", "niemand"], account: nil,
             status: 65, german: "moderat: ACCOUNT: „niemand“ steht nicht in der Liste von moderat (siehe `moderat users list`)\n",
             english: "moderat: ACCOUNT: 'niemand' is not on moderat's list of users (see `moderat users list`)\n"),
        Case(name: "forget-author: an empty name", arguments: ["forget-author", " ", "--dry-run"], account: nil,
             status: 65, german: "moderat: AUTHOR: leer: bitte einen Namen, #ID oder QUELLE:EXTERNE_ID angeben\n",
             english: "moderat: AUTHOR: empty: give a name, #ID or SOURCE:EXTERNAL_ID\n"),
        Case(name: "guidelines import: a file without headings", arguments: ["guidelines", "import", "DIR/ohne.md"], account: nil,
             status: 65, german: "moderat: DIR/ohne.md: keine Überschriften (## …) gefunden: nichts zu importieren\n",
             english: "moderat: DIR/ohne.md: no headings (## …) found: nothing to import\n"),
        Case(name: "roster draw: an applicant's birth date that is none, by file and line",
             arguments: ["roster", "draw", "--group", "residents", "--seats", "2", "--substitutes", "1", "--applicants", "DIR/bewerbungen.csv",
                         "--seed", "7", "--dry-run"], account: "root",
             status: 65, german: "moderat: DIR/bewerbungen.csv:3: birth_date „01.02.1981“ ist kein Datum (JJJJ-MM-TT)\n",
             english: "moderat: DIR/bewerbungen.csv:3: birth_date '01.02.1981' is not a date (YYYY-MM-DD)\n"),
        Case(name: "import csv: a --map field that is none (usage, 64)", arguments: ["import", "csv", "DIR/papier.csv", "--map", "colour=Text"],
             account: nil, status: 64,
             german: "moderat: --map: unbekanntes Feld „colour“ (Felder: id, body, author, author_id, created_at, locale, alignment, parent)\n",
             english: "moderat: --map: unknown field 'colour' (fields: id, body, author, author_id, created_at, locale, alignment, parent)\n"),
        Case(name: "import csv: a --map without body", arguments: ["import", "csv", "DIR/papier.csv", "--map", "author=Name"],
             account: nil, status: 64, german: "moderat: --map: body=SPALTE fehlt (die Spalte mit dem Text der Beiträge)\n",
             english: "moderat: --map: body=COLUMN is needed (the column holding the comment's text)\n"),
        Case(name: "meetings add: a date that is none", arguments: ["meetings", "add", "--board", "beirat", "--title", "X", "--date", "31.12.2026"],
             account: "cweber", status: 65, german: "moderat: --date: „31.12.2026“ ist kein Datum (JJJJ-MM-TT)\n",
             english: "moderat: --date: '31.12.2026' is not a date (YYYY-MM-DD)\n"),
        Case(name: "meetings add: a board that does not exist", arguments: ["meetings", "add", "--board", "rat", "--title", "X", "--date", "2026-12-31"],
             account: "cweber", status: 65, german: "moderat: --board: Das Gremium „rat“ gibt es nicht (Gremien hier: beirat).\n",
             english: "moderat: --board: There is no board 'rat' (boards here: beirat).\n"),
        Case(name: "meetings add: ending before it starts",
             arguments: ["meetings", "add", "--board", "beirat", "--title", "X", "--date", "2026-12-31", "--start", "18:00", "--end", "17:00"],
             account: "cweber", status: 65, german: "moderat: --end: die Sitzung kann nicht enden, bevor sie beginnt\n",
             english: "moderat: --end: the meeting cannot end before it starts\n"),
        Case(name: "meetings agenda: a TOP without title", arguments: ["meetings", "agenda", "2", "--add", " "], account: "cweber",
             status: 65, german: "moderat: --add: ein Tagesordnungspunkt braucht einen Titel\n", english: "moderat: --add: an agenda item needs a title\n"),
        Case(name: "meetings attendance: a status that is none", arguments: ["meetings", "attendance", "2", "--member", "Helga Brenner", "--status", "maybe"],
             account: "cweber", status: 65, german: "moderat: --status: „maybe“ ist keins von present, excused, absent\n",
             english: "moderat: --status: 'maybe' is not one of present, excused, absent\n"),
        Case(name: "meetings attendance: no member of that name", arguments: ["meetings", "attendance", "2", "--member", "Niemand", "--status", "present"],
             account: "cweber", status: 65, german: "moderat: --member: kein Mitglied heißt „Niemand“\n",
             english: "moderat: --member: no member is named 'Niemand'\n"),
        Case(name: "meetings attendance: standing in for a member who is present",
             arguments: ["meetings", "attendance", "2", "--member", "Nadia Haddad", "--status", "present", "--standing-in-for", "Helga Brenner"],
             account: "cweber", status: 65,
             german: "moderat: standing-in-for: Helga Brenner ist anwesend: vertreten wird nur ein abwesendes oder entschuldigtes Mitglied\n",
             english: "moderat: standing-in-for: Helga Brenner is present: a substitute stands in only for an absent or excused member\n"),
        Case(name: "meetings set: a next time that is none", arguments: ["meetings", "set", "2", "--next-time", "25:00"], account: "cweber",
             status: 65, german: "moderat: next-time: „25:00“ ist keine Uhrzeit (HH:MM)\n", english: "moderat: next-time: '25:00' is not a time (HH:MM)\n"),
        Case(name: "meetings set: nothing to set", arguments: ["meetings", "set", "2"], account: "cweber", status: 65,
             german: "moderat: meetings set: nichts zu ändern: bitte mindestens eine Option angeben (siehe --help)\n",
             english: "moderat: meetings set: nothing to change: give at least one option (see --help)\n"),
        Case(name: "actions done: a day after today", arguments: ["actions", "done", "1", "--on", "2099-01-01"], account: "cweber", status: 65,
             german: "moderat: on: 01.01.2099 liegt nach heute: eine Aufgabe ist erledigt, wenn sie erledigt wurde\n",
             english: "moderat: on: 2099-01-01 is after today: an action item is done when it was done\n"),
        Case(name: "actions done: a day that is none", arguments: ["actions", "done", "1", "--on", "kaputt"], account: "cweber", status: 65,
             german: "moderat: --on: „kaputt“ ist kein Datum (TT.MM.JJJJ oder JJJJ-MM-TT)\n",
             english: "moderat: --on: 'kaputt' is not a date (YYYY-MM-DD or DD.MM.YYYY)\n"),
    ]

    @Test("each bad input in exact words under --lang de and --lang en, naming the option or file and line; the exit code the same",
          arguments: cases)
    func badInputInBothLanguages(_ c: Case) async throws {
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        try Data("Nur Text, keine Überschrift.\n".utf8).write(to: workspace.path("ohne.md"))
        try Data("name,birth_date,gender\nAnna Alt,1980-01-01,f\nBen Berg,01.02.1981,m\n".utf8).write(to: workspace.path("bewerbungen.csv"))
        try Data("Text,Name\nMehr Bäume am Markt.,Anna\n".utf8).write(to: workspace.path("papier.csv"))
        let arguments = c.arguments.map { $0.replacingOccurrences(of: "DIR", with: workspace.root.path) }
        var environment: [String: String] = [:]
        if let account = c.account { environment["MODERAT_ACCOUNT"] = account }
        let before = try DemoDatabase.read(db) { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM audit_event") }
        for (lang, says) in [("de", c.german), ("en", c.english)] {
            let result = try await ModeratLaunch.run(database: db, arguments: arguments + ["--lang", lang], environment: environment,
                                                     workspace: workspace)
            #expect(result.status == c.status, "\(lang): \(result.stderr)")
            #expect(result.stderr.replacingOccurrences(of: workspace.root.path, with: "DIR") == says, "\(lang)")
            #expect(result.stdout.isEmpty, "\(lang): \(result.stdout)")
        }
        // Bad input writes nothing.
        #expect(try DemoDatabase.read(db) { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM audit_event") } == before)
    }
}
