import Foundation

/// What campaign and wave detection costs an import: the same CSV imported several times, with
/// and without detection in alternating order (with, without, without, with, …), so that
/// neither side always runs first (on a cold cache) or always last (when a neighbour's build
/// may have started). One pair run once was as likely to show the order and the machine's
/// load as the detection: the same build measured × 0.88 to × 1.53 that way.
public struct DetectionCost: Sendable, Equatable {
    /// One import of the CSV.
    public struct Run: Sendable, Equatable {
        public var detects: Bool
        public var seconds: Double
        public var cpuSeconds: Double
        /// Peak resident memory during this import (VmHWM, reset before it), bytes.
        public var peakRSS: Int
        /// What the process held when this import began (VmRSS), bytes: a later import's
        /// peak includes what the earlier ones left behind (the bench's own database stays
        /// open, freed memory stays with the allocator), so only the first is a fresh process's.
        public var residentBefore: Int

        public init(detects: Bool, seconds: Double, cpuSeconds: Double, peakRSS: Int, residentBefore: Int = 0) {
            self.detects = detects
            self.seconds = seconds
            self.cpuSeconds = cpuSeconds
            self.peakRSS = peakRSS
            self.residentBefore = residentBefore
        }
    }

    /// In the order they ran; the first is the import into the bench's own database.
    public var runs: [Run] = []
    /// The load average (1, 5, 15 minutes) before the first import and after the last.
    public var loadBefore: [Double] = []
    public var loadAfter: [Double] = []

    public init(runs: [Run] = [], loadBefore: [Double] = [], loadAfter: [Double] = []) {
        self.runs = runs
        self.loadBefore = loadBefore
        self.loadAfter = loadAfter
    }

    /// Whether each of `pairs` pairs' imports detects, in the order they run: pairs alternate
    /// which side goes first, and the very first import detects (it fills the bench's database).
    public static func order(pairs: Int) -> [Bool] {
        (0 ..< max(pairs, 1)).flatMap { $0.isMultiple(of: 2) ? [true, false] : [false, true] }
    }

    public var with: [Run] { runs.filter(\.detects) }
    public var without: [Run] { runs.filter { !$0.detects } }

    public var medianSeconds: (with: Double, without: Double) {
        (Self.median(with.map(\.seconds)), Self.median(without.map(\.seconds)))
    }

    public var medianCPUSeconds: (with: Double, without: Double) {
        (Self.median(with.map(\.cpuSeconds)), Self.median(without.map(\.cpuSeconds)))
    }

    /// Median with detection over median without, wall time (0 when a side is missing).
    public var ratio: Double { Self.ratio(medianSeconds) }
    /// The same in CPU time, all threads: what detection costs whatever else runs.
    public var cpuRatio: Double { Self.ratio(medianCPUSeconds) }

    /// The middle value, or the mean of the two middle ones; 0 for none.
    public static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
    }

    private static func ratio(_ medians: (with: Double, without: Double)) -> Double {
        medians.with > 0 && medians.without > 0 ? medians.with / medians.without : 0
    }
}

/// The machine's load average (Linux /proc/loadavg): what a wall time on a shared machine
/// must be read against.
public enum SystemLoad {
    /// The 1-, 5- and 15-minute averages; empty where /proc has none.
    public static func averages() -> [Double] {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return [] }
        return text.split(separator: " ").prefix(3).compactMap { Double($0) }
    }
}
