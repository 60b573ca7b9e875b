import Foundation
import ModeratCore

/// Creation times as import files write them, turned into the stored UTC form.
/// Accepted: ISO 8601 with an offset or Z ("2024-05-13T10:21:07+02:00", fractions allowed,
/// also Ruby's "2024-05-13 10:21:07 +0200"), and "13.05.2024 10:21" / "13/05/2024 10:21"
/// (seconds optional, a date alone means midnight) in Berlin time.
/// Hand-written rather than DateFormatter: 200,000 rows would spend seconds in formatters.
public enum ImportTimestamp {
    /// The stored form, or nil when `text` is none of the accepted forms.
    public static func stored(_ text: String) -> String? {
        guard let seconds = epochSeconds(text) else { return nil }
        return utcString(seconds)
    }

    /// Seconds since 1970 for `text`, or nil.
    public static func epochSeconds(_ text: String) -> Int64? {
        // Most times come without surrounding spaces; trimming (Foundation) only for the rest.
        let plain = text.utf8.first.map { $0 != 32 && $0 != 9 } == true && text.utf8.last.map { $0 != 32 && $0 != 9 } == true
        var scanner = Digits(Array((plain ? text : text.trimmingCharacters(in: .whitespaces)).utf8))
        if scanner.bytes.count >= 10, scanner.bytes[4] == UInt8(ascii: "-") {
            return iso(&scanner)
        }
        return dayFirst(&scanner)
    }

    private static func iso(_ s: inout Digits) -> Int64? {
        guard let year = s.number(4), s.skip("-"), let month = s.number(2), s.skip("-"), let day = s.number(2) else { return nil }
        var hour = 0, minute = 0, second = 0
        if s.skip("T") || s.skip(" ") {
            guard let h = s.number(2), s.skip(":"), let m = s.number(2) else { return nil }
            hour = h; minute = m
            if s.skip(":") { guard let sec = s.number(2) else { return nil }; second = sec }
            if s.skip(".") || s.skip(",") { while s.digit() != nil {} }
        }
        if s.atEnd { return berlin(year, month, day, hour, minute, second) }
        _ = s.skip(" ")
        guard let offset = s.offset(), s.atEnd else { return nil }
        return local(year, month, day, hour, minute, second, offset: offset)
    }

    private static func dayFirst(_ s: inout Digits) -> Int64? {
        guard let day = s.number(2, minimum: 1) else { return nil }
        let separator: Character = s.skip(".") ? "." : (s.skip("/") ? "/" : "?")
        guard separator != "?", let month = s.number(2, minimum: 1), s.skip(separator), let year = s.number(4) else { return nil }
        var hour = 0, minute = 0, second = 0
        if s.skip(" ") || s.skip(",") {
            _ = s.skip(" ")
            guard let h = s.number(2, minimum: 1), s.skip(":"), let m = s.number(2) else { return nil }
            hour = h; minute = m
            if s.skip(":") { guard let sec = s.number(2) else { return nil }; second = sec }
        }
        guard s.atEnd else { return nil }
        return berlin(year, month, day, hour, minute, second)
    }

    /// A wall-clock time in Berlin (the zone of the city's platform) without an offset.
    private static func berlin(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int) -> Int64? {
        guard valid(year, month, day, hour, minute, second) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = Timestamps.displayZone
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        guard let date = calendar.date(from: components) else { return nil }
        return Int64(date.timeIntervalSince1970.rounded(.down))
    }

    private static func local(_ y: Int, _ mo: Int, _ d: Int, _ h: Int, _ mi: Int, _ s: Int, offset: Int) -> Int64? {
        guard valid(y, mo, d, h, mi, s) else { return nil }
        return Int64(daysFromCivil(y, mo, d)) * 86_400 + Int64(h * 3600 + mi * 60 + s) - Int64(offset)
    }

    private static func valid(_ y: Int, _ mo: Int, _ d: Int, _ h: Int, _ mi: Int, _ s: Int) -> Bool {
        guard (1 ... 12).contains(mo), (0 ... 23).contains(h), (0 ... 59).contains(mi), (0 ... 60).contains(s) else { return false }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return (1 ... lengths[mo - 1]).contains(d)
    }

    /// The stored form of `seconds` since 1970, as `Timestamps.string` writes it.
    public static func utcString(_ seconds: Int64) -> String {
        let days = Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let rest = Int(seconds - Int64(days) * 86_400)
        let (y, m, d) = civilFromDays(days)
        // By hand: String(format:) costs more than the rest of an imported row's parsing.
        var out = [UInt8](repeating: 0, count: 20)
        func put(_ value: Int, _ at: Int, _ width: Int) {
            var v = value
            for k in stride(from: at + width - 1, through: at, by: -1) { out[k] = UInt8(48 + v % 10); v /= 10 }
        }
        put(y, 0, 4); out[4] = 45; put(m, 5, 2); out[7] = 45; put(d, 8, 2); out[10] = 84
        put(rest / 3600, 11, 2); out[13] = 58; put(rest / 60 % 60, 14, 2); out[16] = 58; put(rest % 60, 17, 2); out[19] = 90
        return String(decoding: out, as: UTF8.self)
    }

    // Day arithmetic lives in CalendarDay (ModeratCore), shared with the roster and the bench.
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        CalendarDay.ordinal(year: year, month: month, day: day) - CalendarDay.unixEpochOrdinal
    }

    static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let date = CalendarDay(daysSince1970: days)
        return (date.year, date.month, date.day)
    }
}

/// A cursor over ASCII bytes for the timestamp parser.
private struct Digits {
    let bytes: [UInt8]
    var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { index == bytes.count }

    mutating func digit() -> Int? {
        guard index < bytes.count, (48 ... 57).contains(bytes[index]) else { return nil }
        defer { index += 1 }
        return Int(bytes[index] - 48)
    }

    /// Exactly `count` digits, or (with `minimum`) between minimum and count.
    mutating func number(_ count: Int, minimum: Int? = nil) -> Int? {
        var value = 0, read = 0
        while read < count, let d = digit() { value = value * 10 + d; read += 1 }
        return read >= (minimum ?? count) && read > 0 ? value : nil
    }

    mutating func skip(_ character: Character) -> Bool {
        guard index < bytes.count, let ascii = character.asciiValue, bytes[index] == ascii else { return false }
        index += 1
        return true
    }

    /// "Z", "+02:00", "+0200", "-05"; nil when none is there (an offset is required).
    mutating func offset() -> Int? {
        if skip("Z") { return 0 }
        let sign: Int
        if skip("+") { sign = 1 } else if skip("-") { sign = -1 } else { return nil }
        guard let hours = number(2) else { return nil }
        _ = skip(":")
        let minutes = number(2) ?? 0
        return sign * (hours * 3600 + minutes * 60)
    }
}
