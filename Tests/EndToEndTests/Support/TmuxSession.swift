import Foundation

/// A program running in a real terminal: a detached tmux session on a private server whose
/// socket lives in the test's workspace.
///
///     let tmux = try await TmuxSession.start(["/bin/sh", "-i"], width: 100, height: 30)
///     try await tmux.type("echo hi")
///     try await tmux.sendKeys("Enter")
///     try await tmux.waitFor(text: "hi")
///
/// The pane has exactly `width` x `height` cells (no status line).
///
/// The pane runs a wrapper: `trap : INT QUIT; /bin/sh -c '<command>';
/// printf '\e]2;e2e-exit-<id>=%s\e\\' $?; exec sleep …`. When the program ends, the wrapper sets the pane title to its exit status and
/// then keeps the terminal open, so:
/// - the screen stays exactly as the program left it (no "Pane is dead" line scrolling it);
/// - tmux handles output in order, so once the title shows the status, everything the program
///   wrote is on the screen;
/// - the status does not depend on tmux reaping the process (tmux 3.3 sometimes marks a pane
///   dead without reaping it, seen with `ssh -tt`: a zombie and an empty `#{pane_dead_status}`).
/// The program stays in the terminal's foreground process group: it gets keys and SIGWINCH as
/// usual. The server is killed by `kill()` or, as a fallback, when the object is released.
final class TmuxSession: @unchecked Sendable {
    let workspace: TempWorkspace
    let socketPath: String
    let name: String
    /// The pane title prefix the wrapper sets, followed by the exit status, when the program ends.
    let exitTitlePrefix: String
    /// The environment the pane's program started with (tmux adds TMUX and TMUX_PANE).
    let environment: [String: String]
    private let tmuxPath: String
    private let lock = NSLock()
    private var killed = false

    /// Default timeout of `waitFor`.
    static let defaultTimeout: Duration = .seconds(10)
    /// How often `waitFor` captures the screen.
    static let pollInterval: Duration = .milliseconds(50)

    private init(workspace: TempWorkspace, socketPath: String, name: String, environment: [String: String], tmuxPath: String) {
        self.workspace = workspace
        self.socketPath = socketPath
        self.name = name
        self.exitTitlePrefix = "e2e-exit-\(name)="
        self.environment = environment
        self.tmuxPath = tmuxPath
    }

    deinit {
        if !isKilled {
            ProcessRunner.runSynchronously([tmuxPath, "-S", socketPath, "kill-server"], environment: environment)
        }
        try? FileManager.default.removeItem(atPath: socketPath)
    }

    // MARK: Starting

    /// Starts `command` (argv) in a new session.
    /// - Parameters:
    ///   - environment: variables added to the controlled base (see `TerminalEnvironment`).
    ///   - workspace: shared with other sessions to share HOME and files; a new one by default.
    ///   - term: the TERM tmux announces to the program.
    static func start(
        _ command: [String],
        width: Int = 100,
        height: Int = 30,
        environment: [String: String] = [:],
        workspace: TempWorkspace? = nil,
        workingDirectory: URL? = nil,
        term: String = TerminalEnvironment.defaultTerm
    ) async throws -> TmuxSession {
        try await start(
            shellCommand: ShellQuote.join(command), width: width, height: height,
            environment: environment, workspace: workspace, workingDirectory: workingDirectory, term: term)
    }

