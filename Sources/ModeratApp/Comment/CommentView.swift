import ModeratCore
import ModeratStore
import TerminalKit

extension CommentScreen {
    func render(into buffer: inout Buffer, area: Rect, _ context: AppContext) -> (x: Int, y: Int)? {
        let t = context.text
        guard let detail else {
            buffer.write(" " + (loadError ?? ""), x: area.x, y: area.y + 1, style: context.style(.error), maxWidth: area.width - 1)
            return nil
        }
        var rest = area
        let heading: Rect, meta: Rect, rule: Rect, bodyArea: Rect, lower: Rect
        (heading, rest) = rest.splitTop(1)
        (meta, rest) = rest.splitTop(CommentLayout.metaRows)
        (rest, lower) = rest.splitBottom(CommentLayout.lowerRows(for: area.height))
        (rule, bodyArea) = rest.splitTop(1)

        let stateStyle = context.style(QueueView.stateRole(detail.state))
        StatusBar.render(into: &buffer, area: heading, left: "#\(detail.id)  \(t(.state(detail.state)))",
                         right: DayFormat.germanDateTime(detail.createdAt), style: context.style(.header),
                         leftStyle: context.style(.header).adding(.bold))
        let handled = detail.claim.flatMap { $0.account == context.account ? nil : t(.handledBy($0.moderatorName)) }
        let metaLines: [(UIText, String, ThemeRole)] = [
            (.metaAuthor, detail.author?.displayName ?? "–", .listRow),
            (.metaProcess, "\(detail.process.title) (\(detail.process.slug))", .listRow),
            (.metaTags, detail.tags.isEmpty ? t(.noTags) : detail.tags.map { "\($0.code) \($0.title)" }.joined(separator: ", "), .tag),
            handled.map { (.metaHandled, $0, .banner) } ?? (.metaState, stateLine(detail, context), .listRow),
        ]
        for (i, line) in metaLines.enumerated() {
            let y = meta.y + i
            let label = t(line.0) + ": "
            let used = buffer.write(" " + label, x: meta.x, y: y, style: context.style(.muted))
            let style = line.0 == .metaState ? stateStyle : context.style(line.2)
            buffer.write(TextLayout.truncate(line.1, toWidth: meta.width - used - 1), x: meta.x + used, y: y, style: style)
        }
        Rule.render(into: &buffer, area: rule, sign: chooser == nil && body.offset > 0 ? t(.bodyAbove(body.offset)) : nil,
                    style: context.style(.border), signStyle: context.style(.muted))

        let textArea = Rect(x: bodyArea.x + 1, y: bodyArea.y, width: CommentLayout.bodyWidth(for: area.width), height: bodyArea.height)
        if let chooser {
            renderChooser(chooser, into: &buffer, area: textArea, rule: rule, context)
            renderLower(detail, into: &buffer, area: lower, context)
            if let picker = chooser.sectionPicker {
                return Picker.render(into: &buffer, area: area, state: picker, theme: context.theme)
            }
            return nil
        }
        let wrapped = TextLayout.wrappedLines(Sanitizer.multiLine(detail.body), width: textArea.width).dropFirst(body.offset)
        TextView.render(into: &buffer, area: textArea, rows: wrapped.prefix(textArea.height), style: context.style(.listRow))
        // Counting what lies below wraps at most a screenful more, so a megabyte body stays cheap.
        let below = wrapped.dropFirst(textArea.height).prefix(Self.countedRowsBelow).reduce(0) { n, _ in n + 1 }
        if let query {
            for y in textArea.y..<textArea.maxY {
                let cells = (textArea.x..<textArea.maxX).map { buffer[$0, y] }
                for range in SearchHighlight.columns(of: query, in: cells) {
                    buffer.restyle(Rect(x: textArea.x + range.lowerBound, y: y, width: range.count, height: 1)) { _ in context.style(.match) }
                }
            }
        }
        renderLower(detail, into: &buffer, area: lower, bodyBelow: below, context)

        var cursor: (x: Int, y: Int)?
        if let editor {
            let box = area.centered(width: min(90, area.width - 2), height: min(14, area.height - 2))
            buffer.fill(box, style: context.style(.dialog))
            let title = t(editor.field == .answer ? .metaAnswer : .metaNote)
            let inner = Box.draw(into: &buffer, area: box, style: context.style(.border), title: title, titleStyle: context.style(.dialogTitle))
            var state = editor.state
            state.updateScroll(width: inner.width, height: inner.height)
            cursor = TextEditor.render(into: &buffer, area: inner, state: state, style: context.style(.input))
        }
        if let flow {
            cursor = flow.render(into: &buffer, area: area, context)
        }
        return cursor
    }

