import Foundation

extension CalendarDay {
    /// The calendar day of a moment in a zone (Berlin by default: the board's days).
    public init(_ date: Date, zone: TimeZone = Timestamps.displayZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        self = CalendarDay(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1) ?? CalendarDay(ordinal: 0)
    }
}
