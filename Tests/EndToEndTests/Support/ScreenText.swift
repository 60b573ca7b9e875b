/// Helpers for a captured screen, one `String` per terminal row.
extension Array where Element == String {
    /// True when any row contains `text`. Text that wraps across rows is not found.
    func containsText(_ text: String) -> Bool {
        contains { $0.contains(text) }
    }

    /// The index of the first row containing `text`.
    func row(containing text: String) -> Int? {
        firstIndex { $0.contains(text) }
    }

    /// The last row that is not blank (for a shell: the prompt line).
    var lastNonBlankRow: String? {
        last { !$0.allSatisfy(\.isWhitespace) }
    }

    /// The screen framed with row numbers, for failure messages.
    var dump: String {
        let width = self.map(\.count).max() ?? 0
        let border = "    +" + String(repeating: "-", count: width) + "+"
        let rows = enumerated().map { index, row in
            let number = String(index)
            return String(repeating: " ", count: Swift.max(0, 3 - number.count)) + number + " |" + row
        }
        return ([border] + rows + [border]).joined(separator: "\n")
    }
}
