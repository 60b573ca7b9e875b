/// Ids handed to SQLite as one JSON array, read back with `IN (SELECT value FROM json_each(?))`:
/// one argument and one prepared statement for any number of ids, where `IN (?, ?, …)` bound
/// each id as a value of its own (4,000 instructions an id) and needed a statement per count.
enum IdList {
    /// The subquery that yields the ids of `json(_:)`, bound as one argument.
    static let values = "SELECT value FROM json_each(?)"

    /// `[1,2,3]`.
    static func json<S: Sequence>(_ ids: S) -> String where S.Element == Int64 {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }
}
