/// A setting a person's own config held that only the system-wide one may set: ignored,
/// and said by the command line in the user's language (CommandText); `description` is the
/// English.
public struct ConfigWarning: Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let key: String

    public var description: String {
        "\(file):\(line): \(key) is a shared setting; it is read only from the system-wide "
            + "\(ConfigSources.systemDefault), so it was ignored here"
    }
}
