import Foundation

/// An interactive `sh` in tmux, for running a program the way a user does and checking the
/// terminal afterwards:
///
///     let shell = try await ShellSession.start()
///     try await shell.run(["/path/to/moderat", "--db", db])
///     ... drive the program with shell.tmux ...
///     try await shell.waitForPrompt()
///     try await shell.ttyState().requireSane()
struct ShellSession: Sendable {
    /// The prompt, unique enough to recognise the shell being back.
    static let prompt = "e2e-sh$ "

    let tmux: TmuxSession

    static func start(
        width: Int = 100,
        height: Int = 30,
        environment: [String: String] = [:],
        workspace: TempWorkspace? = nil,
        term: String = TerminalEnvironment.defaultTerm
    ) async throws -> ShellSession {
        var env = environment
        env["PS1"] = prompt
        env["ENV"] = ""  // no startup file
        let tmux = try await TmuxSession.start(
            ["/bin/sh", "-i"], width: width, height: height, environment: env, workspace: workspace, term: term)
        let shell = ShellSession(tmux: tmux)
        try await shell.waitForPrompt()
        return shell
    }

    /// Types a command line (argv, shell-quoted, with extra variables) and presses C-j, which
    /// ends the line whether or not the terminal translates CR.
    func run(_ command: [String], environment: [String: String] = [:]) async throws {
        try await runLine(ShellQuote.withEnvironment(environment, command))
    }

    /// Types a raw shell command line and ends it with C-j.
    func runLine(_ line: String) async throws {
        try await tmux.type(line)
        try await tmux.sendKeys("C-j")
    }

    /// Types a command line, then has the shell print a unique marker after it, and waits for
    /// the marker and the prompt. Returns the screen. For short commands; for moderat use
    /// `run` and `waitForPrompt`.
    @discardableResult
    func runAndWait(_ line: String, timeout: Duration = TmuxSession.defaultTimeout) async throws -> [String] {
        let id = UUID().uuidString.prefix(8)
        // The typed line holds the marker split by quotes, so only the output matches.
        try await runLine("\(line); echo e2e-done-''\(id)")
        try await tmux.waitFor(text: "e2e-done-\(id)", timeout: timeout)
        return try await waitForPrompt(timeout: timeout)
    }

    /// Waits until the bottom-most non-blank row ends with an empty prompt: the shell is back
    /// and waiting. A row like "e2e-sh$ moderat …" (the line that started a program, which is
    /// what returns when a full-screen program leaves the alternate screen) does not count.
    @discardableResult
    func waitForPrompt(timeout: Duration = TmuxSession.defaultTimeout) async throws -> [String] {
        let prompt = Self.prompt.trimmingCharacters(in: .whitespaces)
        return try await tmux.waitFor("the shell prompt", timeout: timeout) { screen in
            screen.lastNonBlankRow?.trimmingCharacters(in: .whitespaces).hasSuffix(prompt) ?? false
        }
    }

    /// Runs `stty -a` in the shell (writing to a file, so the screen's content does not matter)
    /// and parses which terminal modes are on. Call it once the program has exited.
    func ttyState(timeout: Duration = TmuxSession.defaultTimeout) async throws -> TTYState {
        let id = UUID().uuidString.prefix(8)
        let output = tmux.workspace.path("stty-\(id).txt")
        // The typed line holds the marker split by quotes, so only the output matches. C-j ends
        // the line even when the terminal was left without CR translation or canonical input.
        try await runLine("stty -a > \(ShellQuote.quote(output.path)) 2>&1; echo stty-done-''\(id)")
        try await tmux.waitFor(text: "stty-done-\(id)", timeout: timeout)
        let text = try String(contentsOf: output, encoding: .utf8)
        return TTYState(sttyOutput: text)
    }
}

/// Terminal modes from `stty -a`.
struct TTYState: Sendable, CustomStringConvertible {
    /// Every flag `stty -a` listed, e.g. "echo", "-icanon".
    let flags: Set<String>
    let raw: String

    /// What a program must restore: cooked input, echo, signals, CR/NL translation, output
    /// processing.
    static let saneFlags = ["echo", "icanon", "isig", "icrnl", "opost", "onlcr"]

    init(sttyOutput: String) {
        raw = sttyOutput
        flags = Set(sttyOutput.split { $0.isWhitespace || $0 == ";" }.map(String.init))
    }

    /// True when the flag is listed as on (for example "echo", not "-echo").
    func isOn(_ flag: String) -> Bool {
        flags.contains(flag) && !flags.contains("-" + flag)
    }

    /// The flags from `expected` that are off.
    func missing(_ expected: [String] = saneFlags) -> [String] {
        expected.filter { !isOn($0) }
    }

    /// Throws, naming the wrong modes, unless every flag in `expected` is on.
    func requireSane(_ expected: [String] = saneFlags) throws {
        let off = missing(expected)
        guard off.isEmpty else {
            throw E2EError("terminal left in a bad state, off: \(off.joined(separator: " "))\nstty -a:\n\(raw)")
        }
    }

    var description: String { raw }
}
