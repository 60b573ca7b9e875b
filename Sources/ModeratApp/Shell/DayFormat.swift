import Foundation
import ModeratCore

/// Dates as German readers expect them ("27.11.2026"), computed in Europe/Berlin.
enum DayFormat {
    /// The stored day form (YYYY-MM-DD) of a moment, in the display zone.
    static func day(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = Timestamps.displayZone
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }

    /// "2026-11-27" or "2026-11-27T14:03:00Z" as "27.11.2026".
    static func german(_ stored: String) -> String {
        let parts = stored.prefix(10).split(separator: "-")
        guard parts.count == 3 else { return stored }
        return "\(parts[2]).\(parts[1]).\(parts[0])"
    }

    /// A stored timestamp as "27.11.2026 14:03" in the display zone.
    static func germanDateTime(_ stored: String) -> String {
        guard let date = Timestamps.date(stored) else { return stored }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = Timestamps.displayZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%02d.%02d.%04d %02d:%02d", c.day ?? 0, c.month ?? 0, c.year ?? 0, c.hour ?? 0, c.minute ?? 0)
    }

    /// How long ago, short: "5 min", "3 h", "12 d".
    static func age(_ stored: String, now: Date) -> String {
        guard let date = Timestamps.date(stored) else { return "" }
        let seconds = max(0, Int(now.timeIntervalSince(date)))
        if seconds < 3600 { return "\(seconds / 60) min" }
        if seconds < 86_400 { return "\(seconds / 3600) h" }
        return "\(seconds / 86_400) d"
    }
}
