import Foundation
import ModeratCore
import Testing
@testable import ModeratStore

/// The store says what it refused, what is missing and who wrote first as typed values, so the
/// workbench and the command line can say it in German or English; no free English text.
@Suite("Typed store errors")
struct TypedStoreErrorTests {
    @Test("Considering something that is not there names it: a comment, a passage of an unsplit comment, a passage past the last, a meeting, a TOP")
    func missingConsiderationTargets() throws {
        let scene = try ConsiderationScene()
        let store = scene.fixture.store("bernd")
        #expect(throws: StoreError.notFound(.comment(999))) { try store.considerationTarget(commentId: 999) }
        #expect(throws: StoreError.notFound(.notSplit(commentId: scene.bench))) { try store.considerationTarget(commentId: scene.bench, passage: 2) }
        try store.splitIntoParagraphs(scene.long)
        #expect(throws: StoreError.notFound(.passageNumber(commentId: scene.long, number: 3, count: 2))) {
            try store.considerationTarget(commentId: scene.long, passage: 3)
        }
        try store.consider(.comment(scene.bench), outcome: .adopted, rationale: "Ja.", expectedVersion: 0)
        #expect(throws: StoreError.notFound(.meeting(77))) {
            try store.agreeConsideration(.comment(scene.bench), meetingId: 77, expectedVersion: 1)
        }
    }

    @Test("The consideration's own rules are typed and name the comment, passage or group: agreed, none yet, already in that state, a passage's section")
    func considerationRefusals() throws {
        let scene = try ConsiderationScene()
        let store = scene.fixture.store("bernd")
        #expect(throws: StoreError.refusal(.noConsiderationYet(.comment(scene.bench)))) {
            try store.agreeConsideration(.comment(scene.bench), expectedVersion: 0)
        }
        try store.consider(.comment(scene.bench), outcome: .adopted, rationale: "Ja.", expectedVersion: 0)
        #expect(throws: StoreError.refusal(.considerationAlready(.comment(scene.bench), .draft))) {
            try store.reopenConsideration(.comment(scene.bench), expectedVersion: 1)
        }
        try store.agreeConsideration(.comment(scene.bench), expectedVersion: 1)
        #expect(throws: StoreError.refusal(.considerationAgreed(.comment(scene.bench)))) {
            try store.consider(.comment(scene.bench), outcome: .noted, rationale: "", expectedVersion: 2)
        }
        let passages = try store.splitIntoParagraphs(scene.long)
        #expect(throws: StoreError.refusal(.passageSectionIsOwn)) {
            try store.consider(.passage(passages[1]), outcome: .noted, rationale: "", sectionId: scene.c2, expectedVersion: 0)
        }
        let group = try store.joinGroup(scene.campaign)
        #expect(throws: StoreError.refusal(.noConsiderationYet(.group(group, comments: scene.campaign)))) {
            try store.agreeConsideration(.group(group), expectedVersion: 0)
        }
        let fresh = try scene.fixture.comment(scene.process, body: "Ein Satz.", minutesAgo: 5, state: .approved)
        #expect(throws: StoreError.refusal(.passages(commentId: fresh, .tooFew))) {
            try store.splitIntoPassages(fresh, [PassageCut(range: PassageRange(start: 0, end: 5))])
        }
    }

    @Test("Writing a consideration someone else wrote first is a typed conflict: who, outcome, version, and the rationale kept as a draft")
    func considerationConflict() throws {
        let scene = try ConsiderationScene()
        try scene.fixture.store("anna").consider(.comment(scene.bench), outcome: .partly, rationale: "Annas", expectedVersion: 0)
        let error = #expect(throws: StoreError.self) {
            try scene.fixture.store("bernd", offset: 60).consider(.comment(scene.bench), outcome: .noted, rationale: "Bernds", expectedVersion: 0)
        }
        #expect(error == .conflict(.considerationWritten(.comment(scene.bench), by: "Anna Beispiel", at: Fixture.now,
                                                         now: Fixture.now.addingTimeInterval(60), outcome: .partly, version: 1,
                                                         draftKept: true)))
        #expect(error?.exitCode == 1)
    }

    @Test("Considering a detected group of a comment in none is typed")
    func detectedGroup() throws {
        let scene = try ConsiderationScene()
        #expect(throws: StoreError.refusal(.notInDetectedGroup(commentId: scene.bench))) {
            try scene.fixture.store("bernd").considerDetectedGroup(ofComment: scene.bench)
        }
    }

    @Test("No file throws free English: no store error, no command's bad-input message and no --map problem is a sentence in a string")
    func noFreeText() throws {
        let sources = Self.sources
        // The free-text cases and helpers that were removed, and the command line's old
        // message-taking failures (`MeetingsCLI.bad` said `.quoted(…)`): each is a typed value now (InputProblem, SampleRefusal,
        // CSVMappingError), worded in German and English where the user reads it.
        let forbidden = ["StoreError.refused(", "StoreError.notFound(\"", "builderFailed", "throw .refused(\"", "badInput(",
                         ".quoted(\"", "CSVMappingError(\""]
        var offenders: [String] = []
        var checked = 0
        let walker = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let parts = url.pathComponents.drop(while: { $0 != "Sources" })
            let text = try String(contentsOf: url, encoding: .utf8)
            checked += 1
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where forbidden.contains(where: line.contains) {
                offenders.append("\(parts.joined(separator: "/")):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        #expect(checked > 200, "only \(checked) Swift files found under \(sources.path)")
        #expect(offenders.isEmpty, "free-text errors: \(offenders.joined(separator: "\n"))")
    }

    @Test("Only the operating system's and SQLite's own reasons are free text in a store error: no case takes a message of ours")
    func freeTextOnlyFromTheSystem() throws {
        let file = Self.sources.appendingPathComponent("ModeratStore/Database/StoreError.swift")
        let text = try String(contentsOf: file, encoding: .utf8)
        var withText: [String] = []
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("case "), let open = trimmed.firstIndex(of: "("), !trimmed.contains("return") else { continue }
            let payload = trimmed[open...]
            // Paths, file names and migration names are names, not messages.
            let strings = payload.components(separatedBy: ",").filter {
                $0.contains("String") && !$0.contains("path: String") && !$0.contains("file: String") && !$0.contains("[String]")
            }
            if !strings.isEmpty { withText.append(String(trimmed[trimmed.index(trimmed.startIndex, offsetBy: 5)..<open])) }
        }
        #expect(withText.sorted() == ["cannotCreate", "invalid", "io"], "cases carrying text: \(withText)")
        #expect(text.contains("case invalid(String, line: Int, InputProblem)"))
    }

    @Test("io and cannotCreate carry only the system's text: every construction's reason (and every FileProblem's system text) is no sentence of ours")
    func ioReasonsComeFromTheSystem() throws {
        var offenders: [String] = []
        var checked = 0
        let walker = FileManager.default.enumerator(at: Self.sources, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let file = url.pathComponents.drop(while: { $0 != "Sources" }).joined(separator: "/")
            let text = try String(contentsOf: url, encoding: .utf8)
            for call in Self.calls(in: text, to: [".io(path:", ".cannotCreate(path:", ".file(path:"]) {
                checked += 1
                for label in ["reason:", "system:"] {
                    guard let start = call.range(of: label) else { continue }
                    let words = Self.literalText(call[start.upperBound...])
                    if words.contains(where: \.isLetter) { offenders.append("\(file): \(words)") }
                }
            }
        }
        #expect(checked > 20, "only \(checked) constructions found under \(Self.sources.path)")
        // The check itself tells a sentence of ours from the system's text.
        let ours = Self.calls(in: #"throw StoreError.io(path: path, reason: "cannot read the \(kind) file")"#, to: [".io(path:"])
        #expect(ours.map { Self.literalText($0) } == ["cannot read the  file"])
        let system = Self.calls(in: #"throw StoreError.io(path: path, reason: error.message ?? "\(error)")"#, to: [".io(path:"])
        #expect(system.map { Self.literalText($0) } == [""])
        #expect(offenders.isEmpty, "our own sentences as a system reason: \(offenders.joined(separator: "\n"))")
    }

    @Test("A FileProblem's text is the system's (labelled system:) or a name: a folder, a command to rerun")
    func fileProblemTextIsTheSystems() throws {
        let text = try String(contentsOf: Self.sources.appendingPathComponent("ModeratStore/Database/FileProblem.swift"), encoding: .utf8)
        var withText: [String] = []
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("case "), let open = trimmed.firstIndex(of: "("), !trimmed.contains("return") else { continue }
            let strings = trimmed[open...].components(separatedBy: ",").filter { $0.contains("String") && !$0.contains("system: String") }
            if !strings.isEmpty { withText.append(String(trimmed[trimmed.index(trimmed.startIndex, offsetBy: 5)..<open])) }
        }
        #expect(withText.sorted() == ["cannotCreateDirectory", "erasedNotRebuilt"], "cases carrying text of their own: \(withText)")
    }

    @Test("moderat's own words about a file are typed, with the exit code the free text had: a backup's destination 73, an unreadable file 74")
    func fileProblemsAreTyped() throws {
        let fixture = try Fixture()
        let destination = fixture.directory.appendingPathComponent("schon-da.db").path
        try Data("x".utf8).write(to: URL(fileURLWithPath: destination))
        #expect(throws: StoreError.file(path: destination, .backupExists)) { try fixture.database.backup(to: destination) }
        #expect(StoreError.file(path: "b.db", .backupExists).description
                    == "b.db: cannot create: already exists (use --overwrite to replace it); nothing was changed")
        #expect(StoreError.file(path: "b.db", .backupExists).exitCode == 73)
        #expect(StoreError.file(path: "b.db", .isADirectory).exitCode == 73)
        #expect(StoreError.file(path: "a.csv", .cannotRead).exitCode == 74)
        #expect(StoreError.file(path: "m.db", .writeFailed(system: "disk I/O error")).description == "m.db: nothing was changed: disk I/O error")
    }

    /// The text of each call to one of `names` (from the name to its closing parenthesis).
    static func calls(in text: String, to names: [String]) -> [Substring] {
        var found: [Substring] = []
        for name in names {
            var from = text.startIndex
            while let hit = text.range(of: name, range: from..<text.endIndex) {
                var depth = 0, end = hit.lowerBound
                for index in text[hit.lowerBound...].indices {
                    if text[index] == "(" { depth += 1 }
                    if text[index] == ")" { depth -= 1; if depth == 0 { end = index; break } }
                }
                found.append(text[hit.lowerBound...end])
                from = hit.upperBound
            }
        }
        return found
    }

    /// What the string literals in `code` say, interpolations left out: "" for
    /// `error.message ?? "\(error)"`, "cannot read" for `"cannot read"`.
    static func literalText(_ code: Substring) -> String {
        let characters = Array(code)
        var said = "", inString = false, index = 0
        while index < characters.count {
            let character = characters[index]
            if inString, character == "\\", index + 1 < characters.count, characters[index + 1] == "(" {
                var depth = 1
                index += 2
                while index < characters.count, depth > 0 {
                    if characters[index] == "(" { depth += 1 }
                    if characters[index] == ")" { depth -= 1 }
                    index += 1
                }
                continue
            }
            if inString, character == "\\" {
                index += 2
                continue
            }
            if character == "\"" { inString.toggle() } else if inString { said.append(character) }
            index += 1
        }
        return said
    }

    @Test("Bad input is typed: the option or file, the line and the problem; said in the store's English with exit 65")
    func invalidIsTyped() throws {
        let fixture = try Fixture()
        let error = #expect(throws: StoreError.self) { try fixture.store().purgeRejected(olderThanDays: -3) }
        #expect(error == .invalid("--rejected-older-than", line: 0, .negativeDays(-3)))
        #expect(error?.description == "--rejected-older-than: -3: give a number of days, 0 or more")
        #expect(error?.exitCode == 65)
        #expect(StoreError.invalid("a.csv", line: 4, .notUTF8).description == "a.csv:4: not valid UTF-8 text (save the file as UTF-8)")
    }

    @Test("The command line's own option checks are typed (OptionProblem), so they speak the user's language; only --lang's, which UsageError words, is ArgumentParser's ValidationError")
    func optionChecksAreTyped() throws {
        var offenders: [String] = []
        let walker = FileManager.default.enumerator(at: Self.sources.appendingPathComponent("moderat"), includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard url.pathExtension == "swift", url.lastPathComponent != "OptionProblem.swift" else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            for line in text.split(separator: "\n") where line.contains("ValidationError(\"") && !line.contains("--lang must be de or en") {
                offenders.append("\(url.lastPathComponent): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        #expect(offenders.isEmpty, "English usage text of our own: \(offenders.joined(separator: "\n"))")
    }

    static var sources: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
    }
}
