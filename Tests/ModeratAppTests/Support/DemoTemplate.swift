import Foundation
import GRDB
import ModeratSamples
import ModeratStore

/// The demo database built once per test run and copied for each test: building it costs
/// far more than copying a file, and every copy starts from the same rows.
enum DemoTemplate {
    private static let built: Result<String, any Error> = Result {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("moderat-apptests-template-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        let path = directory.appendingPathComponent("template.db").path
        do {
            let database = try ModeratDatabase.open(path: path, create: true)
            _ = try DemoDatabase.populate(database, currentAccount: ScreenHarness.account, now: ScreenHarness.now)
            // Everything into the main file, so copying that one file copies the database.
            try database.pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        }
        atexit {
            if case .success(let path) = DemoTemplate.built {
                try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path)
            }
        }
        return path
    }

    /// Copies the template to `path` (creating its directory).
    static func copy(to path: String) throws {
        let template = try built.get()
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: template, toPath: path)
    }
}
