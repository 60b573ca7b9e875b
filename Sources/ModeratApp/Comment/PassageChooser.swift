import Foundation
import ModeratCore
import ModeratStore
import TerminalKit

/// Choosing a passage in the comment view (key P): the body is shown sentence by sentence,
/// j / k move, v sets where the passage starts, Enter asks for its section and splits the
/// comment into the chosen sentences and the text before and after them. The comment's
/// text itself is never changed; the passages are ranges of it.
struct PassageChooser {
    let commentId: Int64
    let body: String
    let sentences: [PassageRange]
    var cursor = 0
    var anchor: Int?
    /// Open once Enter was pressed: the section of the chosen passage.
    var sectionPicker: PickerState?
    /// The sections of the comment's process, in the guidelines' order.
    var sections: [SectionOverviewRow] = []

    init?(_ detail: CommentDetail) {
        commentId = detail.id
        body = detail.body
        sentences = Passages.sentences(of: detail.body)
        guard sentences.count >= 2 else { return nil }
    }

    /// The chosen sentences, first to last (0-based, inclusive).
    var chosen: ClosedRange<Int> { min(anchor ?? cursor, cursor)...max(anchor ?? cursor, cursor) }

    /// The sentences' texts as rows of `width`, each row with the sentence it belongs to.
    func rows(width: Int) -> [(sentence: Int, text: String)] {
        sentences.enumerated().flatMap { index, range in
            TextLayout.wrappedLines(Sanitizer.multiLine(range.text(in: body)), width: max(1, width)).map { (index, $0) }
        }
    }
}

extension CommentScreen {
    /// P: starts choosing a passage (moderators; approved comments only).
    mutating func startPassage(_ context: AppContext) -> ScreenResult {
        guard let detail else { return .handled }
        guard detail.state == .approved else { return .error(context.text(.consideration(.work(.onlyApproved)))) }
        guard let started = PassageChooser(detail) else { return .error(context.text(.consideration(.work(.wholeText)))) }
        chooser = started
        return .handled
    }

    mutating func handleChooser(_ event: InputEvent, _ context: AppContext) -> ScreenResult {
        guard var open = chooser, case .key(let key) = event else { return .handled }
        if var picker = open.sectionPicker {
            let answer = picker.handle(key, viewportHeight: 10)
            open.sectionPicker = picker
            chooser = open
            switch answer {
            case .cancelled:
                open.sectionPicker = nil
                chooser = open
                return .handled
            case .applied(let ids):
                return split(open, sectionId: ids.first.flatMap { Int64($0) }, context)
            case .handled, .ignored:
                return .handled
            }
        }
        switch key {
        case .escape, .character("q"):
            chooser = nil
        case .character("j"), .down:
            open.cursor = min(open.sentences.count - 1, open.cursor + 1)
        case .character("k"), .up:
            open.cursor = max(0, open.cursor - 1)
        case .character("v"), .character(" "):
            open.anchor = open.anchor == nil ? open.cursor : nil
        case .enter:
            guard let detail else { return .handled }
            guard Passages.cut(open.body, sentences: open.sentences, from: open.chosen.lowerBound, to: open.chosen.upperBound) != nil else {
                return .error(context.text(.consideration(.work(.wholeText))))
            }
            do {
                open.sections = try context.store.database.sectionOverview().filter { $0.processId == detail.process.id }
            } catch {
                return .error(context.text.error(error))
            }
            let t = context.text
            var picker = PickerState(
                title: t(.consideration(.work(.pickSection("\(detail.id).\(open.chosen.lowerBound + 1)…")))),
                items: open.sections.map { PickerItem(id: String($0.id), label: "\($0.code)  \($0.title)") }
                    + [PickerItem(id: "-", label: t(.consideration(.work(.noSection))))],
                allowsMultiple: false)
            // Start on the comment's own section.
            if let tag = detail.tags.first, let index = open.sections.firstIndex(where: { $0.id == tag.id }) {
                picker.list.select(index, rowCount: picker.items.count, viewportHeight: 10)
            }
            open.sectionPicker = picker
        default:
            break
        }
        if chooser != nil { chooser = open }
        return .handled
    }

    /// Splits the comment: the chosen passage gets `sectionId`, the text around it the
    /// comment's first section (it spoke to that before).
    mutating func split(_ open: PassageChooser, sectionId: Int64?, _ context: AppContext) -> ScreenResult {
        chooser = nil
        guard let detail, let cut = Passages.cut(open.body, sentences: open.sentences,
                                                 from: open.chosen.lowerBound, to: open.chosen.upperBound) else { return .handled }
        let rest = detail.tags.first?.id
        let cuts = cut.ranges.enumerated().map { index, range in
            PassageCut(range: range, sectionId: index == cut.chosen ? sectionId : rest)
        }
        do {
            try context.store.splitIntoPassages(detail.id, cuts)
        } catch let error as StoreError {
            reload(context)
            return .error(context.text.error(error))
        } catch {
            return .error(context.text.error(error))
        }
        reload(context)
        let code = open.sections.first { $0.id == sectionId }?.code
        return .message(context.text(.consideration(.work(.splitOff(number: "\(detail.id).\(cut.chosen + 1)", code: code)))))
    }

    /// The body while a passage is chosen: sentence by sentence, the chosen ones marked.
    func renderChooser(_ open: PassageChooser, into buffer: inout Buffer, area: Rect, rule: Rect, _ context: AppContext) {
        let t = context.text
        let title = t(.consideration(.work(.passageTitle(from: open.chosen.lowerBound + 1, to: open.chosen.upperBound + 1,
                                                         of: open.sentences.count))))
        buffer.write(" " + title + " ", x: rule.x + 1, y: rule.y, style: context.style(.border).adding(.bold), cutTo: rule.width - 2)
        let rows = open.rows(width: area.width - 3)
        let cursorRow = rows.firstIndex { $0.sentence == open.cursor } ?? 0
        let lastCursorRow = rows.lastIndex { $0.sentence == open.cursor } ?? 0
        let offset = max(0, min(cursorRow, lastCursorRow - area.height + 1))
        for (line, row) in rows.dropFirst(offset).prefix(area.height).enumerated() {
            let y = area.y + line
            let isChosen = open.chosen.contains(row.sentence)
            let gutter = row.sentence == open.cursor ? "▶ " : (isChosen ? "│ " : "  ")
            let style = isChosen ? context.style(.listMarked) : context.style(.listRow)
            buffer.write(gutter, x: area.x, y: y, style: context.style(.tag).adding(.bold))
            buffer.write(row.text, x: area.x + 2, y: y, style: row.sentence == open.cursor ? style.adding(.bold) : style,
                         cutTo: area.width - 2)
        }
    }
}
