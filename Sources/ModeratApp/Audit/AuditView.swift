import ModeratStore
import TerminalKit

extension AuditScreen {
    /// The heading with the filter, then the events, or the one event Enter opened.
    func render(into buffer: inout Buffer, area: Rect, _ context: AppContext) -> (x: Int, y: Int)? {
        let t = context.text
        let (heading, body) = area.splitTop(1)
        buffer.fill(heading, style: context.style(.header))
        guard Self.allowed(context) else {
            buffer.write(" " + t(.screenTitle(.audit)), x: heading.x, y: heading.y, style: context.style(.header).adding(.bold))
            buffer.write(" " + t(.audit(.notAllowed(context.moderator?.role))), x: body.x, y: body.y + 1,
                         style: context.style(.warning), cutTo: body.width - 1)
            return nil
        }
        let title = showsEvent ? window.selectedEntry.map { t(.audit(.detailTitle($0.id))) } : nil
        buffer.write(" " + (title ?? t(.audit(.heading(AuditFilterCommand.description(filter, t))))),
                     x: heading.x, y: heading.y, style: context.style(.header).adding(.bold), cutTo: heading.width - 1)
        if let loadError {
            buffer.write(" " + loadError, x: body.x, y: body.y, style: context.style(.error), maxWidth: body.width - 1)
        } else if showsEvent, let entry = window.selectedEntry {
            let text = AuditView.eventLines(entry, users: users, AuditDetailWords(reasons: reasonLabels, t)).joined(separator: "\n")
            TextView.render(into: &buffer, area: Rect(x: body.x + 1, y: body.y + 1, width: body.width - 2, height: body.height - 1),
                            text: text, state: TextViewState(), style: context.style(.listRow), markMore: true)
        } else if window.rows.isEmpty {
            ListView.render(into: &buffer, area: body, columns: AuditView.columns(t), rows: [], state: ListState(), theme: context.theme)
            buffer.write(" " + t(.audit(.empty)), x: body.x, y: body.y + 2, style: context.style(.muted))
        } else {
            var state = ListState(selected: window.selected, offset: window.top)
            state.select(window.selected, rowCount: window.rows.count, viewportHeight: ListView.rowsArea(of: body).height)
            ListView.render(into: &buffer, area: body, columns: AuditView.columns(t), rowCount: window.rows.count,
                            state: state, theme: context.theme) { index in
                ListRow(AuditView.cells(window.rows[index], users: users, AuditDetailWords(reasons: reasonLabels, t)), columnStyles: [(2, context.style(.tag))])
            }
        }
        return nil
    }
}

/// How an audit event reads: a list row, and every field when it is opened. Everything in
/// it may come from an import, so values are made single-line here and the buffer
/// sanitises what reaches a cell.
enum AuditView {
    static func columns(_ t: Localizer) -> [ListColumn] {
        [ListColumn(t(.audit(.columnTime)), width: .fixed(16)),
         ListColumn(t(.audit(.columnActor)), width: .fixed(22), minimum: 14),
         ListColumn(t(.audit(.columnAction)), width: .fixed(16), minimum: 12),
         ListColumn(t(.audit(.columnEntity)), width: .fixed(13)),
         ListColumn(t(.audit(.columnDetail)), width: .flexible(1), minimum: 10)]
    }

    static func cells(_ entry: AuditEntry, users: [UserRecord], _ words: AuditDetailWords) -> [String] {
        [DayFormat.germanDateTime(entry.at), actor(entry.actor, users: users), words.t(.auditAction(entry.action)),
         entity(entry), summary(entry, words)]
    }

    /// "Anna Müller (amueller)", or the bare account when it is not on the list.
    static func actor(_ account: String, users: [UserRecord]) -> String {
        let name = users.first { $0.account == account }?.displayName
        return Sanitizer.singleLine(name.map { $0 == account ? account : "\($0) (\(account))" } ?? account)
    }

    static func entity(_ entry: AuditEntry) -> String {
        Sanitizer.singleLine(entry.entity + (entry.entityId.map { " \($0)" } ?? ""))
    }

    /// The detail on one line in the UI's words: a state change as "offen → abgelehnt", the
    /// rest as "Grund: Werbung"; the comment's version only when the event is opened (it
    /// crowds the narrow column).
    static func summary(_ entry: AuditEntry, _ words: AuditDetailWords) -> String {
        var pairs = entry.detailPairs.filter { $0.key != "version" }
        var parts: [String] = []
        if let from = pairs.first(where: { $0.key == "from" })?.value, let to = pairs.first(where: { $0.key == "to" })?.value {
            parts.append("\(words.state(from)) → \(words.state(to))")
            pairs.removeAll { $0.key == "from" || $0.key == "to" }
        }
        parts += pairs.map(words.pair)
        return Sanitizer.singleLine(parts.joined(separator: " · "))
    }

    /// Every field of an event, one per line; each detail key on a line of its own.
    static func eventLines(_ entry: AuditEntry, users: [UserRecord], _ words: AuditDetailWords) -> [String] {
        let t = words.t
        let detail = entry.detailPairs.map { "  " + Sanitizer.singleLine(words.pair($0)) }
        return [
            "\(t(.audit(.fieldTime))): \(DayFormat.germanDateTime(entry.at)) (\(entry.berlinISO))",
            "\(t(.audit(.fieldActor))): \(actor(entry.actor, users: users))",
            "\(t(.audit(.fieldAction))): \(t(.auditAction(entry.action))) (\(Sanitizer.singleLine(entry.action)))",
            "\(t(.audit(.fieldEntity))): \(entity(entry))",
            "\(t(.audit(.fieldDetail))):",
        ] + (detail.isEmpty ? ["  " + t(.audit(.noDetail))] : detail)
    }
}
