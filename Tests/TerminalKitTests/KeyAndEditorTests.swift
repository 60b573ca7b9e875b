import Foundation
import Testing
@testable import TerminalKit

@Suite("Keys from the terminal")
struct KeyDecoderTests {
    @Test("Enter, Backspace, Tab, Escape and Ctrl-letters arrive as named keys")
    func characters() {
        #expect(KeyDecoder.decode(character: 13) == .enter)
        #expect(KeyDecoder.decode(character: 10) == .enter)
        #expect(KeyDecoder.decode(character: 127) == .backspace)
        #expect(KeyDecoder.decode(character: 8) == .backspace)
        #expect(KeyDecoder.decode(character: 9) == .tab)
        #expect(KeyDecoder.decode(character: 27) == .escape)
        #expect(KeyDecoder.decode(character: 4) == .control("d"))
        #expect(KeyDecoder.decode(character: 0xFC) == .character("ü"))
    }
}

@Suite("The external editor", .serialized)
struct ExternalEditorTests {
    @Test("VISUAL wins over EDITOR, and vi is the last resort")
    func editorOrder() {
        #expect(ExternalEditor(environment: ["VISUAL": "nano", "EDITOR": "vim"]).command == "nano")
        #expect(ExternalEditor(environment: ["EDITOR": "vim"]).command == "vim")
        #expect(ExternalEditor(environment: [:]).command == "vi")
    }

    @Test("the edited text comes back; a failing editor gives nil; the temp file is gone")
    func editRoundTrip() {
        let editor = ExternalEditor(command: "sed -i 's/Entwurf/Endfassung/'")
        #expect(editor.edit("Protokoll – Entwurf\n") == "Protokoll – Endfassung\n")
        #expect(ExternalEditor(command: "false").edit("x") == nil)
    }
}

/// The temporary file and a dropped connection; in the one serialized suite, since a
/// recorded hangup is process-wide.
extension ExternalEditorTests {
    func scratch() throws -> String {
        let dir = NSTemporaryDirectory() + "moderat-editor-test-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test("the temporary file lies in XDG_RUNTIME_DIR, is named with the application's prefix and ends with a newline")
    func runtimeDirAndNewline() throws {
        let runtime = try scratch()
        let seenDirectory = try scratch()
        let seen = seenDirectory + "/seen"
        defer {
            try? FileManager.default.removeItem(atPath: runtime)
            try? FileManager.default.removeItem(atPath: seenDirectory)
        }
        let editor = ExternalEditor(command: "sh -c 'cp \"$1\" \(seen); dirname \"$1\" >> \(seen); basename \"$1\" >> \(seen)' sh",
                                    filePrefix: "notizen-", environment: ["XDG_RUNTIME_DIR": runtime])
        #expect(editor.edit("Ohne Zeilenende") == "Ohne Zeilenende\n")
        let seenLines = try String(contentsOfFile: seen, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(seenLines.prefix(2) == ["Ohne Zeilenende", runtime], "\(seenLines)")
        // The application's prefix names the file; TerminalKit adds no name of its own.
        #expect(seenLines.last.map { $0.hasPrefix("notizen-") && $0.hasSuffix(".txt") } == true, "\(seenLines)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: runtime).isEmpty)
        #expect(ExternalEditor(command: "true", environment: ["XDG_RUNTIME_DIR": "/nonexistent"]).directory == NSTemporaryDirectory())
    }

    @Test("text saved before the editor is killed by a hangup comes back; an editor quitting with an error (:cq) gives nothing")
    func hangup() {
        let killed = ExternalEditor(command: "sh -c 'printf \"Gespeicherter Satz.\\n\" > \"$1\"; kill -HUP $$' sh")
        #expect(killed.edit("Alt") == "Gespeicherter Satz.\n")
        let untouched = ExternalEditor(command: "sh -c 'kill -HUP $$' sh")
        #expect(untouched.edit("Alt") == nil)
        let abandoned = ExternalEditor(command: "sh -c 'printf \"Verworfen\\n\" > \"$1\"; exit 1' sh")
        #expect(abandoned.edit("Alt") == nil)
    }
}

extension ExternalEditorTests {
    @Test("a hangup recorded while the editor waits ends the editor and reads back what it saved")
    func pendingHangup() {
        // The editor waits as long as the process the hangup ends (its shell) lives: a plain
        // `sleep 30` would outlive the test holding the runner's stdout, and swift test waits for it.
        let editor = ExternalEditor(command: "sh -c 'printf \"Vor dem Auflegen gespeichert.\\n\" > \"$1\"; while kill -0 $PPID 2>/dev/null; do sleep 0.05; done' sh")
        TerminalSignals.pendingSignal = 0
        defer { TerminalSignals.pendingSignal = 0 }
        // A thread of its own, as a signal handler would: the test's own thread waits in edit().
        Thread.detachNewThread {
            usleep(300_000)
            TerminalSignals.pendingSignal = SIGHUP
        }
        let started = ContinuousClock.now
        let text = editor.edit("Alt")
        #expect(text == "Vor dem Auflegen gespeichert.\n")
        #expect(ContinuousClock.now - started < .seconds(10))
    }
}
