import CNcursesw
import Glibc

/// Restores the terminal when the process is told to stop or crashes.
///
/// Signal handlers can reach only global state, so the state lives in `nonisolated(unsafe)`
/// statics. It is written only on the curses thread while no handler can run concurrently
/// with that write in practice (install before handlers are set, clear after they are reset),
/// and the handlers only read it.
enum TerminalSignals {
    /// Whether curses owns the terminal right now (so a handler must call endwin).
    nonisolated(unsafe) static var cursesActive = false
    /// Escape sequences to send after endwin (turn off bracketed paste).
    nonisolated(unsafe) static var resetSequence: [UInt8] = []
    /// Set while the app's loop polls `pendingSignal`: then SIGINT/SIGTERM/SIGHUP only record
    /// the signal, and the loop saves what is being typed and exits (a handler must not touch
    /// the database). A second signal still ends the process at once.
    nonisolated(unsafe) static var defersTermination = false
    /// The termination signal that arrived while deferred; 0 while none did.
    nonisolated(unsafe) static var pendingSignal: sig_atomic_t = 0
    /// The actions that were installed before ours, restored on shutdown and chained to on a
    /// crash. Pairs, not a dictionary keyed by Int32: that key type would cost the first frame
    /// a scan of every conformance record of the static binary.
    nonisolated(unsafe) static var previousActions: [(signal: Int32, action: sigaction)] = []

    static let terminationSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

    static func install() {
        for signal in terminationSignals { install(handleTermination, for: signal) }
        for signal in crashSignals { install(handleCrash, for: signal) }
    }

    static func uninstall() {
        for (signal, action) in previousActions {
            var old = action
            sigaction(signal, &old, nil)
        }
        previousActions = []
    }

    private static func install(_ handler: @escaping @convention(c) (Int32) -> Void, for signal: Int32) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        var old = sigaction()
        if sigaction(signal, &action, &old) == 0, !previousActions.contains(where: { $0.signal == signal }) {
            previousActions.append((signal, old))
        }
    }

    /// endwin and the reset sequence; safe to call more than once.
    static func restoreTerminal() {
        guard cursesActive else { return }
        cursesActive = false
        endwin()
        resetSequence.withUnsafeBytes { bytes in
            _ = write(STDOUT_FILENO, bytes.baseAddress, bytes.count)
        }
    }
}

/// SIGINT, SIGTERM, SIGHUP: recorded for the app's loop when it polls for them, else (and on
/// a second signal) the terminal is restored and the process exits with 128+signal.
private func handleTermination(_ signal: Int32) {
    if TerminalSignals.defersTermination, TerminalSignals.pendingSignal == 0 {
        TerminalSignals.pendingSignal = signal
        return
    }
    TerminalSignals.restoreTerminal()
    _exit(128 + signal)
}

/// A crash: give the terminal back, then let the previous handler (Swift's backtracer, or
/// the default action) see the same signal so the backtrace and exit status stay intact.
private func handleCrash(_ signal: Int32) {
    TerminalSignals.restoreTerminal()
    if var previous = TerminalSignals.previousActions.first(where: { $0.signal == signal })?.action {
        sigaction(signal, &previous, nil)
    } else {
        var fallback = sigaction()
        fallback.__sigaction_handler.sa_handler = SIG_DFL
        sigaction(signal, &fallback, nil)
    }
    // Blocked until this handler returns; a real fault also recurs when the instruction reruns.
    raise(signal)
}
