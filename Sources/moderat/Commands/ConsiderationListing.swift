import Foundation
import ModeratCore
import ModeratStore

/// `moderat consider --list` output: one row (or JSON object) per comment, passage or group.
struct ConsiderationListing {
    let units: [ConsiderationUnit]
    let codeOf: [Int64: String]

    /// One listed unit as JSON has it.
    struct Item: Encodable {
        let number: String
        let target: String
        let comments: [Int64]
        let passage: Int?
        let sections: [String]
        let outcome: String?
        let state: String?
        let version: Int
        let rationale: String?
        let writtenBy: String?
        let writtenAt: String?
    }

    func write(_ format: ConsiderCommand.Format) throws {
        switch format {
        case .table:
            let rows = units.map { u -> [String] in
                let c = u.consideration
                return [u.number, sections(u).joined(separator: ","), c?.outcome.rawValue ?? "-", c?.state.rawValue ?? "-",
                        String(c?.version ?? 0), c?.writtenBy ?? "-", firstLine(u.texts.first ?? "")]
            }
            say(CLITable.render(header: ["number", "sections", "outcome", "state", "version", "written_by", "text"], rows: rows))
        case .json:
            try CLIJSON.print(units.map { u in
                let c = u.consideration
                return Item(number: u.number, target: u.target.key, comments: u.commentIds, passage: u.passageNumber,
                            sections: sections(u), outcome: c?.outcome.rawValue, state: c?.state.rawValue, version: c?.version ?? 0,
                            rationale: c?.rationale, writtenBy: c?.writtenBy, writtenAt: c.map { Timestamps.string($0.writtenAt) })
            })
        }
    }

    func sections(_ u: ConsiderationUnit) -> [String] { u.sectionIds.compactMap { codeOf[$0] } }

    /// The first line without control characters, at most 60 characters: a table cell, not the text.
    func firstLine(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        let clean = String(String.UnicodeScalarView(line.unicodeScalars.filter { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) }))
        return clean.count > 60 ? String(clean.prefix(59)) + "…" : clean
    }
}
