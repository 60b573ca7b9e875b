import ArgumentParser
import Foundation
import ModeratApp
import ModeratStore

/// `moderat export decisions`: approved and rejected comments, to feed back into the platform.
struct ExportDecisionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decisions",
        abstract: "Decisions (approved / rejected) with reason, public answer and sections, for the platform.",
        discussion: """
            Columns: id, external_id, source, state, reason, public_answer, sections (codes separated by \
            spaces; a list in JSON), decided_at (UTC), decided_role, and decided_by with --with-names. \
            CSV uses ';' like Decidim (--delimiter , for commas). Held and pending comments are not \
            exported. Exit status: 0 written, 64 usage, 73 cannot create the output file, 74 I/O.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "csv or json.")
    var format: DecisionsWriter.Format

    @Option(name: .long, help: ArgumentHelp("Only decisions from this day or moment on (2026-11-01, 01.11.2026, or ISO 8601; days in Berlin time).", valueName: "date"))
    var since: String?

    @Flag(name: .long, help: "Include the deciding moderator's name (the platform usually needs only the role).")
    var withNames = false

    @Option(name: .long, help: ArgumentHelp("The CSV separator, ';' or ','.", valueName: "char"))
    var delimiter: String = ";"

    @OptionGroup var destination: OutputOption
    var output: String? { destination.output }

    func validate() throws {
        guard delimiter == ";" || delimiter == "," else { throw OptionProblem.delimiter.usageError }
        _ = try SinceOption.stored(since)
    }

    func run() throws {
        try runReporting(global) {
            let context = try CommandContext(global)
            let database = try context.open(readOnly: true)
            let sink = try DecisionsSink(path: output)
            var writer = DecisionsWriter(format: format, withNames: withNames, delimiter: delimiter.first ?? ";",
                                         emit: { try sink.write($0) })
            var count = 0
            do {
                try CommandFailure.wrap {
                try writer.begin()
                try database.forEachDecision(DecisionsQuery(since: try SinceOption.stored(since), withNames: withNames)) {
                    try writer.write($0)
                    count += 1
                }
                try writer.end()
                }
                try sink.close()
            } catch {
                sink.discard()
                throw error
            }
            if let output { global.note(.wroteDecisions(output, count: count)) }
        }
    }
}

/// Where the export goes, buffered: standard output, or a file created next to its final
/// name and moved into place at the end so a failed export leaves no half file.
final class DecisionsSink {
    private let handle: FileHandle
    private let path: String?
    private let temporary: String?
    private var buffer = Data()

    init(path: String?) throws {
        self.path = path
        guard let path else {
            handle = FileHandle.standardOutput
            temporary = nil
            return
        }
        try OutputFile.refuseDirectory(path)
        let temporary = path + ".part"
        // As the person: the file is theirs (see writeOutput).
        let opened = SetgidGroup.asPerson { () -> FileHandle? in
            guard FileManager.default.createFile(atPath: temporary, contents: nil) else { return nil }
            return FileHandle(forWritingAtPath: temporary)
        }
        guard let handle = opened else {
            throw CommandFailure(.cannotCreate(path: path, reason: nil), code: 73)
        }
        self.handle = handle
        self.temporary = temporary
    }

    func write(_ text: String) throws {
        // Only standard output may be a terminal; a file keeps the export as it is.
        buffer.append(contentsOf: (path == nil && TerminalOutput.Stream.output.isTerminal ? TerminalOutput.mask(text) : text).utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    func close() throws {
        try flush()
        guard let path, let temporary else { return }
        do {
            try handle.close()
            try SetgidGroup.asPerson {
                if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
                try FileManager.default.moveItem(atPath: temporary, toPath: path)
            }
        } catch {
            throw CommandFailure(.cannotCreate(path: path, reason: error.localizedDescription), code: 73)
        }
    }

    /// Removes the unfinished file of a failed export.
    func discard() {
        guard let temporary else { return }
        try? handle.close()
        SetgidGroup.asPerson { try? FileManager.default.removeItem(atPath: temporary) }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw CommandFailure(.writeFailed(path: path, reason: error.localizedDescription), code: 74)
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

extension DecisionsWriter.Format: ExpressibleByArgument {}