    /// Starts a command line, run by `/bin/sh -c`.
    static func start(
        shellCommand: String,
        width: Int = 100,
        height: Int = 30,
        environment: [String: String] = [:],
        workspace: TempWorkspace? = nil,
        workingDirectory: URL? = nil,
        term: String = TerminalEnvironment.defaultTerm
    ) async throws -> TmuxSession {
        guard let tmuxPath = E2ETool.tmux.path else { throw E2EError("tmux is not installed") }
        let workspace = try workspace ?? TempWorkspace()
        let id = UUID().uuidString.prefix(8).lowercased()
        let socketPath = workspace.root.appendingPathComponent("tmux-\(id).sock").path
        guard socketPath.utf8.count < 100 else { throw E2EError("tmux socket path too long: \(socketPath)") }
        let name = "e2e-\(id)"
        let env = TerminalEnvironment.make(workspace: workspace, term: term, extra: environment)
        let session = TmuxSession(workspace: workspace, socketPath: socketPath, name: name, environment: env, tmuxPath: tmuxPath)
        // `trap :` (a handler, not "ignore", so the program still gets the default action) keeps
        // C-c and C-\\ from killing the wrapper along with the program. HUP is not trapped, so
        // killing the server still ends everything.
        let wrapped = "trap : INT QUIT; /bin/sh -c \(ShellQuote.quote(shellCommand)); "
            + "printf '\\033]2;\(session.exitTitlePrefix)%s\\033\\\\' \"$?\"; exec sleep 2147483647"

        // One invocation: configure the fresh server, then create the session, so the options
        // are in place before the program starts. -u: UTF-8 regardless of the locale check.
        // remain-on-exit only matters if the wrapper itself dies: the screen stays capturable.
        try await ProcessRunner.check(
            [tmuxPath, "-u", "-S", socketPath, "-f", "/dev/null", "start-server",
             ";", "set-option", "-g", "default-terminal", term,
             ";", "set-option", "-g", "default-shell", "/bin/sh",
             ";", "set-option", "-g", "status", "off",
             ";", "set-option", "-g", "remain-on-exit", "on",
             ";", "set-option", "-g", "history-limit", "2000",
             ";", "set-option", "-s", "escape-time", "0",
             ";", "new-session", "-d", "-x", String(width), "-y", String(height), "-s", name,
             "-c", (workingDirectory ?? workspace.root).path, wrapped],
            environment: env
        )
        return session
    }

    // MARK: Talking to tmux

    /// Runs a tmux command against this session's server.
    @discardableResult
    func tmux(_ arguments: String...) async throws -> CommandResult {
        try await tmux(arguments)
    }

    @discardableResult
    func tmux(_ arguments: [String]) async throws -> CommandResult {
        try await ProcessRunner.check([tmuxPath, "-u", "-S", socketPath] + arguments, environment: environment)
    }

    /// The pane this session drives.
    private var target: String { "=\(name):" }

    // MARK: Input

    /// Sends keys by tmux name, each one separately: "Enter", "Escape", "C-z", "Up", "F1",
    /// "BSpace", "M-x", or a single character like "j". Use `type` for text.
    func sendKeys(_ keys: String...) async throws {
        try await sendKeys(keys)
    }

    func sendKeys(_ keys: [String]) async throws {
        guard !keys.isEmpty else { return }
        try await tmux(["send-keys", "-t", target] + keys)
    }

    /// Types `text` literally (no key-name lookup), as a user would.
    func type(_ text: String) async throws {
        try await tmux("send-keys", "-t", target, "-l", "--", text)
    }

    /// Pastes `text` through a tmux buffer (bracketed paste when the program asked for it).
    func paste(_ text: String) async throws {
        let buffer = "e2e-paste"
        try await tmux("set-buffer", "-b", buffer, "--", text)
        try await tmux("paste-buffer", "-p", "-d", "-b", buffer, "-t", target)
    }

    // MARK: Output

    /// The visible screen, one string per row (trailing spaces trimmed by tmux). After the
    /// program ended, this is the screen as it left it.
    func capture() async throws -> [String] {
        Self.rows(try await tmux("capture-pane", "-p", "-t", target).stdout)
    }

    /// The visible screen with SGR escape sequences for colours and attributes (`capture-pane -e`).
    func captureWithEscapes() async throws -> [String] {
        Self.rows(try await tmux("capture-pane", "-p", "-e", "-t", target).stdout)
    }

    private static func rows(_ output: String) -> [String] {
        var rows = output.components(separatedBy: "\n")
        if rows.last == "" { rows.removeLast() }
        return rows
    }

    /// Polls the screen every 50 ms until `text` appears; returns that screen. Throws after
    /// `timeout` with the last screen in the message.
    @discardableResult
    func waitFor(text: String, timeout: Duration = defaultTimeout) async throws -> [String] {
        try await waitFor("text \"\(text)\"", timeout: timeout) { $0.containsText(text) }
    }

