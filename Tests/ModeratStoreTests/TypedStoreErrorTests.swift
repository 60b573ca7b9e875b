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
        #expect(withText.sorted() == ["cannotCreate", "invalid", "io", "notADatabase"], "cases carrying text: \(withText)")
        #expect(text.contains("case invalid(String, line: Int, InputProblem)"))
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

    static var sources: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
    }
}
