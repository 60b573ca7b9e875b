import Foundation

/// How to start the real `moderat` binary in a terminal: in tmux directly, from a shell (for
/// checking the terminal afterwards), or over SSH.
///
///     let tmux = try await ModeratLaunch.inTmux(database: db, environment: ["MODERAT_ACCOUNT": "anna"])
///     try await tmux.waitFor(text: "Queue")
///     try await tmux.sendKeys("j", "Enter")
enum ModeratLaunch {
    /// The arguments selecting a database file. The one place that knows the flag's name.
    static func databaseArguments(_ database: URL?) -> [String] {
        guard let database else { return [] }
        return ["--db", database.path]
    }

    /// argv for moderat: binary, database flag, then `arguments` (a subcommand and its options).
    static func argv(database: URL?, arguments: [String] = []) async throws -> [String] {
        [try await ModeratBinary.path()] + databaseArguments(database) + arguments
    }

    /// Starts moderat as the pane's program in a `width` x `height` tmux session. Its
    /// environment is the controlled base (workspace HOME/XDG, LANG=C.UTF-8, TERM) plus
    /// `environment`. The session's workspace is `workspace` or a fresh one.
    static func inTmux(
        database: URL?,
        arguments: [String] = [],
        environment: [String: String] = [:],
        width: Int = 100,
        height: Int = 30,
        workspace: TempWorkspace? = nil,
        term: String = TerminalEnvironment.defaultTerm
    ) async throws -> TmuxSession {
        try await TmuxSession.start(
            try await argv(database: database, arguments: arguments),
            width: width, height: height, environment: environment, workspace: workspace, term: term)
    }

    /// Starts an interactive shell and runs moderat from it, so that after moderat quits the
    /// test can wait for the prompt and check `shell.ttyState()`.
    static func inShell(
        database: URL?,
        arguments: [String] = [],
        environment: [String: String] = [:],
        width: Int = 100,
        height: Int = 30,
        workspace: TempWorkspace? = nil,
        term: String = TerminalEnvironment.defaultTerm
    ) async throws -> ShellSession {
        let shell = try await ShellSession.start(width: width, height: height, environment: environment, workspace: workspace, term: term)
        try await shell.run(try await argv(database: database, arguments: arguments))
        return shell
    }

    /// Runs moderat over SSH to `server`, inside tmux. The remote side gets the workspace's
    /// HOME/XDG dirs, LANG and `environment` set explicitly on its command line.
    static func overSSH(
        _ server: SSHServer,
        database: URL?,
        arguments: [String] = [],
        environment: [String: String] = [:],
        width: Int = 100,
        height: Int = 30,
        workspace: TempWorkspace? = nil,
        term: String = TerminalEnvironment.defaultTerm
    ) async throws -> TmuxSession {
        let workspace = try workspace ?? TempWorkspace()
        var remoteEnvironment = workspace.environment
        remoteEnvironment["LANG"] = "C.UTF-8"
        remoteEnvironment["SWIFT_BACKTRACE"] = "interactive=no"
        remoteEnvironment.merge(environment) { _, new in new }
        let command = server.sshCommand(
            remoteCommand: try await argv(database: database, arguments: arguments),
            environment: remoteEnvironment)
        return try await TmuxSession.start(
            shellCommand: command, width: width, height: height, environment: environment, workspace: workspace, term: term)
    }

    /// Runs a non-interactive moderat command (`init`, `import`, …) to completion, with the
    /// workspace's environment, and returns its output.
    static func run(
        database: URL?,
        arguments: [String],
        environment: [String: String] = [:],
        workspace: TempWorkspace,
        timeout: Duration = .seconds(30)
    ) async throws -> CommandResult {
        try await ProcessRunner.run(
            try await argv(database: database, arguments: arguments),
            environment: TerminalEnvironment.make(workspace: workspace, term: "dumb", extra: environment),
            currentDirectory: workspace.root,
            timeout: timeout)
    }
}
