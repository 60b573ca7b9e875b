/// Why the demo or the benchmark will not fill a database; the CLI words it in the user's
/// language (`CommandText.sampleRefused`), `description` is the English for tests and logs.
public enum SampleRefusal: Error, Equatable, Sendable, CustomStringConvertible {
    /// The demo makes the current OS account its administrator, and there is none.
    case demoNeedsAccount
    /// The demo only fills an empty database; this one holds processes or comments.
    case demoNeedsEmptyDatabase(path: String)
    /// The benchmark generates into a new file only.
    case benchNeedsNewFile(path: String)
    /// The benchmark's own import did not give comments 1...N (a defect, not the user's doing).
    case benchImportShape(expected: Int)
    /// The demo did not find a row it had just written (a defect, not the user's doing):
    /// the table and the row's key.
    case demoRowMissing(table: String, key: String)

    public var description: String {
        switch self {
        case .demoNeedsAccount:
            return "The demo needs the current OS account name to make it an administrator."
        case .demoNeedsEmptyDatabase(let path):
            return "\(path): already holds processes or comments; the demo only fills an empty database."
        case .benchNeedsNewFile(let path):
            return "\(path): exists; the benchmark only fills a new file."
        case .benchImportShape(let expected):
            return "the benchmark's import did not give comments 1...\(expected)"
        case let .demoRowMissing(table, key):
            return "the demo did not find the \(table) '\(key)' it had just written"
        }
    }
}
