import Foundation

/// Times are stored as UTC ISO 8601 text ("2026-11-27T14:03:00Z") and shown in Europe/Berlin.
public enum Timestamps {
    /// The stored form of a moment.
    /// Computed by hand (the inverse of `storedSeconds`): the queue's first page asks it once,
    /// and a Calendar made for it cost 3 million instructions of the first frame (callgrind).
    public static func string(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let time = seconds - days * 86_400
        let day = CalendarDay(daysSince1970: days)
        return padded(day.year, 4) + "-" + padded(day.month, 2) + "-" + padded(day.day, 2) + "T" + padded(time / 3600, 2) + ":"
            + padded(time % 3600 / 60, 2) + ":" + padded(time % 60, 2) + "Z"
    }

    /// `value` in decimal with leading zeros to `width` digits (as %0*d).
    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        let zeros = String(repeating: "0", count: max(0, width - digits.count))
        return (value < 0 ? "-" : "") + zeros + digits
    }

    /// Parses the stored form (and a plain date "2026-11-27" as midnight UTC).
    public static func date(_ text: String) -> Date? {
        // The stored form, parsed by hand: the queue asks this for every row of every frame,
        // and an ISO8601DateFormatter costs about 0.2 ms to make (most of a key's time).
        if let seconds = storedSeconds(text) { return Date(timeIntervalSince1970: TimeInterval(seconds)) }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let d = formatter.date(from: text) { return d }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let d = formatter.date(from: text) { return d }
        formatter.formatOptions = [.withFullDate]
        return formatter.date(from: text)
    }

    /// Seconds since 1970 for exactly "YYYY-MM-DDTHH:MM:SSZ" with a valid date and time; nil
    /// for anything else (which then goes to the formatter).
    static func storedSeconds(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { u -> Int? in
            guard u.count == 20, u[4] == 45, u[7] == 45, u[10] == 84, u[13] == 58, u[16] == 58, u[19] == 90 else { return nil }
            func number(_ from: Int, _ count: Int) -> Int? {
                var value = 0
                for k in from ..< from + count {
                    let digit = Int(u[k]) - 48
                    guard digit >= 0, digit <= 9 else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard let y = number(0, 4), let m = number(5, 2), let d = number(8, 2),
                  let hh = number(11, 2), let mm = number(14, 2), let ss = number(17, 2),
                  (1 ... 12).contains(m), hh < 24, mm < 60, ss < 60 else { return nil }
            let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
            let monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            guard d >= 1, d <= monthDays[m - 1] else { return nil }
            // Howard Hinnant's days_from_civil.
            let yy = m <= 2 ? y - 1 : y
            let era = (yy >= 0 ? yy : yy - 399) / 400
            let yoe = yy - era * 400
            let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
            let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
            let days = era * 146_097 + doe - 719_468
            return days * 86_400 + hh * 3600 + mm * 60 + ss
        }
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
