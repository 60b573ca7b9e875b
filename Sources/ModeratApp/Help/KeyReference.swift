import TerminalKit

/// Every key binding of the workbench as one Markdown table per language: what
/// `moderat keys` prints and what the README shows (a test keeps the two equal).
public enum KeyReference {
    public static func markdown(_ language: Language) -> String {
        let t = Localizer(language)
        let lists = language == .de ? "Listen (alle Ansichten)" : "Lists (every screen)"
        let sections: [(String, [HelpEntry])] = [
            (t(.keyHelp(.headingGlobal)), GlobalKeys.helpLines(t)),
            (lists, ListKeys.bindings.helpLines(t)),
            (t(.screenTitle(.queue)), QueueKeys.bindings.helpLines(t) + [HelpEntry(":state …", t(.keyHelp(.filterCommands)))]),
            (t(.commentTitle), CommentKeys.bindings.helpLines(t)),
            (t(.screenTitle(.sections)), [ConsiderationKeys.open].helpLines(t)),
            (language == .de ? "Abwägung (Abschnitte, a)" : "Consideration (sections, a)", ConsiderationKeys.bindings.helpLines(t)),
            (t(.screenTitle(.roster)), RosterKeys.bindings.helpLines(t)),
            (t(.roster(.headingForm)), RosterKeys.formHelp.map { HelpEntry($0.0, t(.keyHelp($0.1))) }),
            (t(.screenTitle(.meetings)), MeetingsKeys.listBindings.helpLines(t) + MeetingsKeys.bindings.helpLines(t)),
            (t(.meetings(.headingForm)), MeetingsKeys.formHelp.map { HelpEntry($0.0, t(.keyHelp($0.1))) }),
            (t(.screenTitle(.actions)), MeetingsKeys.actionsBindings.helpLines(t)),
            (t(.screenTitle(.audit)), AuditKeys.bindings.helpLines(t) + [AuditKeys.filterHelp(t)]),
            (t(.keyHelp(.audit(.headingDetail))), AuditKeys.eventBindings.helpLines(t)),
            (t(.keyHelp(.headingEditor)), (CommentKeys.editorHelp + MeetingsKeys.editorHelp).map { HelpEntry($0.0, t(.keyHelp($0.1))) }),
            (t(.decision(.headingDialogs)), [
                HelpEntry("y", t(.decision(.keyYes))),
                HelpEntry("n Esc Enter", t(.decision(.keyNo))),
                HelpEntry("1 … 9", t(.decision(.keyReasonNumber))),
                HelpEntry("↑ ↓ j k Ctrl-N Ctrl-P", t(.decision(.keyReasonMove))),
                HelpEntry("Enter", t(.decision(.keyReasonEnter))),
                HelpEntry("1 2 3", t(.decision(.keyAnswerChoice))),
            ]),
            (language == .de ? "Auswahllisten" : "Pickers", [
                HelpEntry(language == .de ? "Buchstaben" : "letters", t(.keyHelp(.pickerFilter))),
                HelpEntry("Space", t(.keyHelp(.pickerToggle))),
                HelpEntry("Enter", t(.keyHelp(.pickerApply))),
                HelpEntry("Tab", t(.keyHelp(.similarity(.keyAcceptSuggestion)))),
                HelpEntry("Esc", t(.keyHelp(.back))),
            ]),
        ]
        var out = language == .de ? "| Taste | Wirkung |\n|---|---|\n" : "| Key | Action |\n|---|---|\n"
        for (title, entries) in sections {
            out += "| **\(title)** | |\n"
            for entry in entries {
                out += "| `\(t.keyLabel(entry.keys).replacingOccurrences(of: "|", with: "\\|"))` | \(entry.description.replacingOccurrences(of: "|", with: "\\|")) |\n"
            }
        }
        return out
    }
}
