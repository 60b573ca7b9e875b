import Foundation
import ModeratApp
import ModeratStore

/// One line of `moderat doctor`.
struct DoctorFinding {
    let isOK: Bool
    let text: String
    var line: String { (isOK ? "ok: " : "problem: ") + text }

    static func ok(_ text: String) -> DoctorFinding { DoctorFinding(isOK: true, text: text) }
    static func problem(_ text: String) -> DoctorFinding { DoctorFinding(isOK: false, text: text) }
}

/// What `moderat doctor` looks at, in the order an administrator would fix it.
struct ServerDoctor {
    var executable = "/proc/self/exe"
    var directory = SetgidGroup.sharedDirectory

    func findings() -> [DoctorFinding] {
        guard let group = SharedFiles.groupID() else {
            return [.problem("there is no group '\(SharedFiles.groupName)': the package creates it (dpkg -i moderat_*.deb), or: groupadd --system moderat")]
        }
        var found = [binary(group: group), members()]
        guard let folder = folder(group: group) else { return found }
        found.append(folder)
        for database in databases() {
            found += files(of: database, group: group)
            found += accounts(of: database)
        }
        return found
    }

    private func binary(group: gid_t) -> DoctorFinding {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: executable)) ?? executable
        var info = stat()
        guard stat(path, &info) == 0 else { return .problem("\(path): cannot look at moderat's own program file") }
        let fix = "dpkg-statoverride --update --add root moderat 2755 \(path)"
        guard info.st_gid == group else { return .problem("\(path) does not belong to the group moderat; people cannot open the databases through it. Fix: \(fix)") }
        guard info.st_mode & S_ISGID != 0 else { return .problem("\(path) is not setgid; people cannot open the databases through it. Fix: \(fix)") }
        guard info.st_uid == 0, info.st_mode & 0o022 == 0 else { return .problem("\(path) is writable by someone other than root. Fix: \(fix)") }
        return .ok("\(path) is setgid moderat")
    }

    private func members() -> DoctorFinding {
        guard let entry = getgrnam(SharedFiles.groupName) else { return .problem("the group moderat vanished while looking") }
        var names: [String] = []
        var member = entry.pointee.gr_mem
        while let pointer = member?.pointee {
            names.append(String(cString: pointer))
            member = member?.advanced(by: 1)
        }
        guard names.isEmpty else {
            return .problem("in the group moderat: \(names.joined(separator: ", ")); members can open the databases with sqlite3, past moderat's roles and audit log. Fix: gpasswd -d ACCOUNT moderat")
        }
        return .ok("nobody is a member of the group moderat (people reach the databases only through moderat)")
    }

    private func folder(group: gid_t) -> DoctorFinding? {
        var info = stat()
        guard stat(directory, &info) == 0 else {
            return .problem("\(directory) does not exist. Fix: install -d -o root -g moderat -m 2770 \(directory)")
        }
        let mode = info.st_mode & 0o7777
        guard info.st_uid == 0, info.st_gid == group, mode == SharedFiles.directoryMode else {
            return .problem("\(directory) is \(owner(info)) \(octal(mode)), not root:moderat 2770. Fix: chown root:moderat \(directory) && chmod 2770 \(directory)")
        }
        return .ok("\(directory) is root:moderat 2770")
    }

    private func databases() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".db") }.sorted().map { directory + "/" + $0 }
    }

    private func files(of database: String, group: gid_t) -> [DoctorFinding] {
        var found: [DoctorFinding] = []
        for suffix in SharedFiles.suffixes {
            let file = database + suffix
            var info = stat()
            guard stat(file, &info) == 0 else {
                found.append(.problem("\(file) is missing: the next person's moderat would create it and own it. Fix (as root, while nobody uses it): touch \(file) && chown root:moderat \(file) && chmod 0660 \(file)"))
                continue
            }
            let mode = info.st_mode & 0o7777
            if info.st_uid != 0 || info.st_gid != group || mode != SharedFiles.fileMode {
                found.append(.problem("\(file) is \(owner(info)) \(octal(mode)), not root:moderat 0660. Fix: chown root:moderat \(file) && chmod 0660 \(file)"))
            }
        }
        if found.isEmpty { found.append(.ok("\(database) and its -wal and -shm are root:moderat 0660")) }
        return found
    }

    private func accounts(of database: String) -> [DoctorFinding] {
        let users: [UserRecord]
        do {
            let opened = try ModeratDatabase.open(path: database, readOnly: true)
            defer { opened.close() }
            users = try opened.users()
        } catch {
            return [.problem("\(database): cannot read its list of users: \(error)")]
        }
        let active = users.filter { !$0.isRemoved }
        let missing = active.filter { getpwnam($0.account) == nil }.map(\.account)
        guard missing.isEmpty else {
            return [.problem("\(database): on moderat's list but no such account on this machine: \(missing.joined(separator: ", ")) (a person created later with that name would get the role). Fix: moderat users remove ACCOUNT, or create the account")]
        }
        return [.ok("\(database): every one of its \(active.count) users has an account on this machine")]
    }

    private func owner(_ info: stat) -> String {
        let user = getpwuid(info.st_uid).map { String(cString: $0.pointee.pw_name) } ?? String(info.st_uid)
        let group = getgrgid(info.st_gid).map { String(cString: $0.pointee.gr_name) } ?? String(info.st_gid)
        return "\(user):\(group)"
    }

    private func octal(_ mode: mode_t) -> String { String(mode, radix: 8) }
}
