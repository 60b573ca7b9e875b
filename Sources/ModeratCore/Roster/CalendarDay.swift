/// A calendar day as the roster stores it (`YYYY-MM-DD`, a Berlin calendar day), with the
/// arithmetic terms need: days between, adding days and months, age on a day.
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid Gregorian date, or nil (no 31 April, no 29 February outside leap years).
    public init?(year: Int, month: Int, day: Int) {
        guard (1 ... 9999).contains(year), (1 ... 12).contains(month),
              (1 ... CalendarDay.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`; anything else (also `2026-2-3`) is nil, so a typo is an
    /// error rather than a silently different day.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0") ... UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let y = number(0 ..< 4), let m = number(5 ..< 7), let d = number(8 ..< 10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var description: String {
        let y = String(year), m = String(month), d = String(day)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-"
            + (m.count < 2 ? "0" : "") + m + "-" + (d.count < 2 ? "0" : "") + d
    }

    /// "27.11.2026", as German readers write it.
    public var german: String {
        (day < 10 ? "0" : "") + String(day) + "." + (month < 10 ? "0" : "") + String(month) + "." + String(year)
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since a fixed origin (the proleptic Gregorian day number), for differences.
    public var ordinal: Int { CalendarDay.ordinal(year: year, month: month, day: day) }

    /// The day number of any year, month and day (H. Hinnant's days-from-civil, exact for the
    /// proleptic Gregorian calendar); callers that parse text use it before validating.
    public static func ordinal(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe
    }

    /// The day that many days after 1970-01-01, as Unix time counts days.
    public init(daysSince1970 days: Int) {
        self.init(ordinal: days + CalendarDay.unixEpochOrdinal)
    }

    /// The ordinal of 1970-01-01.
    public static let unixEpochOrdinal = 719_468

    /// The day with the given ordinal (inverse of `ordinal`).
    public init(ordinal: Int) {
        let era = (ordinal >= 0 ? ordinal : ordinal - 146_096) / 146_097
        let doe = ordinal - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.year = y
        self.month = m
        self.day = d
    }

    public func adding(days: Int) -> CalendarDay { CalendarDay(ordinal: ordinal + days) }

    /// The same day `months` later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb).
    public func adding(months: Int) -> CalendarDay {
        let total = year * 12 + (month - 1) + months
        let y = total / 12, m = total % 12 + 1
        let d = min(day, CalendarDay.daysIn(month: m, year: y))
        return CalendarDay(year: y, month: m, day: d) ?? self
    }

    /// Days from `self` to `other` (positive when `other` is later).
    public func days(until other: CalendarDay) -> Int { other.ordinal - ordinal }

    /// Completed years of someone born on `self`, on `day` (a 29 February birthday counts
    /// from 1 March in other years, as German law has it).
    public func age(on day: CalendarDay) -> Int {
        var years = day.year - year
        if (day.month, day.day) < (month, self.day) { years -= 1 }
        return years
    }
}
