/// The screens reachable with Tab and the number keys, in their order.
public enum ScreenID: Int, CaseIterable, Sendable {
    case queue = 1, sections, projects, roster, meetings, actions, dashboard, audit

    /// The screen Tab leads to.
    var next: ScreenID { ScreenID(rawValue: rawValue % ScreenID.allCases.count + 1) ?? .queue }
    /// The screen Shift-Tab leads to.
    var previous: ScreenID {
        ScreenID(rawValue: (rawValue + ScreenID.allCases.count - 2) % ScreenID.allCases.count + 1) ?? .queue
    }

    /// The name used by `:` commands ("queue", "roster", ...).
    var commandName: String {
        switch self {
        case .queue: return "queue"
        case .sections: return "sections"
        case .projects: return "projects"
        case .roster: return "roster"
        case .meetings: return "meetings"
        case .actions: return "actions"
        case .dashboard: return "dashboard"
        case .audit: return "audit"
        }
    }
}
