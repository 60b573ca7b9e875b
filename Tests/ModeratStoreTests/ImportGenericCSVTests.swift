import Foundation
import Testing
@testable import ModeratStore

@Suite("Importing any CSV with a column map")
struct ImportGenericCSVTests {
    let fixture: Fixture
    init() throws { fixture = try Fixture() }

    /// Paper submissions typed in by the coordination office.
    func paperFile() throws -> String {
        let path = fixture.directory.appendingPathComponent("papier.csv").path
        try """
            Name,Datum,Text
            Erika Mustermann,03.06.2024 14:00,"Bitte mehr Bänke am Stiftsplatz, auch im Schatten."
            ,04.06.2024,Anonym eingeworfen: Radwege sicherer machen!

            """.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func options(_ path: String, dryRun: Bool = false) throws -> ImportOptions {
        ImportOptions(path: path, format: .csv(try CSVMapping("body=Text,author=Name,created_at=Datum")), processSlug: "papier", dryRun: dryRun)
    }

    @Test("A dry run shows what would be imported and writes nothing")
    func dryRun() throws {
        let report = try fixture.store().importComments(try options(try paperFile(), dryRun: true))
        #expect(report.dryRun && report.inserted == 2)
        #expect(report.preview.map(\.record.authorName) == ["Erika Mustermann", nil])
        #expect(try fixture.int("SELECT COUNT(*) FROM comment") == 0)
        #expect(try fixture.int("SELECT COUNT(*) FROM process") == 0)
    }

    @Test("Paper submissions are imported once, however often the file is imported")
    func importTwice() throws {
        let path = try paperFile()
        let first = try fixture.store().importComments(try options(path))
        #expect(first.inserted == 2 && first.createdProcesses == ["papier"])
        let again = try fixture.store().importComments(try options(path))
        #expect(again.inserted == 0 && again.unchanged == 2)
        #expect(try fixture.text("SELECT created_at FROM comment WHERE author_id IS NULL") == "2024-06-03T22:00:00Z")
    }

    @Test("A map naming a column the file lacks is refused with the columns it has")
    func unknownColumn() throws {
        let path = try paperFile()
        let options = ImportOptions(path: path, format: .csv(try CSVMapping("body=Texte")))
        #expect(throws: StoreError.importProblem(file: path, line: 1, .missingColumns(["Texte"], header: ["Name", "Datum", "Text"]))) {
            try fixture.store().importComments(options)
        }
    }

    @Test("A map without body is a usage mistake")
    func mapNeedsBody() {
        let noBody = #expect(throws: CSVMappingError.self) { try CSVMapping("author=Name") }
        #expect(noBody == .noBody)
        let unknown = #expect(throws: CSVMappingError.self) { try CSVMapping("body=Text,colour=Farbe") }
        #expect(unknown == .unknownField("colour"))
        #expect(unknown?.description == "unknown field 'colour' (fields: id, body, author, author_id, created_at, locale, alignment, parent)")
    }
}
