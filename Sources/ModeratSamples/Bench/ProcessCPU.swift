import Foundation

/// The CPU time this process has used, user and system, all threads: what an import costs
/// whatever else runs on the machine (its wall time on a shared machine depends on the load).
public enum ProcessCPU {
    /// Seconds of CPU so far; the difference of two readings is what ran between them.
    public static func seconds() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
        let who = RUSAGE_SELF.rawValue
        #else
        let who = RUSAGE_SELF
        #endif
        guard getrusage(who, &usage) == 0 else { return 0 }
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
