import Foundation

/// Comments per week as the chart needs them: one bar for every week from the first to the
/// last, empty weeks as zero (a gap in the data must not shorten the time axis).
enum WeekSeries {
    /// `weeks` as SQLite's "%Y-W%W" labels (Monday weeks, days before the first Monday are
    /// week 00, which is the same week as the last one of the year before).
    static func filled(_ weeks: [(week: String, count: Int)]) -> [(week: String, count: Int)] {
        var byMonday: [Date: Int] = [:]
        for entry in weeks {
            guard let monday = monday(entry.week) else { return weeks }
            byMonday[monday, default: 0] += entry.count
        }
        guard let first = byMonday.keys.min(), let last = byMonday.keys.max() else { return weeks }
        var out: [(week: String, count: Int)] = []
        var day = first
        while day <= last {
            out.append((week: label(day), count: byMonday[day] ?? 0))
            guard let next = calendar.date(byAdding: .day, value: 7, to: day) else { break }
            day = next
        }
        return out
    }

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? .current
        return calendar
    }()

    /// The first Monday of a year (the start of its week 01).
    private static func firstMonday(_ year: Int) -> Date? {
        guard let january = calendar.date(from: DateComponents(year: year, month: 1, day: 1)) else { return nil }
        let weekday = calendar.component(.weekday, from: january)   // 1 = Sunday … 7 = Saturday
        return calendar.date(byAdding: .day, value: (9 - weekday) % 7, to: january)
    }

    static func monday(_ label: String) -> Date? {
        let parts = label.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), parts[1].hasPrefix("W"), let week = Int(parts[1].dropFirst()),
              let start = firstMonday(year) else { return nil }
        return calendar.date(byAdding: .day, value: (week - 1) * 7, to: start)
    }

    static func label(_ monday: Date) -> String {
        let year = calendar.component(.year, from: monday)
        guard let start = firstMonday(year) else { return "" }
        let days = calendar.dateComponents([.day], from: start, to: monday).day ?? 0
        return String(format: "%04d-W%02d", year, days / 7 + 1)
    }
}
