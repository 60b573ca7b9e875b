import Foundation
import GRDB
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 21: moderat installed from its Debian package on a server, with OS accounts the test
/// creates and removes. The package makes /usr/bin/moderat setgid moderat and the databases
/// root:moderat in /var/lib/moderat, so people reach them only through moderat.
@Suite("installed from the Debian package", .serialized, .requires(.tmux))
struct PackageEndToEndTests {
    static let moderat = "/usr/bin/moderat"

    static func mode(_ path: String) -> (owner: String, group: String, mode: Int)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let user = getpwuid(info.st_uid).map { String(cString: $0.pointee.pw_name) } ?? "\(info.st_uid)"
        let group = getgrgid(info.st_gid).map { String(cString: $0.pointee.gr_name) } ?? "\(info.st_gid)"
        return (user, group, Int(info.st_mode & 0o7777))
    }

    static func describe(_ path: String) -> String {
        guard let m = mode(path) else { return "\(path): missing" }
        return "\(m.owner):\(m.group) \(String(m.mode, radix: 8))"
    }

    /// The comments' states of the shared database, read as root.
    static func count(_ database: String, _ sql: String) throws -> Int {
        var config = Configuration()
        config.readonly = true
        return try DatabaseQueue(path: database, configuration: config).read { try Int.fetchOne($0, sql: sql) ?? -1 }
    }

    @Test("dpkg -i installs it: setgid moderat, no Swift library, stripped, man page, bash completion; a person on the list works through moderat but not with sqlite3; files are the person's; dpkg -r leaves the database")
    func installedPackage() async throws {
        try E2EEnvironment.require(.tmux)
        let package = try await InstalledPackageFixture.requirements()
        let fixture = try await InstalledPackageFixture()
        defer { fixture.cleanUp() }
        let (anna, eve) = (fixture.admin, fixture.stranger)

        // The package scripts/build-deb made from this tree (.ci/run builds it).
        let control = try await ProcessRunner.run(["dpkg-deb", "--field", package.path, "Package", "Depends"])
        #expect(control.stdout.hasPrefix("Package: moderat\nDepends: ") && control.stdout.contains("libncursesw6")
                && control.stdout.contains("libsqlite3-0") && !control.stdout.lowercased().contains("swift"), "\(control.stdout)")
        let installed = try await fixture.install(package)
        try #require(installed.succeeded, "\(installed.stdout)\(installed.stderr)")
        let version = try await ProcessRunner.run([Self.moderat, "--version"])
        #expect(package.lastPathComponent.hasPrefix("moderat_\(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines))_"),
                "\(package.lastPathComponent) vs \(version.stdout)")

        // The files as the package lays them out.
        #expect(Self.describe(Self.moderat) == "root:moderat 2755")
        #expect(Self.describe("/var/lib/moderat") == "root:moderat 2770")
        let ldd = try await ProcessRunner.run(["ldd", Self.moderat])
        #expect(ldd.succeeded && !ldd.stdout.lowercased().contains("swift") && ldd.stdout.contains("libncursesw") && ldd.stdout.contains("libsqlite3"), "\(ldd.stdout)")
        let symbols = try await ProcessRunner.run(["nm", Self.moderat])
        #expect(symbols.stderr.contains("no symbols"), "not stripped: \(symbols.stderr)")
        let man = try await ProcessRunner.run(["man", "moderat"], environment: ["MANPAGER": "cat", "PAGER": "cat", "MANWIDTH": "80", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"])
        #expect(man.succeeded && man.stdout.contains("moderat") && man.stdout.contains("doctor"), "\(man.stdout.prefix(400))\(man.stderr)")
        let completion = try await ProcessRunner.run(["bash", "-c", """
            source /usr/share/bash-completion/completions/moderat
            COMP_WORDS=(moderat i); COMP_CWORD=1; COMP_LINE="moderat i"; COMP_POINT=9
            _moderat moderat i moderat; printf '%s\\n' "${COMPREPLY[@]}"
            """])
        #expect(completion.stdout == "init\nimport\n", "\(completion.stdout)\(completion.stderr)")

        // The administrator creates the shared database for Anna.
        let created = try await ProcessRunner.run([Self.moderat, "init", fixture.databaseName, "--admin", anna.name], environment: ["PATH": "/usr/bin:/bin", "HOME": "/root", "LANG": "en_US.UTF-8"])
        #expect(created.stdout == "created \(fixture.database) (admin: \(anna.name))\n", "\(created.stderr)")
        for suffix in ["", "-wal", "-shm"] {
            #expect(Self.describe(fixture.database + suffix) == "root:moderat 660", "\(suffix)")
        }
        let db = ["--db", fixture.database]

        // Anna works through moderat; sqlite3 cannot even open the file for her.
        let users = try await anna.run([Self.moderat] + db + ["users", "list"])
        let rows = users.stdout.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(users.succeeded && rows.contains { $0.prefix(4) == ["1", anna.name, "admin", "-"] }, "\(users.stdout)\(users.stderr)")
        let direct = try await anna.run(["sqlite3", fixture.database, "SELECT count(*) FROM moderator"])
        #expect(!direct.succeeded)
        #expect(direct.stderr.contains("unable to open database"), "\(direct.stderr)")
        let bytes = try await anna.run(["head", "-c", "16", fixture.database])
        #expect(bytes.stdout.isEmpty && bytes.stderr == "head: cannot open '\(fixture.database)' for reading: Permission denied\n", "\(bytes.stderr)")
        let listing = try await anna.run(["ls", "/var/lib/moderat"])
        #expect(listing.stderr.contains("Permission denied"), "\(listing.stderr)")

        // An import from her home; the shared database itself is no import source for her.
        try DecidimExportFile.write(rows: 5, to: URL(fileURLWithPath: anna.home + "/export.csv"))
        chown(anna.home + "/export.csv", getpwnam(anna.name).pointee.pw_uid, getpwnam(anna.name).pointee.pw_gid)
        let imported = try await anna.run([Self.moderat] + db + ["import", "decidim", anna.home + "/export.csv"])
        #expect(imported.succeeded, "\(imported.stderr)")
        #expect(try Self.count(fixture.database, "SELECT count(*) FROM comment") == 5)
        let sneaky = try await anna.run([Self.moderat] + db + ["import", "decidim", fixture.database])
        #expect(sneaky.status == 66 && sneaky.stderr == "moderat: \(fixture.database): cannot read: Permission denied\n", "\(sneaky.stderr)")

        // -o files and backups are hers; the shared folder stays out of reach.
        let report = try await anna.run([Self.moderat] + db + ["report", "-o", anna.home + "/report.txt"])
        #expect(report.succeeded, "\(report.stderr)")
        #expect(Self.describe(anna.home + "/report.txt").hasPrefix("\(anna.name):\(anna.name) "))
        let planted = try await anna.run([Self.moderat] + db + ["report", "-o", "/var/lib/moderat/planted.txt"])
        #expect(planted.status == 73 && !FileManager.default.fileExists(atPath: "/var/lib/moderat/planted.txt"), "\(planted.stderr)")
        let backup = try await anna.run([Self.moderat] + db + ["backup", anna.home + "/copy.db"])
        #expect(backup.succeeded && Self.describe(anna.home + "/copy.db") == "\(anna.name):\(anna.name) 660", "\(backup.stderr)")
        let overwrite = try await anna.run([Self.moderat, "--db", anna.home + "/copy.db", "backup", "--overwrite", fixture.database])
        #expect(!overwrite.succeeded && Self.describe(fixture.database) == "root:moderat 660", "\(overwrite.stderr)")
        #expect(try Self.count(fixture.database, "SELECT count(*) FROM comment") == 5)

        // A database elsewhere is her own business: moderat runs there without the group.
        let own = try await anna.run([Self.moderat, "init"], environment: ["MODERAT_DB": anna.home + "/own.db"])
        #expect(own.succeeded && Self.describe(anna.home + "/own.db") == "\(anna.name):\(anna.name) 660", "\(own.stderr)")
        let inShared = try await anna.run([Self.moderat, "init"], environment: ["MODERAT_DB": "/var/lib/moderat/mine.db"])
        #expect(inShared.status == 77 && !FileManager.default.fileExists(atPath: "/var/lib/moderat/mine.db"), "\(inShared.stderr)")

        // A missing -shm would be created by (and belong to) her process: refused instead.
        try FileManager.default.removeItem(atPath: fixture.database + "-shm")
        let noShm = try await anna.run([Self.moderat] + db + ["users", "list"])
        #expect(noShm.status == 77 && noShm.stderr == "moderat: \(fixture.database): its -shm file is missing; nothing was opened. Ask the administrator to run: sudo moderat doctor\n", "\(noShm.stderr)")
        #expect(!FileManager.default.fileExists(atPath: fixture.database + "-shm"))
        try await ProcessRunner.check(["install", "-o", "root", "-g", "moderat", "-m", "0660", "/dev/null", fixture.database + "-shm"])

        // In a user namespace of her own she is "root", and still nobody else: the kernel does
        // not apply the setgid bit there, so moderat cannot open the shared file at all.
        let namespaced = try await anna.run(["unshare", "-r", Self.moderat] + db + ["users", "add", eve.name, "--name", "Eve", "--role", "admin"],
                                            environment: ["MODERAT_ACCOUNT": "root"])
        #expect(namespaced.status == 77 && namespaced.stderr == "moderat: \(fixture.database): the account 'root' may not read this file (permission denied); ask whoever keeps the database to give the account access (the moderators' group)\n",
                "moderat refuses the file: \(namespaced.stderr)")
        #expect(try Self.count(fixture.database, "SELECT count(*) FROM moderator WHERE account = '\(eve.name)' OR account = 'root'") == 0)

        // $EDITOR from the workbench runs without the group and holds none of its files.
        try await Self.editorStory(fixture)

        // doctor: all in order, then two faults in plain words.
        let healthy = try await ProcessRunner.run([Self.moderat, "doctor"], environment: ["PATH": "/usr/bin:/bin", "HOME": "/root", "LANG": "en_US.UTF-8"])
        #expect(healthy.status == 0 && healthy.stdout.hasSuffix("result: everything is in order\n"), "\(healthy.stdout)")
        chmod(fixture.database, 0o666)
        try await ProcessRunner.check(["usermod", "-a", "-G", "moderat", eve.name])
        let faults = try await ProcessRunner.run([Self.moderat, "doctor"], environment: ["PATH": "/usr/bin:/bin", "HOME": "/root", "LANG": "en_US.UTF-8"])
        #expect(faults.status == 1, "\(faults.stdout)")
        #expect(faults.stdout.contains("problem: \(fixture.database) is root:moderat 666, not root:moderat 0660. Fix: chown root:moderat \(fixture.database) && chmod 0660 \(fixture.database)\n"), "\(faults.stdout)")
        #expect(faults.stdout.contains("problem: in the group moderat: \(eve.name); members can open the databases with sqlite3"), "\(faults.stdout)")
        chmod(fixture.database, 0o660)
        try await ProcessRunner.check(["gpasswd", "-d", eve.name, "moderat"])

        // Removing the package leaves the city's database.
        let removed = try await ProcessRunner.run(["dpkg", "-r", "moderat"], timeout: .seconds(120))
        #expect(removed.succeeded, "\(removed.stderr)")
        #expect(!FileManager.default.fileExists(atPath: Self.moderat))
        #expect(try Self.count(fixture.database, "SELECT count(*) FROM comment") == 5)
    }

    /// Anna opens the first comment's public answer in $EDITOR; the editor writes down its
    /// groups and open files.
    static func editorStory(_ fixture: InstalledPackageFixture) async throws {
        let anna = fixture.admin
        let editor = anna.home + "/editor.sh"
        try Data("""
            #!/bin/sh
            id -G > "$HOME/editor-groups"
            ls -l /proc/$$/fd > "$HOME/editor-fds" 2>&1
            printf 'Aus dem Editor\\n' >> "$1"
            """.utf8).write(to: URL(fileURLWithPath: editor))
        chmod(editor, 0o755)
        let workspace = try TempWorkspace(prefix: "mod-pkg")
        let tmux = try await TmuxSession.start(
            shellCommand: ShellQuote.join(anna.command([moderat, "--db", fixture.database, "--lang", "en"],
                                                       environment: ["EDITOR": editor, "TERM": TerminalEnvironment.defaultTerm])),
            workspace: workspace)
        defer { Task { await tmux.kill() } }
        try await tmux.waitForSettled("the queue") { $0.count > 2 && $0[1].contains("pending · oldest first") }
        try await tmux.sendKeys("Enter")
        try await tmux.sendKeys("e")
        try await tmux.waitFor(text: "┌ Public answer")
        try await tmux.sendKeys("C-e")
        try await tmux.waitFor(text: "Aus dem Editor")
        try await tmux.sendKeys("Escape")
        let groups = try String(contentsOfFile: anna.home + "/editor-groups", encoding: .utf8)
        let moderatGroup = try #require(getgrnam("moderat")).pointee.gr_gid
        let annaGroup = try #require(getpwnam(anna.name)).pointee.pw_gid
        let ids = groups.split(whereSeparator: \.isWhitespace).compactMap { gid_t($0) }
        #expect(!ids.contains(moderatGroup) && ids.first == annaGroup, "the editor's groups: \(groups)")
        let fds = try String(contentsOfFile: anna.home + "/editor-fds", encoding: .utf8)
        #expect(!fds.contains("/var/lib/moderat"), "the editor holds a database file:\n\(fds)")
    }
}
