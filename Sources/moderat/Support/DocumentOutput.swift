import ArgumentParser
import Foundation

/// Writes a finished document to standard output or, atomically, to `path`.
func writeOutput(_ text: String, to path: String?) throws {
    guard let path else {
        do {
            try TerminalOutput.write(text, to: .output)
        } catch {
            throw CommandFailure(message: "standard output: \(error.localizedDescription)", code: 74)
        }
        return
    }
    try OutputFile.refuseDirectory(path)
    do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
        throw CommandFailure(message: "\(path): cannot create: \(OutputFile.reason(error))", code: 73)
    }
}
