import GRDB

/// A text column that should hold one of an enum's raw values holds something else: written
/// by a newer moderat, or by hand. Reading it as some default would show (and then write) a
/// state nobody chose, so the read fails and says where.
public struct UnknownStoredValue: Error, Equatable, Sendable, CustomStringConvertible {
    public let table: String
    public let column: String
    public let value: String

    public var description: String {
        "\(table).\(column) holds '\(value)', which this moderat does not know (written by a newer version?); nothing was changed"
    }
}

extension Row {
    /// The enum stored in `column` as its raw value; an `UnknownStoredValue` when the text is
    /// not one of them.
    func stored<T: RawRepresentable>(_ column: String, in table: String) throws -> T where T.RawValue == String {
        let text: String = self[column]
        guard let value = T(rawValue: text) else { throw UnknownStoredValue(table: table, column: column, value: text) }
        return value
    }

    /// The same for the column at `index` (named `column` in the error): a page's rows read
    /// their columns by position, a name lookup per value being a tenth of the page's cost.
    func stored<T: RawRepresentable>(at index: Int, _ column: String, in table: String) throws -> T where T.RawValue == String {
        let text: String = self[index]
        guard let value = T(rawValue: text) else { throw UnknownStoredValue(table: table, column: column, value: text) }
        return value
    }
}
