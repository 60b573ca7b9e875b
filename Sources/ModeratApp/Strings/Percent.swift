import Foundation

/// Numbers in running text: "84,6 %" in German, "84.6%" in English; hours with one decimal.
enum Percent {
    static func german(_ share: Double) -> String {
        String(format: "%.1f %%", share * 100).replacingOccurrences(of: ".", with: ",")
    }

    static func english(_ share: Double) -> String {
        String(format: "%.1f%%", share * 100)
    }

    static func hours(_ seconds: Double, comma: Bool) -> String {
        let text = String(format: "%.1f h", seconds / 3600)
        return comma ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
