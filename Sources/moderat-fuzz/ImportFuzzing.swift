import Foundation
import ModeratStore

/// Feeds inputs to `Store.importComments` as dry runs on one database opened once, as a
/// user's `moderat import … --dry-run` would. A `StoreError` is a correct answer to bad
/// input; only crashes, traps and hangs are findings.
final class ImportFuzzing: @unchecked Sendable {
    /// Which importer an input goes to.
    enum Kind {
        case decidimCSV, decidimJSON, genericCSV

        var fileExtension: String { self == .decidimJSON ? "json" : "csv" }
    }

    /// Opened on first use; libFuzzer calls the target from one thread only.
    static let shared = ImportFuzzing()

    /// The generic importer's map, named after Decidim's CSV columns so the Decidim fixtures
    /// seed it too.
    static let mappingText = "id=id,body=body/de,author=author/name,author_id=author/id,created_at=created_at,"
        + "locale=locale,alignment=alignment,parent=commentable_id"

    private let directory: URL
    private let store: Store
    private let mapping: CSVMapping

    private init() {
        // /dev/shm: a file per input costs no disk writes; the database lives there too.
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        directory = URL(fileURLWithPath: base).appendingPathComponent("moderat-fuzz-\(getpid())")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let database = try ModeratDatabase.open(path: directory.appendingPathComponent("fuzz.db").path, create: true)
            try Setup.initialize(database, account: "fuzz", displayName: "Fuzz")
            store = Store(database: database, account: "fuzz")
            mapping = try CSVMapping(Self.mappingText)
        } catch {
            FuzzFinding.fail("cannot set up the fuzz database in \(directory.path): \(error)")
        }
        // libFuzzer ends with exit(); the directory is removed then.
        atexit { ImportFuzzing.removeDirectory() }
    }

    private static func removeDirectory() {
        try? FileManager.default.removeItem(at: shared.directory)
    }

    func run(_ input: Data, kind: Kind) {
        let file = directory.appendingPathComponent("input.\(kind.fileExtension)")
        do {
            try input.write(to: file)
        } catch {
            FuzzFinding.fail("cannot write \(file.path): \(error)")
        }
        let format: ImportOptions.Format = kind == .genericCSV ? .csv(mapping) : .decidim
        do {
            // Odd lengths go on past broken rows (`--skip-bad`), so rows after one are read too.
            let options = ImportOptions(path: file.path, format: format, skipBad: !input.count.isMultiple(of: 2), dryRun: true)
            let report = try store.importComments(options)
            guard report.dryRun else { FuzzFinding.fail("a dry run reported a real import") }
        } catch is StoreError {
            // Refusing bad input with a message is what the importer should do.
        } catch {
            FuzzFinding.fail("importComments threw \(type(of: error)) instead of StoreError: \(error)")
        }
    }
}
