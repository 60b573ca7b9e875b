import Foundation

/// POSIX shell quoting, for command lines that tmux and ssh hand to `sh -c`.
enum ShellQuote {
    /// Quotes one word so that `sh` reads it back unchanged.
    static func quote(_ word: String) -> String {
        if !word.isEmpty, word.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_./=:,@%+".contains($0)) }) {
            return word
        }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Quotes each word and joins them with spaces.
    static func join(_ words: [String]) -> String {
        words.map(quote).joined(separator: " ")
    }

    /// `env -i K=V ... command args`: a command line that runs with exactly `environment`.
    static func withExactEnvironment(_ environment: [String: String], _ command: [String]) -> String {
        let assignments = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        return join(["env", "-i"] + assignments + command)
    }

    /// `env K=V ... command args`: a command line that adds `environment` to the inherited one.
    static func withEnvironment(_ environment: [String: String], _ command: [String]) -> String {
        if environment.isEmpty { return join(command) }
        let assignments = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        return join(["env"] + assignments + command)
    }
}
