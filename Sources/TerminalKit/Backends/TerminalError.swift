/// Why the terminal UI cannot start, with a message a user can act on (the application's
/// own name is not in it; it prefixes its name when it prints one). Nothing has been written
/// to the terminal when one of these is thrown.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// stdin or stdout is not a terminal (a pipe, a file, cron).
    case notATerminal(stream: String)
    /// TERM is not set.
    case terminalTypeUnset
    /// TERM=dumb cannot position the cursor.
    case dumbTerminal
    /// TERM names a terminal terminfo does not know.
    case unknownTerminal(String)
    /// No UTF-8 locale, so umlauts and emoji cannot be shown.
    case noUTF8Locale(codeset: String)
    /// ncurses refused a call it needs.
    case cursesFailed(String)

    /// A human message, suitable for printing before exiting.
    public var description: String {
        switch self {
        case .notATerminal(let stream):
            return "\(stream) is not a terminal; the full-screen interface needs an interactive terminal (use the subcommands for scripts)"
        case .terminalTypeUnset:
            return "TERM is not set; set it to your terminal type, e.g. TERM=xterm-256color"
        case .dumbTerminal:
            return "TERM=dumb cannot show the full-screen interface; set TERM to your terminal type, e.g. TERM=xterm-256color"
        case .unknownTerminal(let term):
            return "the terminal type '\(term)' is unknown to terminfo; install its entry (e.g. the ncurses-term package) or set TERM=xterm-256color"
        case .noUTF8Locale(let codeset):
            return "the locale's character set is \(codeset), not UTF-8, and C.UTF-8 is not available, so umlauts cannot be shown; set LANG to a UTF-8 locale such as de_DE.UTF-8"
        case .cursesFailed(let call):
            return "the terminal library failed in \(call)"
        }
    }

    /// The exit status a command should use (EX_UNAVAILABLE for a terminal it cannot use).
    public var exitCode: Int32 { 69 }
}
