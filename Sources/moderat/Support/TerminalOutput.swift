import Foundation
import TerminalKit

/// The one output rule of every command: what goes to a terminal (stdout or stderr) is shown,
/// never obeyed. Citizens', applicants' and files' text, and arguments quoted in messages,
/// pass TerminalKit's sanitiser there (controls become visible glyphs, bidi and zero-width
/// characters go), line breaks and tabs stay; into a pipe or a file the bytes go as they are.
enum TerminalOutput {
    /// The two streams a command writes to.
    enum Stream {
        case output, error

        var handle: FileHandle { self == .output ? .standardOutput : .standardError }
        var isTerminal: Bool { isatty(self == .output ? STDOUT_FILENO : STDERR_FILENO) == 1 }
    }

    /// Writes `text` as is, or masked when the stream is a terminal.
    static func write(_ text: String, to stream: Stream) throws {
        try stream.handle.write(contentsOf: Data((stream.isTerminal ? mask(text) : text).utf8))
    }

    /// Writes and ignores a failure (a closed stderr must not turn into a second error).
    static func tryWrite(_ text: String, to stream: Stream) {
        try? write(text, to: stream)
    }

    /// Text as a terminal may receive it: each line sanitised, tabs kept between cells.
    static func mask(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.split(separator: "\t", omittingEmptySubsequences: false).map { Sanitizer.singleLine($0) }.joined(separator: "\t")
        }.joined(separator: "\n")
    }
}
