import ModeratApp
import TerminalKit

/// A terminal the workbench cannot use, in the user's language, naming moderat (TerminalKit's
/// own `description` knows no application).
enum TerminalText {
    static func words(_ error: TerminalError, _ language: Language) -> String {
        guard language == .de else { return english(error) }
        switch error {
        case .notATerminal(let stream):
            let name = ["standard input": "Die Standardeingabe", "standard output": "Die Standardausgabe"][stream] ?? stream
            return "\(name) ist kein Terminal; die Oberfläche von moderat braucht ein interaktives Terminal (für Skripte die Unterbefehle nutzen)"
        case .terminalTypeUnset:
            return "TERM ist nicht gesetzt; bitte auf den Terminaltyp setzen, z. B. TERM=xterm-256color"
        case .dumbTerminal:
            return "TERM=dumb kann die Oberfläche von moderat nicht zeigen; bitte TERM auf den Terminaltyp setzen, z. B. TERM=xterm-256color"
        case .unknownTerminal(let term):
            return "den Terminaltyp „\(term)“ kennt terminfo nicht; bitte seinen Eintrag installieren (z. B. das Paket ncurses-term) "
                + "oder TERM=xterm-256color setzen"
        case .noUTF8Locale(let codeset):
            return "der Zeichensatz der Locale ist \(codeset), nicht UTF-8, und C.UTF-8 gibt es nicht, daher können Umlaute nicht "
                + "gezeigt werden; bitte LANG auf eine UTF-8-Locale setzen, z. B. de_DE.UTF-8"
        case .cursesFailed(let call):
            return "die Terminal-Bibliothek ist in \(call) gescheitert"
        }
    }

    static func english(_ error: TerminalError) -> String {
        switch error {
        case .notATerminal(let stream):
            return "\(stream) is not a terminal; moderat's screen needs an interactive terminal (use the subcommands for scripts)"
        case .dumbTerminal:
            return "TERM=dumb cannot show moderat's screen; set TERM to your terminal type, e.g. TERM=xterm-256color"
        case .terminalTypeUnset, .unknownTerminal, .noUTF8Locale, .cursesFailed:
            return error.description
        }
    }
}