    func stateLine(_ detail: CommentDetail, _ context: AppContext) -> String {
        let t = context.text
        var parts = [t(.state(detail.state))]
        if let who = detail.decidedBy, let at = detail.decidedAt { parts.append("\(who), \(DayFormat.germanDateTime(at))") }
        if let reason = detail.reasonCode { parts.append(reasonLabels[reason] ?? reason) }
        return parts.joined(separator: " · ")
    }

    /// Rows below the visible body that the rule counts exactly; beyond, it says "more than 999".
    static let countedRowsBelow = 1000

    /// Thread, answer, note and history, as many lines as fit; the rule above says how many
    /// body rows are still below, and a last line says how many of these lines did not fit.
    func renderLower(_ detail: CommentDetail, into buffer: inout Buffer, area: Rect, bodyBelow: Int = 0, _ context: AppContext) {
        let t = context.text
        Rule.render(into: &buffer, area: area, sign: bodyBelow > 0 ? t(.bodyBelow(bodyBelow)) : nil,
                    style: context.style(.border), signStyle: context.style(.muted))
        var lines: [(String, String, ThemeRole)] = []
        // Lines whose end is kept whole when the line is cut (where an outcome was agreed).
        var kept: [Int: (short: String, ends: [String])] = [:]
        // What became of it comes first, so even a short terminal shows it.
        for (i, outcome) in outcomes.enumerated() {
            kept[lines.count] = (t(.consideration(.work(.commentOutcomeShort(outcome, commentId: detail.id)))),
                                 [t(.consideration(.work(.commentOutcomeState(outcome)))), t(.consideration(.work(.commentOutcomeWhen(outcome))))])
            lines.append((i == 0 ? t(.consideration(.work(.commentLabel))) : "",
                          t(.consideration(.work(.commentOutcome(outcome, commentId: detail.id)))), .tag))
        }
        if let group {
            let members = t(.walk(.groupLine(group: group.id, members: group.members)))
            kept[lines.count] = (members, [t(.walk(.groupKey))])
            lines.append((t(.walk(.groupLabel)), members + t(.walk(.groupKey)), .tag))
        }
        if let parent = detail.parent {
            lines.append((t(.metaParent), "#\(parent.id) \(parent.authorName ?? ""): \(parent.firstLine)", .muted))
        }
        // The answer and the note decide what the public reads, so they come before the
        // replies and the history, which a short terminal may have to leave out.
        lines.append((t(.metaAnswer), detail.publicAnswer ?? t(.noAnswer), .listRow))
        lines.append((t(.metaNote), detail.internalNote ?? t(.noNote), .muted))
        if !detail.replies.isEmpty {
            lines.append((t(.metaReplies), "\(detail.replies.count)", .muted))
            for reply in detail.replies.prefix(3) {
                lines.append(("", "↳ #\(reply.id) \(reply.authorName ?? ""): \(reply.firstLine)", .muted))
            }
        }
        let history = detail.history.suffix(4).map { entry in
            "\(DayFormat.germanDateTime(entry.at)) \(entry.actorName): \(t(.auditAction(entry.action)))"
                + (entry.action == AuditAction.undo.rawValue ? entry.to.map { " → \(t(.state($0)))" } ?? "" : "")
                + (entry.reasonCode.map { " (\(reasonLabels[$0] ?? $0))" } ?? "")
        }
        if history.isEmpty {
            lines.append((t(.metaHistory), t(.noHistory), .muted))
        } else {
            for (i, line) in history.enumerated() { lines.append((i == 0 ? t(.metaHistory) : "", line, .muted)) }
        }
        let labelWidth = min(22, lines.map { DisplayWidth.of($0.0) }.max() ?? 0) + 2
        let room = max(0, area.height - 1)
        if lines.count > room, room > 0 {
            let hidden = lines.count - room + 1
            lines = Array(lines.prefix(room - 1)) + [(t(.lowerHidden(hidden)), "", .muted)]
        }
        for (i, line) in lines.prefix(room).enumerated() {
            let y = area.y + 1 + i
            buffer.write(" " + line.0, x: area.x, y: y, style: context.style(.muted).adding(.bold), maxWidth: labelWidth)
            let room = area.width - labelWidth - 2
            buffer.write(kept[i].map { LineFit.keepingEnd(line.1, short: $0.short, ends: $0.ends, width: room) } ?? TextLayout.truncate(line.1, toWidth: room),
                         x: area.x + labelWidth + 1, y: y, style: context.style(line.2))
        }
    }
}
