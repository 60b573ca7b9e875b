import Foundation

/// Times are stored as UTC ISO 8601 text ("2026-11-27T14:03:00Z") and shown in Europe/Berlin.
public enum Timestamps {
    /// The stored form of a moment.
    public static func string(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? .current
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ",
                      c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }

    /// Parses the stored form (and a plain date "2026-11-27" as midnight UTC).
    public static func date(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let d = formatter.date(from: text) { return d }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let d = formatter.date(from: text) { return d }
        formatter.formatOptions = [.withFullDate]
        return formatter.date(from: text)
    }

    /// A moment as people read it in a message: "14:03" when it is today in `zone`,
    /// "26.11.2026 14:03" otherwise.
    public static func short(_ date: Date, now: Date, zone: TimeZone = displayZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let time = String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
        if calendar.isDate(date, inSameDayAs: now) { return time }
        return String(format: "%02d.%02d.%04d ", c.day ?? 0, c.month ?? 0, c.year ?? 0) + time
    }

    /// The zone people read times in.
    public static let displayZone = TimeZone(identifier: "Europe/Berlin") ?? TimeZone(secondsFromGMT: 3600) ?? .current
}
