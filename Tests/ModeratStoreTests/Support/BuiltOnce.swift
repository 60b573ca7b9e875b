import Foundation
import GRDB
import ModeratStore

/// A database a test file builds once per test run and copies for each test (`Fixture(copyOf:)`,
/// `DemoFixture.copy()`): building (migrating, setting up, filling) costs many times what copying
/// a file does, and every copy starts from the same bytes.
protocol BuiltOnceDatabase: AnyObject {
    var directory: URL { get }
    var database: ModeratDatabase { get }
}

extension Fixture: BuiltOnceDatabase {}

/// Builds a database with `build`, checkpoints everything into its main file (so copying that
/// one file copies the database) and removes its folder when the test process exits: a
/// template lives in a `static let` and is never deinitialised, so without that every run
/// would leave its folders in the temp directory.
func builtOnce<Built: BuiltOnceDatabase>(_ build: () throws -> Built) -> Result<Built, any Error> {
    Result {
        let built = try build()
        RemovedAtExit.add(built.directory)
        try built.database.pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        return built
    }
}

/// Folders the test process removes when it exits (one `atexit` handler for all of them).
enum RemovedAtExit {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var folders: [URL] = []
    private static let handler: Void = {
        atexit { RemovedAtExit.removeAll() }
    }()

    static func add(_ folder: URL) {
        lock.withLock {
            _ = handler
            folders.append(folder)
        }
    }

    private static func removeAll() {
        for folder in lock.withLock({ folders }) { try? FileManager.default.removeItem(at: folder) }
    }
}
