import ModeratStore

/// What went wrong with the database or another file, in German; the English is the
/// store's own `description`. The system's text (`system`) is quoted as it came.
extension StoreErrorText {
    static func german(_ problem: FileProblem) -> String {
        switch problem {
        case .cannotRead: return "kann nicht gelesen werden"
        case .cannotWrite(let system): return "kann nicht geschrieben werden: \(system)"
        case .backupExists: return "kann nicht angelegt werden: gibt es schon (mit --overwrite ersetzen); nichts wurde geändert"
        case .isADirectory: return "kann nicht angelegt werden: ist ein Verzeichnis"
        case let .cannotCreateDirectory(dir, system): return "kann nicht angelegt werden: das Verzeichnis \(dir) lässt sich nicht anlegen: \(system)"
        case .backupFailed(let system): return "Sicherung fehlgeschlagen, keine Kopie blieb zurück: \(system)"
        case .changeWatcher(let system): return "die Verbindung, die Änderungen anderer Programme bemerkt, lässt sich nicht öffnen: \(system)"
        case .changeCounter(let system): return "der Änderungszähler lässt sich nicht lesen: \(system)"
        case .writeFailed(let system): return "nichts wurde geändert: \(system)"
        case .migrationFailed(let system): return "Schema-Migration fehlgeschlagen, nichts wurde geändert: \(system)"
        case .checkFailed(let system): return "Prüfung fehlgeschlagen: \(system)"
        case .walNotEmptied(let system): return "die Daten sind gelöscht, aber das WAL ließ sich nicht leeren: \(system)"
        case let .erasedNotRebuilt(cause, rerun):
            return "die Daten sind in der Datenbank gelöscht, aber die Datei ließ sich nicht neu aufbauen (\(rebuildCause(cause))), "
                + "daher können alte Kopien des gelöschten Textes in ungenutzten Teilen der Datenbank und ihres -wal verblieben sein. "
                + "Bitte so viel Speicherplatz freimachen, wie die Datenbank groß ist, und `\(rerun)` erneut ausführen, "
                + "um es abzuschließen; es ändert sonst nichts."
        case .noPrivacySalt: return "die Datenbank hat kein Privacy-Salt (Schema älter als 003-privacy)"
        case .archiveEmpty: return "das ZIP-Archiv blieb leer"
        case .archiveUnwritable(let system): return "das ZIP-Archiv lässt sich nicht schreiben: \(system)"
        }
    }

    /// Why a file is no usable database, in German; SQLite's own text is quoted as it came.
    static func german(_ damage: DatabaseDamage) -> String {
        switch damage {
        case .notSQLite: return "die Datei ist keine SQLite-Datenbank"
        case .damaged(let system): return "die Datei ist beschädigt (\(system))"
        case let .cutShort(size, expected):
            return "die Datei ist zu kurz (\(size) von \(expected) Bytes): ein Kopieren wurde unterbrochen oder der Datenträger lief voll"
        case .unreadable(let system): return system
        }
    }

    /// Why a rebuild failed: a full disk in a few words, anything else as the store error says it.
    private static func rebuildCause(_ cause: StoreError) -> String {
        if case .diskFull = cause { return "der Datenträger ist voll" }
        return german(cause)
    }
}

extension Localizer {
    /// Why a file is no usable database, in the user's language (`moderat check` says it).
    public func databaseDamage(_ damage: DatabaseDamage) -> String {
        language == .de ? StoreErrorText.german(damage) : damage.description
    }
}
