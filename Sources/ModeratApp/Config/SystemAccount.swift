import Foundation

/// The OS account running moderat: the identity every action is recorded under.
public enum SystemAccount {
    /// The account name of the effective user. Real root of the machine may act as another
    /// account through `MODERAT_ACCOUNT` (it could `su` to it anyway); nobody else can, and
    /// neither can a "root" made by `unshare -r`, `fakeroot` or a setuid/setgid binary.
    public static func current(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let own = ownName()
        if let other = environment["MODERAT_ACCOUNT"], !other.isEmpty,
           AccountOverride.isAllowed(ProcessIdentity.observed(environment: environment)) {
            return other
        }
        return own
    }

    static func ownName() -> String {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
            return String(cString: name)
        }
        return ProcessInfo.processInfo.environment["USER"] ?? "uid\(geteuid())"
    }

    /// A readable name for a new moderator row (the GECOS field, else the account).
    public static func displayName(for account: String) -> String {
        guard let entry = getpwnam(account), let gecos = entry.pointee.pw_gecos else { return account }
        let full = String(cString: gecos).split(separator: ",").first.map(String.init) ?? ""
        return full.isEmpty ? account : full
    }
}
