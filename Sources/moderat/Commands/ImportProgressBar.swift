import Foundation
import ModeratApp
import ModeratCore
import ModeratStore

/// A one-line progress bar on stderr (rows, rate, time left), drawn only on a terminal and
/// at most ten times a second so a fast import does not spend its time drawing.
final class ImportProgressBar {
    private let enabled: Bool
    private let language: Language
    private let start = ContinuousClock.now
    private var lastDraw: ContinuousClock.Instant?
    private var drawn = false

    init(enabled: Bool, language: Language) {
        self.enabled = enabled
        self.language = language
    }

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
        let text = "\r" + Self.line(bar: bar, percent: Int(fraction * 100), rows: progress.rows, rate: Int(rate),
                                    left: left.map { clock(Int($0.rounded())) }, language) + "\u{1B}[K"
        FileHandle.standardError.write(Data(text.utf8))
        drawn = true
    }

    /// "████░░░░  42%  12,345 rows  38,000 rows/s  0:07 left", or in German with "Zeilen" and "noch".
    static func line(bar: String, percent: Int, rows: Int, rate: Int, left: String?, _ language: Language) -> String {
        let n = { ImportSummary.number($0, language) }
        let percent = String(repeating: " ", count: max(0, 3 - String(percent).count)) + "\(percent)%"
        switch language {
        case .en: return "\(bar) \(percent)  \(n(rows)) rows  \(n(rate)) rows/s  " + (left.map { "\($0) left" } ?? "")
        case .de: return "\(bar) \(percent)  \(n(rows)) Zeilen  \(n(rate)) Zeilen/s  " + (left.map { "noch \($0)" } ?? "")
        }
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
