import Foundation
import ModeratCore
@testable import ModeratStore
import Testing
@testable import ModeratApp

/// moderat's own words about the database or another file, as the workbench (and the command
/// line) says them: German and English word for word, the file first, the system's text
/// quoted as it came, the exit code the free text had.
@Suite("File problem words")
struct FileProblemWordsTests {
    static let de = Localizer(.de), en = Localizer(.en)

    @Test("each file problem in German and English, with its exit code",
          arguments: [
              (StoreError.file(path: "bewerbungen.csv", .cannotRead), Int32(74),
               "bewerbungen.csv: kann nicht gelesen werden", "bewerbungen.csv: cannot read"),
              (.file(path: "b.db", .backupExists), 73,
               "b.db: kann nicht angelegt werden: gibt es schon (mit --overwrite ersetzen); nichts wurde geändert",
               "b.db: cannot create: already exists (use --overwrite to replace it); nothing was changed"),
              (.file(path: "b.db", .isADirectory), 73,
               "b.db: kann nicht angelegt werden: ist ein Verzeichnis", "b.db: cannot create: is a directory"),
              (.file(path: "/srv/x/m.db", .cannotCreateDirectory("/srv/x", system: "Permission denied")), 73,
               "/srv/x/m.db: kann nicht angelegt werden: das Verzeichnis /srv/x lässt sich nicht anlegen: Permission denied",
               "/srv/x/m.db: cannot create: cannot create directory /srv/x: Permission denied"),
              (.file(path: "b.db", .backupFailed(system: "disk I/O error")), 74,
               "b.db: Sicherung fehlgeschlagen, keine Kopie blieb zurück: disk I/O error",
               "b.db: backup failed, no copy was left: disk I/O error"),
              (.file(path: "m.db", .changeWatcher(system: "unable to open database file")), 74,
               "m.db: die Verbindung, die Änderungen anderer Programme bemerkt, lässt sich nicht öffnen: unable to open database file",
               "m.db: cannot open a change watcher: unable to open database file"),
              (.file(path: "m.db", .changeCounter(system: "disk I/O error")), 74,
               "m.db: der Änderungszähler lässt sich nicht lesen: disk I/O error", "m.db: cannot read the change counter: disk I/O error"),
              (.file(path: "m.db", .writeFailed(system: "disk I/O error")), 74,
               "m.db: nichts wurde geändert: disk I/O error", "m.db: nothing was changed: disk I/O error"),
              (.file(path: "m.db", .migrationFailed(system: "disk I/O error")), 74,
               "m.db: Schema-Migration fehlgeschlagen, nichts wurde geändert: disk I/O error",
               "m.db: schema migration failed, nothing changed: disk I/O error"),
              (.file(path: "m.db", .checkFailed(system: "disk I/O error")), 74,
               "m.db: Prüfung fehlgeschlagen: disk I/O error", "m.db: check failed: disk I/O error"),
              (.file(path: "m.db", .walNotEmptied(system: "disk I/O error")), 74,
               "m.db: die Daten sind gelöscht, aber das WAL ließ sich nicht leeren: disk I/O error",
               "m.db: the data is erased but the WAL could not be emptied: disk I/O error"),
              (.file(path: "privacy_salt", .noPrivacySalt), 74,
               "privacy_salt: die Datenbank hat kein Privacy-Salt (Schema älter als 003-privacy)",
               "privacy_salt: the database has no privacy salt (schema older than 003-privacy)"),
              (.file(path: "bench.csv", .cannotWrite(system: "No space left on device")), 74,
               "bench.csv: kann nicht geschrieben werden: No space left on device", "bench.csv: cannot write: No space left on device"),
              (.notADatabase(path: "m.db", .cutShort(size: 3072, expected: 4096)), 74,
               "m.db: keine brauchbare moderat-Datenbank: die Datei ist zu kurz (3072 von 4096 Bytes): ein Kopieren wurde unterbrochen "
                   + "oder der Datenträger lief voll. moderat hat die Datei nicht verändert. Einzelheiten mit `moderat check --db m.db`; "
                   + "eine mit `moderat backup` gemachte Kopie zurückspielen oder das Lesbare retten mit `sqlite3 m.db .recover | sqlite3 rescued.db`.",
               "m.db: not a usable moderat database: the file is cut short (3072 of 4096 bytes): a copy was interrupted or the disk ran full. "
                   + "moderat did not change the file. Run `moderat check --db m.db` for details; restore a copy made with `moderat backup`, "
                   + "or rescue what is readable with `sqlite3 m.db .recover | sqlite3 rescued.db`."),
              (.notADatabase(path: "notes.db", .notSQLite), 74,
               "notes.db: keine brauchbare moderat-Datenbank: die Datei ist keine SQLite-Datenbank. moderat hat die Datei nicht verändert. "
                   + "Einzelheiten mit `moderat check --db notes.db`; eine mit `moderat backup` gemachte Kopie zurückspielen "
                   + "oder das Lesbare retten mit `sqlite3 notes.db .recover | sqlite3 rescued.db`.",
               "notes.db: not a usable moderat database: the file is not an SQLite database. moderat did not change the file. "
                   + "Run `moderat check --db notes.db` for details; restore a copy made with `moderat backup`, "
                   + "or rescue what is readable with `sqlite3 notes.db .recover | sqlite3 rescued.db`."),
              (.file(path: "ZIP", .archiveEmpty), 74, "ZIP: das ZIP-Archiv blieb leer", "ZIP: the ZIP archive came out empty"),
              (.file(path: "ZIP", .archiveUnwritable(system: "invalidEntryPath")), 74,
               "ZIP: das ZIP-Archiv lässt sich nicht schreiben: invalidEntryPath", "ZIP: cannot write the ZIP archive: invalidEntryPath"),
          ])
    func fileProblem(_ error: StoreError, exitCode: Int32, german: String, english: String) {
        #expect(Self.de(.storeError(error)) == german)
        #expect(Self.en(.storeError(error)) == english)
        #expect(error.exitCode == exitCode)
    }

