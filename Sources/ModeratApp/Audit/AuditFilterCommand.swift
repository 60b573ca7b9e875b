import Foundation
import ModeratStore

/// The `:` commands that narrow the audit log, in the style of the queue's: who, what, since
/// when, and `:reset` (shared with the queue; it resets the view it is typed on).
enum AuditFilterCommand {
    /// Command names of the audit view only, for completion and routing.
    static let names = ["actor", "entity", "since"]

    /// Changes `filter` by one command; returns an error text when the argument is not
    /// understood. An empty `:actor` or `:entity` takes the selected row's.
    static func apply(_ name: String, _ argument: String, to filter: inout AuditFilter,
                      selected: AuditEntry?, users: [UserRecord], _ context: AppContext) -> String? {
        let t = context.text
        let value = argument.trimmingCharacters(in: .whitespaces)
        let clear = value == "all" || value == "alle"
        switch name {
        case "actor":
            if clear { filter.actor = nil; return nil }
            if value.isEmpty {
                guard let selected else { return t(.audit(.filterArgument(name, ""))) }
                filter.actor = selected.actor
            } else {
                filter.actor = account(named: value, in: users)
            }
        case "entity":
            if clear { filter.entity = nil; filter.entityId = nil; return nil }
            if value.isEmpty {
                guard let selected else { return t(.audit(.filterArgument(name, ""))) }
                filter.entity = selected.entity
                filter.entityId = selected.entityId
                return nil
            }
            let words = value.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            guard words.count <= 2, words[0].allSatisfy({ $0.isLetter || $0 == "_" || $0 == "." }) else {
                return t(.audit(.filterArgument(name, value)))
            }
            filter.entity = words[0].lowercased()
            filter.entityId = words.count == 2 ? words[1] : nil
        case "since":
            if clear || value.isEmpty { filter.since = nil; return nil }
            guard let stored = ImportTimestamp.stored(value) else { return t(.audit(.filterArgument(name, value))) }
            filter.since = stored
        case "reset":
            filter = AuditFilter()
        default:
            return t(.unknownCommand(name))
        }
        return nil
    }

    /// The account a typed name means: an account, or a display name (whole, or the one
    /// that contains it), on moderat's list; else the text itself, as events may come from
    /// accounts no longer on the list.
    static func account(named text: String, in users: [UserRecord]) -> String {
        if let user = users.first(where: { $0.account == text }) { return user.account }
        if let user = users.first(where: { $0.displayName.caseInsensitiveCompare(text) == .orderedSame }) { return user.account }
        let containing = users.filter { $0.displayName.range(of: text, options: [.caseInsensitive, .diacriticInsensitive]) != nil }
        return containing.count == 1 ? containing[0].account : text
    }

    /// The filter as the commands that make it, for the heading.
    static func description(_ filter: AuditFilter, _ text: Localizer) -> String {
        var parts: [String] = []
        if let actor = filter.actor { parts.append(":actor \(actor)") }
        if let entity = filter.entity { parts.append(":entity \(entity)" + (filter.entityId.map { " \($0)" } ?? "")) }
        if let since = filter.since { parts.append(":since \(DayFormat.germanDateTime(since))") }
        return parts.isEmpty ? text(.audit(.allEvents)) : parts.joined(separator: " · ")
    }
}
