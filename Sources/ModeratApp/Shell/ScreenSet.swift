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

    /// The screen of a tab, to read from (draw, help, hints).
    subscript(id: ScreenID) -> any Screen {
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

    /// Keeps a tab's screen after it handled something. The caller works on a copy (so a
    /// redraw during a long write can still read every tab); a screen of another type in
    /// its place is a programming error, stopped here rather than losing the tab's state.
    mutating func put(_ screen: any Screen, at id: ScreenID) {
        switch id {
        case .queue: queue = Self.same(screen, as: queue)
        case .sections: sections = Self.same(screen, as: sections)
        case .projects: projects = Self.same(screen, as: projects)
        case .roster: roster = Self.same(screen, as: roster)
        case .meetings: meetings = Self.same(screen, as: meetings)
        case .actions: actions = Self.same(screen, as: actions)
        case .dashboard: dashboard = Self.same(screen, as: dashboard)
        case .audit: audit = Self.same(screen, as: audit)
        }
    }

    private static func same<S: Screen>(_ screen: any Screen, as _: S) -> S {
        guard let same = screen as? S else {
            preconditionFailure("ScreenSet: a \(type(of: screen)) was put in place of the \(S.self) tab")
        }
        return same
    }
}
