import ArgumentParser
import Foundation

/// Writes a finished document to standard output or, atomically, to `path`.
func writeOutput(_ text: String, to path: String?) throws {
    try writeOutput(Data(text.utf8), to: path)
}

/// The same for a document's bytes (an office file).
func writeOutput(_ data: Data, to path: String?) throws {
    guard let path else {
        do {
            try FileHandle.standardOutput.write(contentsOf: data)
        } catch {
            throw CommandFailure(message: "standard output: \(error.localizedDescription)", code: 74)
        }
        return
    }
    do {
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
        throw CommandFailure(message: "\(path): cannot create: \(error.localizedDescription)", code: 73)
    }
}
