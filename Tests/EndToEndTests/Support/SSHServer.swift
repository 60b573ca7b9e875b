import Foundation

/// An sshd on 127.0.0.1 for this test only: its own host key, a client key pair authorised for
/// the current user, config and pid file in a temporary directory.
///
///     let server = try await SSHServer.start()
///     defer { server.stop() }
///     let tmux = try await TmuxSession.start(
///         shellCommand: server.sshCommand(remoteCommand: ["/path/to/moderat", "--db", db]))
///
/// The remote side runs as the current user (root in CI) with that user's real HOME and login
/// shell; pass absolute paths, and pass variables with `remoteCommand(_:environment:)`.
final class SSHServer: @unchecked Sendable {
    let directory: TempWorkspace
    let port: UInt16
    let user: String
    let clientKey: URL
    let configURL: URL
    private let daemon: BackgroundProcess

    private init(directory: TempWorkspace, port: UInt16, user: String, clientKey: URL, configURL: URL, daemon: BackgroundProcess) {
        self.directory = directory
        self.port = port
        self.user = user
        self.clientKey = clientKey
        self.configURL = configURL
        self.daemon = daemon
    }

    deinit { daemon.stop() }

    /// Generates keys, writes the config, starts `sshd -D -e` and waits until it accepts
    /// connections. Retries with another port if the chosen one was taken meanwhile.
    /// `user` logs in instead of the current user (it must be able to read the temporary
    /// directory's authorized_keys); `extraConfig` is appended (e.g. a `Match` block).
    static func start(timeout: Duration = .seconds(10), user: String? = nil, extraConfig: String = "") async throws -> SSHServer {
        guard let sshd = E2ETool.sshd.path else { throw E2EError("sshd is not installed") }
        guard let keygen = E2ETool.sshKeygen.path else { throw E2EError("ssh-keygen is not installed") }
        try ensurePrivilegeSeparationDirectory()

        let directory = try TempWorkspace(prefix: "mod-sshd")
        let hostKey = directory.path("ssh_host_ed25519_key")
        let clientKey = directory.path("id_ed25519")
        try await ProcessRunner.check([keygen, "-q", "-t", "ed25519", "-N", "", "-C", "moderat-e2e-host", "-f", hostKey.path])
        try await ProcessRunner.check([keygen, "-q", "-t", "ed25519", "-N", "", "-C", "moderat-e2e-client", "-f", clientKey.path])
        let publicKey = try String(contentsOf: directory.path("id_ed25519.pub"), encoding: .utf8)
        let authorizedKeys = try directory.write("authorized_keys", publicKey)
        // ssh refuses private keys that others can read.
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: clientKey.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: hostKey.path)

        let user = user ?? TerminalEnvironment.userName
        var lastLog = ""
        for attempt in 1...3 {
            let port = try LocalPort.free()
            let configURL = try directory.write("sshd_config-\(attempt)", config(
                port: port, hostKey: hostKey, authorizedKeys: authorizedKeys,
                pidFile: directory.path("sshd-\(attempt).pid"), user: user) + extraConfig)
            let daemon = try BackgroundProcess(
                [sshd, "-D", "-e", "-f", configURL.path], logURL: directory.path("sshd-\(attempt).log"))
            let server = SSHServer(directory: directory, port: port, user: user, clientKey: clientKey, configURL: configURL, daemon: daemon)
            if try await server.waitUntilListening(timeout: timeout) { return server }
            lastLog = daemon.log
            daemon.stop()
            if !lastLog.contains("Address already in use") { break }
        }
        throw E2EError("sshd did not start; its log:\n\(lastLog)")
    }

    /// The sshd_config text.
    static func config(port: UInt16, hostKey: URL, authorizedKeys: URL, pidFile: URL, user: String) -> String {
        """
        Port \(port)
        ListenAddress 127.0.0.1
        AddressFamily inet
        HostKey \(hostKey.path)
        PidFile \(pidFile.path)
        AuthorizedKeysFile \(authorizedKeys.path)
        AllowUsers \(user)
        StrictModes no
        UsePAM no
        PermitRootLogin prohibit-password
        PubkeyAuthentication yes
        PasswordAuthentication no
        KbdInteractiveAuthentication no
        PermitEmptyPasswords no
        PermitUserEnvironment no
        AcceptEnv LANG LC_* TERM MODERAT_* NO_COLOR COLORTERM
        SetEnv SWIFT_BACKTRACE=interactive=no
        PrintMotd no
        PrintLastLog no
        UseDNS no
        X11Forwarding no
        AllowTcpForwarding no
        LogLevel INFO
        """ + "\n"
    }

    /// sshd refuses to start without its privilege separation directory (normally made by the
    /// service's tmpfiles rule, which does not run in containers).
    static func ensurePrivilegeSeparationDirectory() throws {
        let path = "/run/sshd"
        guard !FileManager.default.fileExists(atPath: path) else { return }
        guard geteuid() == 0 else { return }  // an unprivileged sshd does not use it
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
    }

    private func waitUntilListening(timeout: Duration) async throws -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            if !daemon.isRunning { return false }
            if LocalPort.isAccepting(port) { return true }
            try await Task.sleep(for: .milliseconds(20))
        }
        return false
    }

    /// Everything sshd logged (for failure messages).
    var log: String { daemon.log }

    /// The ssh client command, as argv: `ssh -tt` with this server's key, no host key checks,
    /// LANG, LC_* and MODERAT_* sent along (TERM is sent by ssh itself), then `remoteCommand`.
    func sshArguments(remoteCommand: String? = nil) -> [String] {
        var arguments = [
            E2ETool.ssh.path ?? "ssh", "-tt",
            "-p", String(port),
            "-i", clientKey.path,
            "-F", "/dev/null",
            "-o", "IdentitiesOnly=yes",
            "-o", "BatchMode=yes",
            "-o", "StrictHostKeyChecking=no",
            "-o", "UserKnownHostsFile=/dev/null",
            "-o", "LogLevel=ERROR",
            "-o", "SendEnv=LANG LC_* MODERAT_* NO_COLOR COLORTERM",
            "\(user)@127.0.0.1",
        ]
        if let remoteCommand { arguments.append(remoteCommand) }
        return arguments
    }

    /// The ssh command line to run inside tmux (`TmuxSession.start(shellCommand:)`).
    /// `remoteCommand` is the shell text the remote login shell runs; nil opens a login shell.
    func sshCommand(remoteCommand: String? = nil) -> String {
        "exec " + ShellQuote.join(sshArguments(remoteCommand: remoteCommand))
    }

    /// The ssh command line for running argv on the remote side with extra variables set
    /// there (`env K=V ... argv`), so nothing depends on AcceptEnv or the remote PATH.
    func sshCommand(remoteCommand argv: [String], environment: [String: String] = [:]) -> String {
        sshCommand(remoteCommand: ShellQuote.withEnvironment(environment, argv))
    }

    /// Stops the listening daemon; open sessions end when their client disconnects.
    func stop() {
        daemon.stop()
        directory.remove()
    }
}
