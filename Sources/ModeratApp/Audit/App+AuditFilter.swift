extension App {
    /// Runs a `:` filter meant for the audit view: its own commands from anywhere, and
    /// `:reset` while the audit view is shown. False when the command belongs to the queue.
    func applyAuditFilter(_ name: String, _ argument: String) -> Bool {
        let onAudit = current == .audit && comment == nil
        guard AuditFilterCommand.names.contains(name) || (name == "reset" && onAudit) else { return false }
        if !onAudit { switchTo(.audit) }
        if let problem = screens.audit.applyFilter(name, argument, context) {
            status = StatusLine(text: problem, isError: true)
        }
        return true
    }
}
