import Foundation
import ModeratCore
import ModeratStore

/// A one-line progress bar on stderr (rows, rate, time left), drawn only on a terminal and
/// at most ten times a second so a fast import does not spend its time drawing.
final class ImportProgressBar {
    private let enabled: Bool
    private let start = ContinuousClock.now
    private var lastDraw: ContinuousClock.Instant?
    private var drawn = false

    init(enabled: Bool) { self.enabled = enabled }

    func update(_ progress: ImportProgress) {
        guard enabled else { return }
        let now = ContinuousClock.now
        if let lastDraw, now - lastDraw < .milliseconds(100) { return }
        lastDraw = now
        let elapsed = (now - start).inSeconds
        let fraction = progress.totalBytes > 0 ? min(1, Double(progress.bytes) / Double(progress.totalBytes)) : 0
        let filled = Int(fraction * 24)
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 24 - filled)
        let rate = elapsed > 0 ? Double(progress.rows) / elapsed : 0
        let left = fraction > 0.01 ? elapsed * (1 - fraction) / fraction : nil
        let text = String(format: "\r%@ %3d%%  %@ rows  %@ rows/s  %@\u{1B}[K", bar, Int(fraction * 100),
                          ImportSummary.number(progress.rows), ImportSummary.number(Int(rate)),
                          left.map { "\(clock(Int($0.rounded()))) left" } ?? "")
        FileHandle.standardError.write(Data(text.utf8))
        drawn = true
    }

    /// Removes the bar (before another message, and at the end).
    func clear() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
        lastDraw = nil
    }

    func finish() { clear() }

    private func clock(_ total: Int) -> String {
        total >= 60 ? String(format: "%d:%02d", total / 60, total % 60) : "\(total) s"
    }
}
