import Foundation

extension MinutesExport {
    /// The minutes as an office document (ODT through the shared office writers): the same
    /// blocks as Markdown, HTML and text, line breaks kept inside paragraphs.
    public static func office(_ meeting: MeetingRecord, publicOnly: Bool, german: Bool = true) -> OfficeDocument {
        let doc = MinutesDocument(meeting, publicOnly: publicOnly, german: german)
        var blocks: [OfficeBlock] = []
        for block in doc.blocks {
            switch block {
            case .title(let t): blocks.append(.heading(1, t))
            case .heading(let t): blocks.append(.heading(2, t))
            case .paragraph(let t): blocks.append(.paragraph(t))
            case .facts(let pairs):
                for (label, value) in pairs { blocks.append(.paragraph([OfficeRun("\(label): ", bold: true), OfficeRun(value)])) }
            case .list(let items): blocks.append(.list(ordered: false, items: items.map { [OfficeRun($0)] }))
            }
        }
        let title = (german ? "Ergebnisprotokoll: " : "Results minutes: ") + meeting.title
        return OfficeDocument(title: title, language: german ? .de : .en, blocks: blocks)
    }
}
