import Foundation
import Glibc

/// The group an installed moderat runs with (`/usr/bin/moderat` is setgid `moderat`), and
/// setting it aside for everything a person controls.
///
/// The group is what opens the databases in the shared directory; the person is not in it.
/// Whatever the person chooses (their editor, the files they name with `-o`, their config and
/// themes) runs or is read and written with the person's own group, so the group never
/// reaches anything but moderat's own database code.
public enum SetgidGroup {
    /// Where shared databases live on an installed server (root:moderat, 2770).
    public static let sharedDirectory = "/var/lib/moderat"

    /// Whether this process runs with a group the person does not have (installed setgid).
    /// Outside `asPerson` the effective group is the setgid one until `dropForGood`.
    public static var isActive: Bool { getegid() != getgid() }

    /// Runs `body` with the person's own group as the effective group, then takes the setgid
    /// group back (the kernel kept it as the saved set-group-ID). The switch is process-wide:
    /// nothing may open the database meanwhile.
    public static func asPerson<T>(_ body: () throws -> T) rethrows -> T {
        let real = getgid(), effective = getegid()
        guard effective != real else { return try body() }
        guard setegid(real) == 0 else {
            // Never go on with the group when it was asked away.
            fatalError("moderat: cannot set the group aside: \(String(cString: strerror(errno)))")
        }
        defer { setegid(effective) }
        return try body()
    }

    /// Gives the setgid group up for the rest of the process, so that neither this process
    /// nor anything it starts can take it back: setting the real group (even to itself) makes
    /// Linux set the saved set-group-ID to the new effective one as well.
    public static func dropForGood() {
        let real = getgid()
        guard isActive else { return }
        guard setregid(real, real) == 0 else {
            fatalError("moderat: cannot give the group up: \(String(cString: strerror(errno)))")
        }
    }

    /// Whether `path` lies in the shared directory once symlinks are resolved (the file itself
    /// need not exist yet, its folder must).
    public static func isShared(_ path: String, directory: String = sharedDirectory) -> Bool {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard let resolved = realpath(folder, nil) else { return false }
        defer { free(resolved) }
        let real = String(cString: resolved)
        let shared = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        return real == shared
    }
}
