import Foundation
import Testing

/// The secretary writes minutes over SSH, the connection drops in the middle of typing, and
/// nothing but the last few seconds is lost.
@Suite("minutes over SSH", .serialized, .requires(.tmux, .sshd, .ssh, .sshKeygen), .beyondSmokeSet)
struct MinutesSSHEndToEndTests {
    @Test("write a TOP's minutes, kill ssh mid-typing, reconnect: the draft is back; finish, mark final, export Markdown")
    func minutesSurviveDroppedConnection() async throws {
        try E2EEnvironment.require(E2ETool.forSSH)
        let server = try await SSHServer.start()
        defer { server.stop() }
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        let secretary = ["MODERAT_ACCOUNT": "cweber"]
        do {
            let first = try await ModeratLaunch.overSSH(server, database: db, arguments: ["--lang", "de"], environment: secretary,
                                                        width: 100, height: 30, workspace: workspace)
            try await openLastItemOfDraftMeeting(first)
            try await first.sendKeys("End")
            try await first.type(" Herr Reuter dankt der Koordinierungsstelle.")
            // An idle moment: the built-in editor saves the draft (every tick, at most 250 ms apart).
            try await Task.sleep(for: .seconds(1))
            try await first.type(" Dieser Satz geht vielleicht verlo")
            try await killSSHClient(of: first)
            _ = try? await first.waitForExit(timeout: .seconds(10))
            await first.kill()

            let second = try await ModeratLaunch.overSSH(server, database: db, arguments: ["--lang", "de"], environment: secretary,
                                                         width: 100, height: 30, workspace: workspace)
            try await openLastItemOfDraftMeeting(second)
            let restored = try await second.waitFor(text: "Herr Reuter dankt der Koordinierungsstelle.", timeout: .seconds(10))
            #expect(restored.containsText("Keine Wortmeldungen."), "\(restored.dump)")

            // Finish the text (End: the end of the one line), save, mark final, quit.
            try await second.sendKeys("End", "Enter")
            try await second.type("Beschluss 12/0/1: Die nächste Sitzung findet im Rathaus statt.")
            try await second.sendKeys("C-s")
            try await second.waitFor(text: "TOP 7 gespeichert")
            try await second.sendKeys("F")
            try await second.waitFor(text: "endgültig machen? Danach nur noch Nachträge.")
            try await second.sendKeys("y")
            try await second.waitFor(text: "endgültig (gesperrt")
            try await second.sendKeys("q")
            #expect(try await second.waitForExit(timeout: .seconds(15)) == 0)
            await second.kill()

            let export = try await ModeratLaunch.run(database: db, arguments: ["minutes", "export", "2", "--format", "md", "--lang", "de"],
                                                     workspace: workspace)
            #expect(export.succeeded, "\(export.stderr)")
            #expect(export.stdout.contains("Status: endgültig"))
            #expect(export.stdout.contains("## TOP 7: Verschiedenes"))
            #expect(export.stdout.contains("Keine Wortmeldungen. Herr Reuter dankt der Koordinierungsstelle."))
            #expect(export.stdout.contains("Die nächste Sitzung findet im Rathaus statt. – mit 12:0:1 angenommen (Ja 12, Nein 0, Enthaltung 1)"))
        } catch {
            throw E2EError("\(error)\nsshd log:\n\(server.log)")
        }
    }

