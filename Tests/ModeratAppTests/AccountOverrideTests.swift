import ModeratApp
import Testing

/// `MODERAT_ACCOUNT` is for real root of the machine only.
@Suite("Account override")
struct AccountOverrideTests {
    static let realRoot = ProcessIdentity(realUID: 0, effectiveUID: 0, statusUIDs: [0, 0, 0, 0],
                                          uidMap: "         0          0 4294967295\n", preload: nil, fakerootKey: nil)

    @Test("real root of the initial user namespace may act as another account")
    func realRoot() {
        #expect(AccountOverride.isAllowed(Self.realRoot))
    }

    @Test("a root made by unshare -r, fakeroot, a preload or a setuid binary may not")
    func fakeRoots() {
        var unshared = Self.realRoot
        unshared.uidMap = "         0       1000          1\n"
        var fakeroot = Self.realRoot
        fakeroot.fakerootKey = "1418765660"
        fakeroot.statusUIDs = [1000, 1000, 1000, 1000]
        var preloaded = Self.realRoot
        preloaded.preload = "libfakeroot-sysv.so"
        var setuid = Self.realRoot
        setuid.realUID = 1000
        var kernelDisagrees = Self.realRoot
        kernelDisagrees.statusUIDs = [1000, 0, 0, 0]
        for identity in [unshared, fakeroot, preloaded, setuid, kernelDisagrees] {
            #expect(!AccountOverride.isAllowed(identity), "\(identity)")
        }
    }
}
