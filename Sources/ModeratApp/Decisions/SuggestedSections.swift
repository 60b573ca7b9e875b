import Foundation
import ModeratStore
import TerminalKit

/// The tag picker's suggestions: the sections that fit the comment best (`moderat suggest`),
/// moved to the top of the picker and marked ★, so the likely choice is the first row and
/// Tab takes it.
enum SuggestedSections {
    /// At most this many suggestions lead the list; the rest keep their outline order.
    static let shown = 3

    /// `items` with the suggested ones first (marked), and the suggested ids best first.
    static func first(_ items: [PickerItem], commentId: Int64, lookup: [String: Int64],
                      _ context: AppContext) throws -> (items: [PickerItem], suggested: [String]) {
        guard let ranked = try context.store.database.sectionSuggestions(commentId: commentId) else { return (items, []) }
        let ids = ranked.filter { $0.score > 0 }.prefix(shown).compactMap { row in lookup.first { $0.value == row.sectionId }?.key }
        guard !ids.isEmpty else { return (items, []) }
        let mark = context.text(.similarity(.suggested))
        let leading = ids.compactMap { id in items.first { $0.id == id } }.map { item in
            PickerItem(id: item.id, label: "★ " + item.label.trimmingCharacters(in: .whitespaces) + "  · " + mark)
        }
        return (leading + items.filter { !ids.contains($0.id) }, ids)
    }
}
