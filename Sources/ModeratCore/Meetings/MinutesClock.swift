import Foundation

/// Wall-clock times of the minutes as people read them (Berlin): "14:03".
public enum MinutesClock {
    public static func hhmm(_ date: Date, zone: TimeZone = Timestamps.displayZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
    }

    /// "14:03" or "9:30" as typed, normalised to "14:03"/"09:30"; nil when it is not a time.
    public static func normalised(_ text: String) -> String? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ (1 ... 2).contains($0.count) && $0.allSatisfy(\.isASCII) }),
              let hour = Int(parts[0]), let minute = Int(parts[1]), (0 ... 23).contains(hour), (0 ... 59).contains(minute) else { return nil }
        return String(format: "%02d:%02d", hour, minute)
    }
}
