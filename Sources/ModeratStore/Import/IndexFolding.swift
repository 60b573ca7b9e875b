import ModeratCore

/// The schema's SQL fold for the full-text index (a `replace` chain over
/// `GermanFolding.spellings`), done in Swift on the text's bytes: a bulk load folds on the
/// parsing thread and hands the index exactly what the triggers would have computed.
/// Every pattern is one whole character starting with a lead byte and every replacement is
/// ASCII, so one left-to-right pass gives the same result as the chain of replaces.
enum IndexFolding {
    private static let table: [(pattern: [UInt8], replacement: [UInt8])] =
        GermanFolding.spellings.map { (Array($0.letter.utf8), Array($0.spelledOut.utf8)) }

    /// Which bytes start a pattern (a 256-entry table, so the common case is one lookup per byte).
    private static let leads: [Bool] = {
        var leads = [Bool](repeating: false, count: 256)
        for entry in table { if let first = entry.pattern.first { leads[Int(first)] = true } }
        return leads
    }()

    /// `text` as the index stores it.
    static func fold(_ text: String) -> String {
        let leads = Self.leads
        guard text.utf8.contains(where: { leads[Int($0)] }) else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var index = 0
        scan: while index < bytes.count {
            let byte = bytes[index]
            if leads[Int(byte)] {
                for entry in table where bytes[index...].starts(with: entry.pattern) {
                    out.append(contentsOf: entry.replacement)
                    index += entry.pattern.count
                    continue scan
                }
            }
            out.append(byte)
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
