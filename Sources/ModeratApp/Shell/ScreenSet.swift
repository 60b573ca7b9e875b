/// One state per tab, kept while the user visits other tabs.
struct ScreenSet {
    var queue = QueueScreen()
    var sections = SectionsScreen()
    var projects = TableScreen.projects()
    var roster = RosterScreen()
    var meetings = MeetingsScreen()
    var actions = ActionsScreen()
    var dashboard = DashboardScreen()
    var audit = AuditScreen()

    subscript(id: ScreenID) -> any Screen {
        get {
            switch id {
            case .queue: return queue
            case .sections: return sections
            case .projects: return projects
            case .roster: return roster
            case .meetings: return meetings
            case .actions: return actions
            case .dashboard: return dashboard
            case .audit: return audit
            }
        }
        set {
            // The getter hands out the concrete type for each id, so the casts hold.
            switch id {
            case .queue: if let s = newValue as? QueueScreen { queue = s }
            case .sections: if let s = newValue as? SectionsScreen { sections = s }
            case .projects: if let s = newValue as? TableScreen { projects = s }
            case .roster: if let s = newValue as? RosterScreen { roster = s }
            case .meetings: if let s = newValue as? MeetingsScreen { meetings = s }
            case .actions: if let s = newValue as? ActionsScreen { actions = s }
            case .dashboard: if let s = newValue as? DashboardScreen { dashboard = s }
            case .audit: if let s = newValue as? AuditScreen { audit = s }
            }
        }
    }
}
