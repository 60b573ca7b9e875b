import ModeratCore
import ModeratStore

extension App {
    /// What Tab offers after a `:` command: states, sections, processes, orders, yes/no.
    func commandArguments(_ command: String) -> [String] {
        let t = context.text
        switch command {
        case "state": return CommentState.allCases.map { t(.state($0)) } + [t.language == .de ? "alle" : "all"]
        case "section": return (try? context.store.database.sectionOverview().map(\.code)) ?? []
        case "process": return (try? context.store.database.processes().map(\.slug)) ?? []
        case "order": return t.language == .de ? ["neueste", "älteste"] : ["newest", "oldest"]
        case "answered": return t.language == .de ? ["ja", "nein"] : ["yes", "no"]
        case "screen": return []
        default: return []
        }
    }
}
