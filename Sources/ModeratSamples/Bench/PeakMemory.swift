import Foundation
import ModeratCore
import ModeratStore

/// This process's peak resident memory (Linux /proc), so one step of a run can be measured
/// on its own: `reset` lowers the peak to what is resident now.
public enum PeakMemory {
    public static func reset() {
        // "5" resets VmHWM (Linux 4.0 and later); elsewhere the peak covers the whole run.
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }

    /// VmHWM of process `pid` ("self": this one) in bytes, nil where /proc has no such line.
    public static func bytes(of pid: String = "self") -> Int? {
        field("VmHWM:", of: pid)
    }

    /// The peak since `reset`, at least `resident` (what was held when the step began): the
    /// kernel updates VmHWM lazily, so memory another thread took and gave back in between
    /// could leave it below what was already resident then.
    public static func peak(since resident: Int) -> Int {
        max(bytes() ?? 0, resident)
    }

    /// What this process holds now (VmRSS), bytes: after `reset` the peak starts from here.
    public static func residentBytes() -> Int? {
        field("VmRSS:", of: "self")
    }

    private static func field(_ name: String, of pid: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(name) {
            return line.split(separator: " ").dropFirst().first.flatMap { Int($0) }.map { $0 * 1024 }
        }
        return nil
    }
}
