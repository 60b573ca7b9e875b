/// The plain workbench start (`moderat`, with at most --db, --lang and --theme, each once and
/// with an ordinary value) read without ArgumentParser. Its parse looks for completion-script
/// requests and reflects over every option type first, 13 million instructions of a first frame
/// whose whole budget is twice a C program's (callgrind, 1M comments); anything else here is
/// nil and goes through ArgumentParser as before, which stays the authority on every message.
enum WorkbenchArguments {
    /// An array, not a Set: the first Set<String> of a start costs the Swift runtime a
    /// search of every protocol conformance in the binary (450,000 instructions).
    static let names = ["--db", "--lang", "--theme"]

    /// What a plain workbench start gave.
    struct Values: GlobalValues {
        var db: String?
        var lang: String?
        var theme: String?
    }

    /// The options of a plain workbench start, or nil for anything else.
    static func parse(_ arguments: some Collection<String>) -> Values? {
        var values: [String: String] = [:]
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            let name: String, value: String
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                value = String(argument[argument.index(after: equals)...])
            } else {
                guard let next = rest.popFirst() else { return nil }
                name = argument
                value = next
            }
            guard names.contains(name), values[name] == nil, !value.isEmpty, !value.hasPrefix("-") else { return nil }
            values[name] = value
        }
        let global = Values(db: values["--db"], lang: values["--lang"], theme: values["--theme"])
        // A value GlobalOptions refuses is ArgumentParser's to word.
        guard (try? global.validateLanguage()) != nil else { return nil }
        return global
    }
}