    @Test("an erasure whose rebuild failed says what remains and how to finish, the cause in the same language")
    func erasedNotRebuilt() {
        let full = StoreError.file(path: "m.db", .erasedNotRebuilt(cause: .diskFull(path: "m.db"), rerun: "moderat forget-author '#7'"))
        #expect(Self.de(.storeError(full)) == "m.db: die Daten sind in der Datenbank gelöscht, aber die Datei ließ sich nicht neu aufbauen "
                + "(der Datenträger ist voll), daher können alte Kopien des gelöschten Textes in ungenutzten Teilen der Datenbank "
                + "und ihres -wal verblieben sein. Bitte so viel Speicherplatz freimachen, wie die Datenbank groß ist, und "
                + "`moderat forget-author '#7'` erneut ausführen, um es abzuschließen; es ändert sonst nichts.")
        #expect(Self.en(.storeError(full)) == "m.db: the data is erased in the database, but the file could not be rebuilt (the disk is full), "
                + "so old copies of the erased text may remain in unused parts of the database and its -wal. "
                + "Free disk space of the database's size and run `moderat forget-author '#7'` again to finish; it changes nothing else.")
        let readOnly = StoreError.file(path: "m.db", .erasedNotRebuilt(cause: .readOnly(path: "m.db", reason: nil), rerun: "moderat forget-author '#7'"))
        #expect(Self.de(.storeError(readOnly)).contains("(m.db: die Datenbank ist schreibgeschützt; nichts wurde geändert)"))
        #expect(Self.en(.storeError(readOnly)).contains("(m.db: the database is read-only; nothing was changed)"))
        #expect(full.exitCode == 74)
    }

    @Test("a stored value this moderat does not know names table, column and value in German and English")
    func unknownStoredValue() {
        let unknown = UnknownStoredValue(table: "comment", column: "state", value: "escalated")
        #expect(Self.de.error(unknown)
                    == "comment.state enthält „escalated“, das dieses moderat nicht kennt (von einer neueren Version geschrieben?); nichts wurde geändert")
        #expect(Self.en.error(unknown)
                    == "comment.state holds 'escalated', which this moderat does not know (written by a newer version?); nothing was changed")
    }
}
