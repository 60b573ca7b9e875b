import Foundation
import ModeratCore

/// The applicant file of a lot draw: CSV with a header row naming `name`, `birth_date`
/// (YYYY-MM-DD) and `gender` (f, m, d); every further column is kept as private contact data.
/// A `;` header (German spreadsheets) works as well as `,`.
public struct ApplicantFile: Sendable {
    public var applicants: [Applicant]
    /// SHA-256 of the file's bytes, so a re-run can prove it used the same file.
    public var sha256: String

    /// Reads and checks the file; a bad row is `StoreError.invalid` naming file and line.
    public static func read(path: String) throws -> ApplicantFile {
        guard FileManager.default.fileExists(atPath: path) else {
            throw MissingInputFile(path: path)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StoreError.file(path: path, .cannotRead)
        }
        return try parse(data, file: path)
    }

    public static func parse(_ data: Data, file: String) throws -> ApplicantFile {
        let hash = SHA256.hex(data)
        guard var text = String(data: data, encoding: .utf8) else {
            throw StoreError.invalid(file, line: 0, .notUTF8)
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
        let separator: Character = firstLine.contains(";") && !firstLine.contains(",") ? ";" : ","
        let records = CSVRecords.parse(text, separator: separator)
        guard let header = records.first else { throw StoreError.invalid(file, line: 1, .noHeaderRow) }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        func column(_ name: String) throws -> Int {
            guard let index = names.firstIndex(of: name) else {
                throw StoreError.invalid(file, line: header.line, .applicantColumnMissing(name))
            }
            return index
        }
        let nameColumn = try column("name"), birthColumn = try column("birth_date"), genderColumn = try column("gender")
        var applicants: [Applicant] = []
        for record in records.dropFirst() where !record.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            func field(_ index: Int) -> String {
                index < record.fields.count ? record.fields[index].trimmingCharacters(in: .whitespaces) : ""
            }
            let name = field(nameColumn)
            guard !name.isEmpty else { throw StoreError.invalid(file, line: record.line, .applicantNeedsName) }
            guard let born = CalendarDay(field(birthColumn)) else {
                throw StoreError.invalid(file, line: record.line, .notABirthDate(field(birthColumn)))
            }
            guard let gender = Gender(rawValue: field(genderColumn).lowercased()) else {
                throw StoreError.invalid(file, line: record.line, .notAGender(field(genderColumn)))
            }
            let extra = names.indices.filter { ![nameColumn, birthColumn, genderColumn].contains($0) }
                .compactMap { i -> String? in field(i).isEmpty ? nil : "\(header.fields[i].trimmingCharacters(in: .whitespaces)): \(field(i))" }
            applicants.append(Applicant(line: record.line, name: name, birthDate: born, gender: gender,
                                        privateData: extra.joined(separator: "; ")))
        }
        return ApplicantFile(applicants: applicants, sha256: hash)
    }
}

/// An input file that is not there (the command line ends with exit code 66).
public struct MissingInputFile: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var description: String { "\(path): no such file" }
}

/// RFC 4180 records with the line each starts on (quoted fields may span lines), so an
/// error can name the line a person sees in their editor.
enum CSVRecords {
    struct Record {
        var line: Int
        var fields: [String]
    }

    static func parse(_ text: String, separator: Character) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var line = 1
        var start = 1
        var iterator = Array(text).makeIterator()
        var lookahead: Character? = iterator.next()
        func finishRecord() {
            fields.append(field)
            records.append(Record(line: start, fields: fields))
            fields = []
            field = ""
        }
        while let c = lookahead {
            lookahead = iterator.next()
            if quoted {
                if c == "\"" {
                    if lookahead == "\"" { field.append("\""); lookahead = iterator.next() } else { quoted = false }
                } else {
                    if c == "\n" || c == "\r\n" { line += 1 }
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty: quoted = true
            case separator: fields.append(field); field = ""
            case "\n", "\r\n", "\r":
                finishRecord()
                line += 1
                start = line
            default: field.append(c)
            }
        }
        if !field.isEmpty || !fields.isEmpty { finishRecord() }
        return records
    }
}
