import Foundation

/// Rows of a CSV file with a header, read by `CSVByteReader`.
final class CSVRowSource: ImportRowSource {
    let header: [String]
    let delimiter: UnicodeScalar
    private let columns: ImportColumns
    private var reader: CSVByteReader
    private var values: [String] = []

    /// Opens `path`; `delimiter` nil means: whichever of ";" and "," the header line uses more
    /// (";" on a tie, as Decidim writes).
    init(path: String, delimiter: UnicodeScalar? = nil) throws {
        let chosen = try delimiter ?? Self.guessDelimiter(path: path)
        self.delimiter = chosen
        reader = try CSVByteReader(path: path, delimiter: UInt8(truncatingIfNeeded: chosen.value))
        var first: [String] = []
        guard let record = try reader.next(into: &first), first.contains(where: { !$0.isEmpty }) else {
            throw ImportFileError(line: 1, problem: .noHeader)
        }
        guard !record.invalidUTF8 else { throw ImportFileError(line: 1, problem: .notUTF8) }
        header = first.map { $0.trimmingCharacters(in: .whitespaces) }
        columns = ImportColumns(header)
    }

    func next() throws -> RawImportRow? {
        while true {
            guard let record = try reader.next(into: &values) else { return nil }
            // A blank line (or a trailing one) is no row.
            if values.count == 1, values[0].isEmpty, !record.unclosedQuote { continue }
            if record.invalidUTF8 { throw ImportRowError(line: record.line, .notUTF8) }
            guard values.count == header.count, !record.unclosedQuote else {
                throw ImportRowError(line: record.line, .fieldCount(expected: header.count, found: values.count, unclosedQuote: record.unclosedQuote))
            }
            return RawImportRow(columns: columns, values: values, line: record.line, bytes: record.bytes)
        }
    }

    /// The header line's separator: ";" or ",", counted outside quotes in the first 64 KiB.
    static func guessDelimiter(path: String) throws -> UnicodeScalar {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw ImportFileError(line: 0, problem: .cannotOpen) }
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