    /// Polls until `text` is no longer on screen.
    @discardableResult
    func waitFor(absenceOf text: String, timeout: Duration = defaultTimeout) async throws -> [String] {
        try await waitFor("text \"\(text)\" to disappear", timeout: timeout) { !$0.containsText(text) }
    }

    /// Polls until `condition` holds for the screen.
    @discardableResult
    func waitFor(
        _ what: String = "condition",
        timeout: Duration = defaultTimeout,
        until condition: ([String]) -> Bool
    ) async throws -> [String] {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var screen: [String] = []
        while true {
            screen = try await capture()
            if condition(screen) { return screen }
            if clock.now >= deadline { break }
            try await Task.sleep(for: Self.pollInterval)
        }
        let state = (try? await paneState()).map { $0.isDead ? " (program exited with status \($0.exitStatus ?? -1))" : "" } ?? " (tmux server gone)"
        throw E2EError("timed out after \(timeout) waiting for \(what)\(state); last screen:\n\(screen.dump)")
    }

    // MARK: Size

    /// Resizes the window (and so the pane); the program gets SIGWINCH. tmux switches the
    /// window to `window-size manual` by itself, which a detached session needs.
    func resize(width: Int, height: Int) async throws {
        try await tmux("resize-window", "-t", target, "-x", String(width), "-y", String(height))
    }

    /// The pane's current size in cells.
    func size() async throws -> (width: Int, height: Int) {
        let out = try await tmux("display-message", "-p", "-t", target, "#{pane_width} #{pane_height}").stdout
        let parts = out.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        guard parts.count == 2 else { throw E2EError("unexpected pane size: \(out)") }
        return (parts[0], parts[1])
    }

    // MARK: Lifetime

    struct PaneState: Sendable {
        /// The program has ended (the wrapper set the title) or the pane itself died.
        let isDead: Bool
        /// The exit status once ended (128 + signal number when a signal ended it); nil while
        /// running or when the pane died without the wrapper reporting.
        let exitStatus: Int?
        let pid: Int32?
    }

    /// Whether the program has ended, and how.
    func paneState() async throws -> PaneState {
        let out = try await tmux("display-message", "-p", "-t", target, "#{pane_dead}|#{pane_pid}|#{pane_title}").stdout
        let parts = out.trimmingCharacters(in: .newlines)
            .split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3 else { throw E2EError("unexpected pane state: \(out)") }
        var status: Int?
        if parts[2].hasPrefix(exitTitlePrefix) {
            status = Int(parts[2].dropFirst(exitTitlePrefix.count))
        }
        return PaneState(isDead: parts[0] == "1" || status != nil, exitStatus: status, pid: Int32(parts[1]))
    }

    /// True while the program in the pane is running.
    var isAlive: Bool {
        get async {
            guard !isKilled, let state = try? await paneState() else { return false }
            return !state.isDead
        }
    }

    /// Waits until the program ends and returns its exit status (128 + signal when a signal
    /// ended it). Everything it wrote is on screen by then, so a `capture()` afterwards is final.
    @discardableResult
    func waitForExit(timeout: Duration = defaultTimeout) async throws -> Int {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            let state = try await paneState()
            if state.isDead {
                guard let status = state.exitStatus else {
                    throw E2EError("the pane died without reporting an exit status")
                }
                return status
            }
            try await Task.sleep(for: Self.pollInterval)
        }
        let screen = (try? await capture()) ?? []
        throw E2EError("program still running after \(timeout); last screen:\n\(screen.dump)")
    }

    private var isKilled: Bool { lock.withLock { killed } }

    /// Kills the tmux server (and with it the program). Safe to call more than once.
    func kill() async {
        let alreadyKilled = lock.withLock { () -> Bool in
            defer { killed = true }
            return killed
        }
        if alreadyKilled { return }
        _ = try? await ProcessRunner.run([tmuxPath, "-S", socketPath, "kill-server"], environment: environment)
        try? FileManager.default.removeItem(atPath: socketPath)
    }
}
