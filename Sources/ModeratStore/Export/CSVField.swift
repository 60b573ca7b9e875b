/// RFC 4180 quoting of one CSV field, shared by the CSV exports.
enum CSVField {
    /// Quoted when it holds the separator, a quote or a line break.
    static func quote(_ text: String, delimiter: Character) -> String {
        guard text.contains(where: { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