    @Test("a rejected and an adopted motion; the connection drops in the built-in editor and in $EDITOR; finalise; md, html and txt hold every line and both outcomes", .long("two dropped SSH sessions, three exports and LibreOffice"))
    func outcomesAndTwoDroppedConnections() async throws {
        try E2EEnvironment.require(E2ETool.forSSH)
        let server = try await SSHServer.start()
        defer { server.stop() }
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        // An editor that saves a line (as :w would) and then waits for the user, who is gone.
        let editor = try workspace.writeExecutable("bin/slow-editor", """
            #!/bin/sh
            printf 'Zeile B aus dem externen Editor.\\n' >> "$1"
            touch '\(workspace.path("editor-saved").path)'
            sleep 60
            """)
        let secretary = ["MODERAT_ACCOUNT": "cweber", "EDITOR": editor.path, "VISUAL": ""]
        do {
            // 1. Built-in editor: two motions and a line, then the connection drops.
            let first = try await ModeratLaunch.overSSH(server, database: db, arguments: ["--lang", "de"], environment: secretary,
                                                        width: 100, height: 30, workspace: workspace)
            try await openLastItemOfDraftMeeting(first)
            try await first.sendKeys("End", "Enter")
            try await first.type("Beschluss 3/9/1: Die Sitzungen finden künftig im Rathaus statt.")
            try await first.sendKeys("Enter")
            try await first.type("Beschluss einstimmig: Der Beirat dankt der Koordinierungsstelle.")
            try await first.sendKeys("Enter")
            try await first.type("Zeile A ohne Speichern.")
            try await first.waitFor(text: "Zeile A ohne Speichern.")
            // An idle moment: the built-in editor saves the draft.
            try await Task.sleep(for: .seconds(2))
            try await killSSHClient(of: first)
            _ = try? await first.waitForExit(timeout: .seconds(10))
            await first.kill()

            // 2. $EDITOR: the line saved there reaches the draft although the connection drops while it runs.
            let second = try await ModeratLaunch.overSSH(server, database: db, arguments: ["--lang", "de"], environment: secretary,
                                                         width: 100, height: 30, workspace: workspace)
            try await openLastItemOfDraftMeeting(second)
            try await second.waitFor(text: "Zeile A ohne Speichern.", timeout: .seconds(10))
            try await second.sendKeys("C-e")
            var waited = 0
            while waited < 100, !FileManager.default.fileExists(atPath: workspace.path("editor-saved").path) {
                try await Task.sleep(for: .milliseconds(100))
                waited += 1
            }
            try await killSSHClient(of: second)
            _ = try? await second.waitForExit(timeout: .seconds(10))
            await second.kill()

            // 3. Back again: everything is there; save, finalise, quit.
            let third = try await ModeratLaunch.overSSH(server, database: db, arguments: ["--lang", "de"], environment: secretary,
                                                        width: 100, height: 30, workspace: workspace)
            try await openLastItemOfDraftMeeting(third)
            let restored = try await third.waitFor(text: "Zeile B aus dem externen Editor.", timeout: .seconds(10))
            #expect(restored.containsText("Zeile A ohne Speichern."), "\(restored.dump)")
            try await third.sendKeys("C-s")
            try await third.waitFor(text: "TOP 7 gespeichert")
            try await third.sendKeys("F")
            try await third.waitFor(text: "endgültig machen? Danach nur noch Nachträge.")
            try await third.sendKeys("y")
            try await third.waitFor(text: "endgültig (gesperrt")
            try await third.sendKeys("q")
            #expect(try await third.waitForExit(timeout: .seconds(15)) == 0)
            await third.kill()

            for format in ["md", "html", "txt"] {
                let export = try await ModeratLaunch.run(database: db, arguments: ["minutes", "export", "2", "--format", format, "--lang", "de"],
                                                         workspace: workspace)
                #expect(export.succeeded, "\(export.stderr)")
                for expected in ["Die Sitzungen finden künftig im Rathaus statt. – mit 3:9:1 abgelehnt",
                                 "Der Beirat dankt der Koordinierungsstelle. – einstimmig angenommen",
                                 "Keine Wortmeldungen.", "Zeile A ohne Speichern.", "Zeile B aus dem externen Editor."] {
                    #expect(export.stdout.contains(expected), "\(format) misses \(expected)")
                }
            }
            // The same minutes as ODT, read back as LibreOffice prints them (line breaks of the
            // PDF's layout aside).
            try E2EEnvironment.require(E2ETool.forOffice)
            let odtFile = workspace.path("minutes.odt")
            let odt = try await ModeratLaunch.run(database: db, arguments: ["minutes", "export", "2", "--format", "odt", "--lang", "de",
                                                                            "-o", odtFile.path], workspace: workspace)
            #expect(odt.succeeded, "\(odt.stderr)")
            let printed = try await OfficeToText.text(of: try Data(contentsOf: odtFile), fileExtension: "odt", in: workspace)
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
            for expected in ["Die Sitzungen finden künftig im Rathaus statt. – mit 3:9:1 abgelehnt",
                             "Der Beirat dankt der Koordinierungsstelle. – einstimmig angenommen",
                             "Keine Wortmeldungen.", "Zeile A ohne Speichern.", "Zeile B aus dem externen Editor."] {
                #expect(printed.contains(expected), "odt misses \(expected): \(printed)")
            }
        } catch {
            throw E2EError("\(error)\nsshd log:\n\(server.log)")
        }
    }

    /// Meetings tab, the newest meeting (the draft), the last TOP, the editor.
    func openLastItemOfDraftMeeting(_ tmux: TmuxSession) async throws {
        // The secretary starts on the meetings screen.
        try await tmux.waitFor(text: "Sitzungen", timeout: .seconds(15))
        try await tmux.sendKeys("5")
        try await tmux.waitFor(text: "10. Sitzung des Beteiligungsbeirats")
        try await tmux.sendKeys("Enter")
        try await tmux.waitFor(text: "Beschlussfähig")
        try await tmux.sendKeys("G", "e")
        try await tmux.waitFor(text: "TOP 7 bearbeiten: Verschiedenes")
    }

    /// SIGKILL to the ssh client in the pane (the pane's process or its descendant): the
    /// connection drops as when a laptop lid closes, with no chance to say goodbye.
    func killSSHClient(of tmux: TmuxSession) async throws {
        guard let pane = try await tmux.paneState().pid else { throw E2EError("no pane pid") }
        var queue = [pane]
        while let pid = queue.first {
            queue.removeFirst()
            let comm = (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
            if comm == "ssh" {
                kill(pid, SIGKILL)
                return
            }
            let children = (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? ""
            queue += children.split(separator: " ").compactMap { Int32($0) }
        }
        throw E2EError("no ssh process under pane pid \(pane)")
    }
}

/// `moderat minutes export --format odt` opens in LibreOffice.
@Suite("minutes as ODT in LibreOffice", .serialized, .beyondSmokeSet)
struct MinutesODTEndToEndTests {
    @Test("the demo's minutes exported as ODT convert to a PDF holding the decisions and their outcomes", .requires(.soffice, .pdftotext), .startsLibreOffice)
    func odtOpensInLibreOffice() async throws {
        try E2EEnvironment.require(E2ETool.forOffice)
        let workspace = try TempWorkspace(prefix: "mod-minutes-odt")
        defer { workspace.remove() }
        let db = try await DemoDatabase.copy(into: workspace)
        let file = workspace.path("protokoll.odt")
        let export = try await ModeratLaunch.run(database: db, arguments: ["minutes", "export", "2", "--format", "odt", "-o", file.path, "--lang", "de"],
                                                 workspace: workspace)
        #expect(export.succeeded, "\(export.stderr)")
        let text = try await OfficeToText.text(of: try Data(contentsOf: file), fileExtension: "odt", in: workspace)
        for expected in ["Ergebnisprotokoll", "TOP 7", "angenommen", "Beschluss Nr."] {
            #expect(text.contains(expected), "PDF text lacks \(expected):\n\(text)")
        }
    }
}
