import Foundation
import ModeratStore

/// Writes a document in one of the formats every document export offers: md, html, odt, docx.
func writeDocument(_ document: OfficeDocument, format: String, to path: String?) throws {
    switch format {
    case "md": try writeOutput(OfficeMarkdown.render(document), to: path)
    case "html": try writeOutput(OfficeHTML.render(document), to: path)
    default:
        guard let office = OfficeFormat(rawValue: format) else {
            throw CommandFailure(message: "unknown document format '\(format)'", code: 64)
        }
        let data = try CommandFailure.wrap { try office.write(document, date: Date()) }
        if path == nil && isatty(STDOUT_FILENO) == 1 {
            throw CommandFailure(message: "a .\(format) file is binary; write it with -o FILE or redirect standard output", code: 64)
        }
        try writeOutput(data, to: path)
    }
}
