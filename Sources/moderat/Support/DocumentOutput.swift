import ArgumentParser
import Foundation
import ModeratApp

/// Writes a finished document to standard output or, atomically, to `path`, as the person
/// (an installed moderat sets its group aside: the file is the person's, and the group's
/// folders stay out of reach).
func writeOutput(_ text: String, to path: String?) throws {
    guard path != nil else {
        do {
            try TerminalOutput.write(text, to: .output)
        } catch {
            throw CommandFailure(message: "standard output: \(error.localizedDescription)", code: 74)
        }
        return
    }
    try writeOutput(Data(text.utf8), to: path)
}

/// The same for a document's bytes (an office file; never sent to a terminal, see OfficeOutput).
func writeOutput(_ data: Data, to path: String?) throws {
    guard let path else {
        do {
            try FileHandle.standardOutput.write(contentsOf: data)
        } catch {
            throw CommandFailure(message: "standard output: \(error.localizedDescription)", code: 74)
        }
        return
    }
    try OutputFile.refuseDirectory(path)
    do {
        try SetgidGroup.asPerson { try data.write(to: URL(fileURLWithPath: path), options: .atomic) }
    } catch {
        throw CommandFailure(message: "\(path): cannot create: \(OutputFile.reason(error))", code: 73)
    }
}

/// Refuses an input file the person could not read themselves: an installed moderat's group
/// must not read files for them (the shared databases above all).
func requireReadableByPerson(_ path: String) throws {
    let readable = SetgidGroup.asPerson { faccessat(AT_FDCWD, path, R_OK, AT_EACCESS) == 0 }
    guard readable else {
        throw CommandFailure(message: "\(path): cannot read: \(String(cString: strerror(errno)))", code: 66)
    }
}
