import Foundation
import Testing

/// The moderat Debian package for the end-to-end tests of an installed moderat (issue 21).
///
/// `.ci/run` builds it with `scripts/build-deb` (a static release build: minutes) and names it
/// in `MODERAT_DEB`, the gate of these tests: without it they are skipped (a plain
/// `swift test` does not build a release package), and a `MODERAT_DEB` that names no file is
/// a failure under `MODERAT_REQUIRE_E2E=1`.
enum DebianPackage {
    static let gateVariable = "MODERAT_DEB"

    /// The .deb to install, or why there is none (nil when the gate is not set at all).
    static func file() -> Result<URL, E2EError>? {
        guard let given = ProcessInfo.processInfo.environment[gateVariable], !given.isEmpty else { return nil }
        guard FileManager.default.isReadableFile(atPath: given) else {
            return .failure(E2EError("\(gateVariable)=\(given): no such package file (scripts/build-deb OUTDIR writes it)"))
        }
        return .success(URL(fileURLWithPath: given))
    }

    /// Whether a package named moderat is installed on this machine now.
    static func isInstalled() async throws -> Bool {
        let query = try await ProcessRunner.run(["dpkg-query", "-W", "-f", "${db:Status-Status}", "moderat"])
        return query.succeeded && query.stdout == "installed"
    }
}

/// An OS account the test creates (with its own group and home) and removes again.
struct TestAccount: Sendable {
    let name: String
    var home: String { "/home/\(name)" }

    /// argv running `argv` as this account, with a clean environment of its own (setpriv, as
    /// root; no `sudo` or PAM needed).
    func command(_ argv: [String], environment: [String: String] = [:]) -> [String] {
        var env = ["HOME": home, "USER": name, "LOGNAME": name, "PATH": "/usr/bin:/bin:/usr/sbin:/sbin",
                   "LANG": "en_US.UTF-8", "SWIFT_BACKTRACE": "interactive=no"]
        env.merge(environment) { _, new in new }
        return ["setpriv", "--reuid=\(name)", "--regid=\(name)", "--init-groups", "env", "-i"]
            + env.keys.sorted().map { "\($0)=\(env[$0] ?? "")" } + argv
    }

    func run(_ argv: [String], environment: [String: String] = [:]) async throws -> CommandResult {
        try await ProcessRunner.run(command(argv, environment: environment), environment: [:],
                                    currentDirectory: URL(fileURLWithPath: home))
    }
}

/// The machine as the package tests leave it: everything they made is taken away again
/// (package, accounts, groups, databases), and what was there before is left alone.
final class InstalledPackageFixture: @unchecked Sendable {
    let tag: String
    let admin: TestAccount
    let stranger: TestAccount
    let secretaries: String
    let databaseName: String
    var database: String { "/var/lib/moderat/\(databaseName).db" }
    private let groupExisted: Bool
    private let folderExisted: Bool
    /// The package's config left by an earlier `dpkg -r` (dpkg state "rc") is someone's: kept.
    private let configExisted: Bool

    /// Skips without `MODERAT_DEB`; skips (fails with MODERAT_REQUIRE_E2E=1) without the
    /// package file, root or a tool, and on a machine where moderat is already installed.
    /// Returns the package file.
    static func requirements() async throws -> URL {
        guard let package = DebianPackage.file() else {
            try Test.cancel(Comment(rawValue: "skipped: \(DebianPackage.gateVariable) is not set (.ci/run builds the package with scripts/build-deb and sets it)"))
        }
        let tools = ["dpkg", "dpkg-query", "useradd", "userdel", "groupadd", "groupdel", "setpriv", "sqlite3", "man", "unshare", "nm"]
        let missing = tools.filter { ProcessRunner.executablePath($0) == nil }
        let reason: String?
        if case .failure(let error) = package {
            reason = error.description
        } else if getuid() != 0 {
            reason = "installing the package needs root (CI runs as root)"
        } else if !missing.isEmpty {
            reason = "needs \(missing.joined(separator: ", "))"
        } else if try await DebianPackage.isInstalled() {
            reason = "moderat is installed on this machine; the test installs and removes its own (dpkg -r moderat first)"
        } else {
            reason = nil
        }
        if case .success(let file) = package, reason == nil { return file }
        let why = reason ?? "the package file is missing"
        if E2EEnvironment.isRequired { throw E2EError("\(why); MODERAT_REQUIRE_E2E=1 makes this a failure") }
        try Test.cancel(Comment(rawValue: "skipped: \(why)"))
    }

    init() async throws {
        let id = String(UUID().uuidString.lowercased().filter(\.isLetter).prefix(5))
        tag = id
        admin = TestAccount(name: "mdta\(id)")
        stranger = TestAccount(name: "mdte\(id)")
        secretaries = "mdts\(id)"
        databaseName = "e2e\(id)"
        groupExisted = getgrnam("moderat") != nil
        folderExisted = FileManager.default.fileExists(atPath: "/var/lib/moderat")
        configExisted = FileManager.default.fileExists(atPath: "/etc/moderat/config.yaml")
        try await ProcessRunner.check(["groupadd", secretaries])
        try await ProcessRunner.check(["useradd", "--create-home", "--shell", "/bin/bash", "--comment", "Anna Test",
                                       "--groups", secretaries, admin.name])
        try await ProcessRunner.check(["useradd", "--create-home", "--shell", "/bin/bash", stranger.name])
    }

    deinit { cleanUp() }

    func install(_ package: URL) async throws -> CommandResult {
        try await ProcessRunner.run(["dpkg", "-i", package.path], timeout: .seconds(120))
    }

    /// Idempotent; runs from deinit, so synchronous.
    func cleanUp() {
        ProcessRunner.runSynchronously(["pkill", "-KILL", "-u", admin.name])
        ProcessRunner.runSynchronously(["pkill", "-KILL", "-u", stranger.name])
        if FileManager.default.fileExists(atPath: "/usr/bin/moderat") {
            ProcessRunner.runSynchronously(["dpkg", "-r", "moderat"])
        }
        if !configExisted { ProcessRunner.runSynchronously(["dpkg", "--purge", "moderat"]) }
        for account in [admin, stranger] { ProcessRunner.runSynchronously(["userdel", "--remove", account.name]) }
        ProcessRunner.runSynchronously(["groupdel", secretaries])
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: database + suffix) }
        if !folderExisted { try? FileManager.default.removeItem(atPath: "/var/lib/moderat") }  // only when empty
        if !groupExisted, getgrnam("moderat") != nil { ProcessRunner.runSynchronously(["groupdel", "moderat"]) }
    }
}
