import Foundation
import ModeratCore
import ModeratStore

/// The `:` commands that narrow the queue (mutt's "limit"): state, process, section, author,
/// date range, answered, order, and reset.
enum QueueFilterCommand {
    /// Command names, for completion.
    static let names = ["state", "process", "section", "author", "from", "to", "answered", "order", "group", "reset"]

    /// Changes `filter` by one command; returns an error text when the argument is not understood.
    static func apply(_ name: String, _ argument: String, to filter: inout QueueFilter,
                      selectedComment: Int64?, _ context: AppContext) -> String? {
        let t = context.text
        let value = argument.trimmingCharacters(in: .whitespaces)
        let clear = value.isEmpty || value == "all" || value == "alle"
        do {
            switch name {
            case "state":
                if clear { filter.states = []; return nil }
                var states: Set<CommentState> = []
                for word in value.split(whereSeparator: { $0 == "," || $0 == " " }) {
                    guard let state = CommentState(rawValue: String(word)) ?? CommentState.allCases.first(where: { t(.state($0)) == String(word) }) else {
                        return t(.filterArgument("state", String(word)))
                    }
                    states.insert(state)
                }
                filter.states = states
            case "process":
                if clear { filter.processId = nil; return nil }
                guard let process = try context.store.database.processes().first(where: { $0.slug == value }) else {
                    return t(.filterArgument("process", value))
                }
                filter.processId = process.id
            case "section":
                if clear { filter.sectionId = nil; return nil }
                guard let section = try context.store.database.sectionOverview().first(where: { $0.code.caseInsensitiveCompare(value) == .orderedSame }) else {
                    return t(.filterArgument("section", value))
                }
                filter.sectionId = section.id
            case "author":
                if value == "all" || value == "alle" { filter.authorId = nil; return nil }
                if value.isEmpty {
                    // No name: the author of the selected comment.
                    guard let id = selectedComment, let author = try context.store.comment(id)?.author else { return t(.filterArgument("author", "")) }
                    filter.authorId = author.id
                } else {
                    guard let id = try context.store.database.authorIds(named: value).first else { return t(.filterArgument("author", value)) }
                    filter.authorId = id
                }
            case "group":
                if value == "all" || value == "alle" { filter.groupId = nil; return nil }
                // A group's id is its first comment's id: any member's id names the group.
                guard let member = value.isEmpty ? selectedComment : Int64(value.trimmingCharacters(in: CharacterSet(charactersIn: "#"))),
                      let group = try context.store.database.groupId(ofComment: member) else {
                    return value.isEmpty ? t(.similarity(.noGroup)) : t(.filterArgument("group", value))
                }
                filter.groupId = group
            case "from", "to":
                if value.isEmpty {
                    if name == "from" { filter.createdFrom = nil } else { filter.createdBefore = nil }
                    return nil
                }
                guard let day = berlinMidnight(value) else { return t(.filterArgument(name, value)) }
                // "to" includes the whole day: up to the next midnight, 23 or 25 hours away on DST days.
                if name == "from" { filter.createdFrom = day } else {
                    guard let next = berlinMidnight(value, daysLater: 1) else { return t(.filterArgument(name, value)) }
                    filter.createdBefore = next
                }
            case "answered":
                switch value {
                case "yes", "ja": filter.hasAnswer = true
                case "no", "nein": filter.hasAnswer = false
                case _ where clear: filter.hasAnswer = nil
                default: return t(.filterArgument(name, value))
                }
            case "order":
                switch value {
                case "newest", "neueste": filter.order = .newestFirst
                case "oldest", "älteste", "aelteste", "": filter.order = .oldestFirst
                default: return t(.filterArgument(name, value))
                }
            case "reset":
                filter = QueueFilter()
            default:
                return t(.unknownCommand(name))
            }
        } catch {
            return t.error(error)
        }
        return nil
    }

    /// "2026-10-01" or "1.10.2026" as midnight in Europe/Berlin (`daysLater` calendar days
    /// on); nil for a day the calendar does not have ("31.2.2026").
    static func berlinMidnight(_ text: String, daysLater: Int = 0) -> Date? {
        let numbers = text.split(whereSeparator: { $0 == "-" || $0 == "." }).compactMap { Int($0) }
        guard numbers.count == 3 else { return nil }
        let (year, month, day) = text.contains("-") ? (numbers[0], numbers[1], numbers[2]) : (numbers[2], numbers[1], numbers[0])
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = Timestamps.displayZone
        guard (1...12).contains(month), (1...31).contains(day), year > 1900,
              let date = calendar.date(from: DateComponents(year: year, month: month, day: day)) else { return nil }
        // The calendar rolls 31.2. over into March; such a day does not exist.
        let back = calendar.dateComponents([.year, .month, .day], from: date)
        guard back.year == year, back.month == month, back.day == day else { return nil }
        return daysLater == 0 ? date : calendar.date(byAdding: .day, value: daysLater, to: date)
    }
}
