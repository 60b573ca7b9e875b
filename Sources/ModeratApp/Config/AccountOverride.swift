import Foundation

/// What the process can see of who it really is, gathered once so the rule can be tested
/// with any combination.
public struct ProcessIdentity: Equatable, Sendable {
    /// Real and effective uid as libc reports them (fakeroot's preload fakes both).
    public var realUID: UInt32
    public var effectiveUID: UInt32
    /// The `Uid:` line of /proc/self/status (real, effective, saved, fs), read from the kernel.
    public var statusUIDs: [UInt32]
    /// /proc/self/uid_map; the initial user namespace maps all of 0…4294967294 onto itself.
    public var uidMap: String
    /// The variables a preloaded fake-root library needs.
    public var preload: String?
    public var fakerootKey: String?

    public init(realUID: UInt32, effectiveUID: UInt32, statusUIDs: [UInt32], uidMap: String,
                preload: String?, fakerootKey: String?) {
        self.realUID = realUID
        self.effectiveUID = effectiveUID
        self.statusUIDs = statusUIDs
        self.uidMap = uidMap
        self.preload = preload
        self.fakerootKey = fakerootKey
    }

    /// The running process as it is.
    public static func observed(environment: [String: String]) -> ProcessIdentity {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let uidLine = status.split(separator: "\n").first { $0.hasPrefix("Uid:") } ?? ""
        return ProcessIdentity(
            realUID: getuid(), effectiveUID: geteuid(),
            statusUIDs: uidLine.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().compactMap { UInt32($0) },
            uidMap: (try? String(contentsOfFile: "/proc/self/uid_map", encoding: .utf8)) ?? "",
            preload: environment["LD_PRELOAD"], fakerootKey: environment["FAKEROOTKEY"])
    }
}

/// When `MODERAT_ACCOUNT` may name the account moderat acts as.
public enum AccountOverride {
    /// Only for real root of the machine: root in the initial user namespace (a namespace made
    /// by `unshare -r` maps a few ids, not all), with the kernel agreeing (fakeroot fakes
    /// getuid, not /proc), no fakeroot and nothing preloaded that could fake the answers.
    public static func isAllowed(_ identity: ProcessIdentity) -> Bool {
        identity.realUID == 0 && identity.effectiveUID == 0
            && identity.statusUIDs.count >= 2 && identity.statusUIDs.allSatisfy { $0 == 0 }
            && isInitialNamespace(identity.uidMap)
            && (identity.preload ?? "").isEmpty && identity.fakerootKey == nil
    }

    /// "0 0 4294967295", however the kernel pads it, and nothing else.
    static func isInitialNamespace(_ uidMap: String) -> Bool {
        let lines = uidMap.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        return lines.count == 1 && lines[0] == ["0", "0", "4294967295"]
    }
}
