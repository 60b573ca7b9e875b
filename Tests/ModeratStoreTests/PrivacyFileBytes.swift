import Foundation

/// The raw bytes of a database file and its -wal, searched the way someone with a hex
/// editor or `strings` would look for personal data. The -shm holds only an index of WAL
/// frames, never row data, so it is left out.
struct PrivacyFileBytes {
    let main: Data
    let wal: Data

    init(databasePath: String) throws {
        main = try Data(contentsOf: URL(fileURLWithPath: databasePath))
        let walPath = databasePath + "-wal"
        wal = FileManager.default.fileExists(atPath: walPath) ? try Data(contentsOf: URL(fileURLWithPath: walPath)) : Data()
    }

    /// How often `text` (as UTF-8, the only encoding these databases use) occurs in both files.
    func occurrences(of text: String) -> Int {
        Self.count(Data(text.utf8), in: main) + Self.count(Data(text.utf8), in: wal)
    }

    /// Each of `texts` that occurs anywhere, with its count (empty when none does).
    func leaks(_ texts: [String]) -> [String: Int] {
        var out: [String: Int] = [:]
        for text in texts {
            let n = occurrences(of: text)
            if n > 0 { out[text] = n }
        }
        return out
    }

    private static func count(_ needle: Data, in haystack: Data) -> Int {
        var n = 0
        var start = haystack.startIndex
        while start < haystack.endIndex, let found = haystack.range(of: needle, in: start..<haystack.endIndex) {
            n += 1
            start = found.upperBound
        }
        return n
    }
}
