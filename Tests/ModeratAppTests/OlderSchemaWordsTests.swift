import ModeratStore
import Testing
@testable import ModeratApp

/// A read-only database of an older schema, worded for both languages: what is wrong and
/// how to upgrade it, word for word.
@Suite("Older schema words")
struct OlderSchemaWordsTests {
    @Test("needs an upgrade, names the missing migrations and the command that upgrades it, in German and English")
    func words() {
        let error = StoreError.olderSchema(path: "/srv/beirat.db", missingMigrations: ["009-similarity", "010-x"])
        #expect(Localizer(.de)(.storeError(error))
            == "/srv/beirat.db: von einem älteren moderat angelegt und muss aktualisiert werden (fehlende Schema-Migrationen: 009-similarity, 010-x); "
            + "moderat aktualisiert sie, wenn ein Konto mit Schreibrecht auf die Datei es aufruft, etwa die Verwaltung mit "
            + "`moderat users list --db /srv/beirat.db`. Die Datenbank wurde nicht verändert.")
        #expect(Localizer(.en)(.storeError(error))
            == "/srv/beirat.db: made by an older moderat and needs an upgrade (schema migrations not applied: 009-similarity, 010-x); "
            + "moderat upgrades it when an account that may write the file runs it, for example the administrator with "
            + "`moderat users list --db /srv/beirat.db`. The database was not changed.")
        #expect(error.exitCode == 74)
    }
}
