import Foundation
import ModeratCore

/// The Abwägungstabelle: one row per comment or passage (a group's members each get a row
/// with the group's outcome), sorted by section. Anonymous: it names no author.
public struct AbwaegungTable: Equatable, Sendable {
    public var title: String
    public var rows: [Row]
    public var commentCount: Int
    public var adoptedComments: Int

    public struct Row: Equatable, Sendable {
        /// "12", "12.2" (passage 2 of comment 12), "15 (G3)" (comment 15 in group 3).
        public var number: String
        public var sections: [String]
        public var text: String
        public var outcome: ConsiderationOutcome?
        public var state: ConsiderationState?
        public var rationale: String
    }
}

extension ModeratDatabase {
    /// The Abwägungstabelle of a process (the latest text's sections and their order).
    public func abwaegung(processSlug: String?, language: ExportLanguage = .de) throws -> AbwaegungTable {
        let synopsis = try self.synopsis(processSlug: processSlug, language: language)
        return AbwaegungTable(synopsis)
    }
}

extension AbwaegungTable {
    /// Rows from the Synopse's entries: each entry once, under its first section.
    init(_ s: Synopsis) {
        var seen: Set<String> = []
        var codes: [String: [String]] = [:]
        for section in s.sections where section.change != .removed {
            for entry in section.entries { codes[entry.number, default: []].append(section.code) }
        }
        var rows: [Row] = []
        for entry in s.sections.flatMap(\.entries) + s.unsectioned where seen.insert(entry.number).inserted {
            let c = entry.consideration
            if entry.members.isEmpty {
                rows.append(Row(number: entry.number, sections: codes[entry.number] ?? [], text: entry.texts.first ?? "",
                                outcome: c?.outcome, state: c?.state, rationale: c?.rationale ?? ""))
            } else {
                for (member, text) in zip(entry.members, entry.texts) {
                    rows.append(Row(number: "\(member) (\(entry.number))", sections: codes[entry.number] ?? [], text: text,
                                    outcome: c?.outcome, state: c?.state, rationale: c?.rationale ?? ""))
                }
            }
        }
        self.init(title: s.title, rows: rows, commentCount: s.commentCount, adoptedComments: s.adoptedComments)
    }

    /// As a document: heading, press figure, one table.
    public func document(language: ExportLanguage = .de, asOf: Date) -> OfficeDocument {
        let l = ConsiderationLabels.of(language)
        let e = ExportLabels.of(language)
        let table = OfficeTable(
            header: [l.number, l.section, l.text, l.outcome, l.rationale].map { [OfficeRun($0)] },
            rows: rows.map { row in
                [[OfficeRun(row.number)], [OfficeRun(row.sections.joined(separator: ", "))], [OfficeRun(row.text)],
                 [OfficeRun(row.outcome.map(l.outcome) ?? l.notConsidered, bold: row.outcome != nil, italic: row.outcome == nil)]
                    + (row.state.map { [OfficeRun(" (\(l.state($0)))")] } ?? []),
                 [OfficeRun(row.rationale)]]
            },
            widths: [2, 2, 8, 3, 8])
        return OfficeDocument(title: "\(l.table): \(title)", language: language, blocks: [
            .heading(1, "\(l.table): \(title)"),
            .paragraph("\(e.generated) \(ExportLabels.day(asOf, language)). \(l.pressFigure(commentCount, adoptedComments))."),
            .table(table),
        ])
    }

    /// As CSV (";" separated, as the city's spreadsheets read it), outcome as code and label.
    public func csv(language: ExportLanguage = .de) -> String {
        let l = ConsiderationLabels.of(language)
        let header = ["number", "sections", "text", "outcome", "outcome_label", "state", "rationale"]
        var lines = [header.joined(separator: ";")]
        for row in rows {
            lines.append([row.number, row.sections.joined(separator: " "), row.text, row.outcome?.rawValue ?? "",
                          row.outcome.map(l.outcome) ?? "", row.state?.rawValue ?? "", row.rationale]
                .map { MachineText.csvField(GuidelinesText.clean($0), delimiter: ";") }.joined(separator: ";"))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
