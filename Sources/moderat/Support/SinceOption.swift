import ArgumentParser
import ModeratStore

/// A `--since` value (`audit`, `export decisions`): a day or a moment, as the importer reads
/// dates, in the stored form the queries compare with.
enum SinceOption {
    /// The stored moment of `since`, nil without one; a usage error when it is not a date.
    static func stored(_ since: String?) throws -> String? {
        guard let since else { return nil }
        guard let stored = ImportTimestamp.stored(since) else {
            throw OptionProblem.notADate(option: "--since", since, formats: "2026-11-01, 01.11.2026 or ISO 8601").usageError
        }
        return stored
    }
}
