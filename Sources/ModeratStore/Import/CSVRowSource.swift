import CSV
import Foundation

/// Rows of a CSV file with a header, streamed through yaslab/CSV.swift.
/// CSV.swift does not report positions, so the physical line where each row starts is
/// counted here: one line per row plus the line breaks inside its (quoted) fields.
final class CSVRowSource: ImportRowSource {
    let header: [String]
    let delimiter: UnicodeScalar
    private let reader: CSVReader
    private var nextLine: Int
    private let path: String

    /// Opens `path`; `delimiter` nil means: whichever of ";" and "," the header line uses more
    /// (";" on a tie, as Decidim writes).
    init(path: String, delimiter: UnicodeScalar? = nil) throws {
        self.path = path
        guard let stream = InputStream(fileAtPath: path) else {
            throw ImportFileError(line: 0, reason: "cannot open")
        }
        let chosen = try delimiter ?? Self.guessDelimiter(path: path)
        self.delimiter = chosen
        do {
            reader = try CSVReader(stream: stream, hasHeaderRow: false, delimiter: chosen)
        } catch {
            throw ImportFileError(line: 1, reason: "cannot read: \(error)")
        }
        guard let first = reader.next(), first.contains(where: { !$0.isEmpty }) else {
            throw ImportFileError(line: 1, reason: reader.error.map { Self.describe($0) } ?? "no header row")
        }
        header = first.map { $0.trimmingCharacters(in: .whitespaces) }
        nextLine = 1 + Self.lines(in: first)
    }

    func next() throws -> RawImportRow? {
        while true {
            let line = nextLine
            guard let row = reader.next() else {
                if let error = reader.error, !Self.isEndOfFile(error) { throw ImportFileError(line: line, reason: Self.describe(error)) }
                return nil
            }
            nextLine += Self.lines(in: row)
            // A blank line (or a trailing one) is no row.
            if row.count == 1, row[0].isEmpty { continue }
            let bytes = row.reduce(row.count) { $0 + $1.utf8.count }
            guard row.count == header.count else {
                let hint = row.count < header.count && row.last?.contains("\n") == true ? " (a quote that is never closed?)" : ""
                throw ImportRowError(line: line, reason: "expected \(header.count) fields as in the header, found \(row.count)\(hint)")
            }
            var fields: [String: String] = [:]
            fields.reserveCapacity(header.count)
            for (key, value) in zip(header, row) { fields[key] = value }
            return RawImportRow(fields: fields, line: line, bytes: bytes)
        }
    }

    /// Physical lines a row took: its own line break plus those inside fields
    /// (CRLF counts once, a lone CR once).
    static func lines(in row: [String]) -> Int {
        var count = 1
        for field in row where field.utf8.contains(where: { $0 == 10 || $0 == 13 }) {
            var previousCR = false
            for byte in field.utf8 {
                if byte == 10 { if !previousCR { count += 1 } ; previousCR = false }
                else if byte == 13 { count += 1; previousCR = true }
                else { previousCR = false }
            }
        }
        return count
    }

    /// On Linux, Foundation's InputStream says it has bytes at the end of a file, so
    /// CSV.swift tries one more read and reports `cannotReadFile` where it means "the end".
    /// (Real read errors come as `streamErrorHasOccurred`.)
    static func isEndOfFile(_ error: Error) -> Bool {
        if let csv = error as? CSVError, case .cannotReadFile = csv { return true }
        return false
    }

    static func describe(_ error: Error) -> String {
        if let csv = error as? CSVError, case .unicodeDecoding = csv { return "not valid UTF-8" }
        return "cannot read: \(error)"
    }

    /// The header line's separator: ";" or ",", counted outside quotes in the first 64 KiB.
    static func guessDelimiter(path: String) throws -> UnicodeScalar {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw ImportFileError(line: 0, reason: "cannot open") }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 65_536)) ?? Data()
        var semicolons = 0, commas = 0, quoted = false
        for byte in head {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            else if !quoted && (byte == 10 || byte == 13) { break }
            else if !quoted && byte == UInt8(ascii: ";") { semicolons += 1 }
            else if !quoted && byte == UInt8(ascii: ",") { commas += 1 }
        }
        return commas > semicolons ? "," : ";"
    }
}
