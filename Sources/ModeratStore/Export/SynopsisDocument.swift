import Foundation
import ModeratCore

/// The Synopse as a document, written to Markdown, HTML, ODT or DOCX from this one model.
public enum SynopsisDocument {
    public static func build(_ s: Synopsis, language: ExportLanguage = .de, asOf: Date) -> OfficeDocument {
        let l = ConsiderationLabels.of(language)
        let e = ExportLabels.of(language)
        var blocks: [OfficeBlock] = [
            .heading(1, "\(l.synopsis): \(s.title)"),
            .paragraph(l.versionLine(s.fromVersion, s.toVersion)),
            .paragraph("\(e.generated) \(ExportLabels.day(asOf, language)). " + (s.withNames ? "" : e.pseudonymNote) + " " + l.legend),
            .paragraph([OfficeRun(l.pressFigure(s.commentCount, s.adoptedComments), bold: true)]),
            .heading(2, l.contents),
            .table(contents(s, l)),
        ]
        for section in s.sections {
            blocks.append(.heading(min(2 + section.depth, 4), "\(section.code) \(section.title)"))
            blocks += text(section, l)
            blocks.append(.paragraph([OfficeRun("\(l.comments) (\(section.entries.count)) · \(l.progress(section.progress.considered, section.progress.total))", bold: true)]))
            if section.entries.isEmpty { blocks.append(.paragraph([OfficeRun(l.noComments, italic: true)])) }
            for entry in section.entries { blocks += self.entry(entry, l) }
        }
        if !s.unsectioned.isEmpty {
            blocks.append(.heading(2, l.unsectioned))
            for entry in s.unsectioned { blocks += self.entry(entry, l) }
        }
        return OfficeDocument(title: "\(l.synopsis): \(s.title)", language: language, blocks: blocks)
    }

    /// Sections with their number of entries and outcomes; a last row for the whole process.
    static func contents(_ s: Synopsis, _ l: ConsiderationLabels) -> OfficeTable {
        let outcomes = ConsiderationOutcome.allCases
        func counts(_ p: ConsiderationProgress) -> [String] {
            [String(p.total), String(p.considered)] + outcomes.map { String(p.byOutcome[$0] ?? 0) }
        }
        var rows = s.sections.map { [$0.code + " " + $0.title] + counts($0.progress) }
        if !s.unsectioned.isEmpty { rows.append([l.unsectioned, String(s.unsectioned.count), "", "", "", "", "", ""]) }
        var table = OfficeTable(header: [l.section, l.count, l.considered] + outcomes.map(l.outcome), rows: rows,
                                widths: [5, 2, 2, 2, 2, 2, 2, 2])
        table.rows.append([[OfficeRun(l.total, bold: true)]] + counts(s.progress).map { [OfficeRun($0, bold: true)] })
        return table
    }

    /// The draft and the final text with its changes marked.
    static func text(_ section: Synopsis.Section, _ l: ConsiderationLabels) -> [OfficeBlock] {
        switch section.change {
        case .unchanged:
            return [.paragraph([OfficeRun(l.unchanged, italic: true)])] + paragraphs(section.final).map { .paragraph([OfficeRun($0)]) }
        case .added, .removed, .changed:
            var blocks: [OfficeBlock] = []
            if section.change == .added { blocks.append(.paragraph([OfficeRun(l.added, italic: true)])) }
            if section.change == .removed { blocks.append(.paragraph([OfficeRun(l.removed, italic: true)])) }
            if section.change == .changed {
                blocks.append(.paragraph([OfficeRun(l.draftText, bold: true)]))
                blocks += paragraphs(section.draft).map { .paragraph([OfficeRun($0)]) }
                blocks.append(.paragraph([OfficeRun(l.finalText, bold: true)]))
            }
            return blocks + diffParagraphs(section.diff).map { .paragraph($0) }
        }
    }

    /// Text split at blank lines; single line breaks stay inside a paragraph.
    static func paragraphs(_ text: String) -> [String] {
        GuidelinesText.clean(text).components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// The word diff as paragraphs of runs: a blank-line token starts a new paragraph, words
    /// are spaced with plain spaces so marks cover words only.
    static func diffParagraphs(_ pieces: [WordDiff.Piece]) -> [[OfficeRun]] {
        var out: [[OfficeRun]] = [[]]
        var atLineStart = true
        for piece in pieces {
            let (text, change): (String, OfficeRun.Change?) = switch piece {
            case let .same(t): (t, nil)
            case let .deleted(t): (t, .deleted)
            case let .inserted(t): (t, .inserted)
            }
            // A paragraph break inside a deleted or inserted stretch is still a break.
            let parts = text.components(separatedBy: "\n\n")
            for (index, part) in parts.enumerated() {
                if index > 0 {
                    out.append([])
                    atLineStart = true
                }
                guard !part.isEmpty else { continue }
                if !atLineStart && !part.hasPrefix("\n") { out[out.count - 1].append(OfficeRun(" ")) }
                out[out.count - 1].append(OfficeRun(part, change: change))
                atLineStart = part.hasSuffix("\n")
            }
        }
        return out.filter { !$0.isEmpty }
    }

    /// One comment, passage or group: who, what, and what became of it.
    static func entry(_ entry: Synopsis.Entry, _ l: ConsiderationLabels) -> [OfficeBlock] {
        var blocks: [OfficeBlock] = []
        if entry.members.isEmpty {
            blocks.append(.paragraph([OfficeRun("\(l.number) \(entry.number) · \(entry.authors.first ?? "")", bold: true)]))
            blocks += entry.texts.flatMap(paragraphs).map { .paragraph([OfficeRun($0)]) }
        } else {
            blocks.append(.paragraph([OfficeRun("\(l.together) (\(entry.number)): \(l.number) "
                + entry.members.map(String.init).joined(separator: ", "), bold: true)]))
            blocks.append(.list(ordered: false, items: zip(zip(entry.members, entry.authors), entry.texts).map { pair, text in
                [OfficeRun("\(l.number) \(pair.0) · \(pair.1): ", italic: true), OfficeRun(paragraphs(text).joined(separator: "\n"))]
            }))
        }
        blocks.append(outcomeParagraph(entry.consideration, agreedAt: entry.agreedAt, l))
        if let c = entry.consideration, !c.rationale.isEmpty {
            blocks.append(.paragraph([OfficeRun("\(l.rationale): ", bold: true), OfficeRun(c.rationale)]))
        }
        return blocks
    }

    static func outcomeParagraph(_ c: Consideration?, agreedAt: String?, _ l: ConsiderationLabels) -> OfficeBlock {
        guard let c else { return .paragraph([OfficeRun("\(l.outcome): ", bold: true), OfficeRun(l.notConsidered, italic: true)]) }
        let state = agreedAt.map { "\(l.agreedAt) \($0)" } ?? l.state(c.state)
        return .paragraph([OfficeRun("\(l.outcome): ", bold: true), OfficeRun(l.outcome(c.outcome), bold: true),
                           OfficeRun(" (\(state))")])
    }
}
