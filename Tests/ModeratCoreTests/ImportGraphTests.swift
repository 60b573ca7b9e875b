import Foundation
import Testing

/// The layering of docs/ARCHITECTURE.md, checked on the source: every `import` of one of our
/// modules must be on its target's allowed list, so an arrow pointing up fails here before a
/// reviewer has to notice it.
@Suite("import graph")
struct ImportGraphTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Our modules (the folders under Sources/, with the executables' module names) and which
    /// of them each may import. A new target must be added here on purpose.
    static let allowed: [String: Set<String>] = [
        "ModeratCore": [],
        "TerminalKit": ["CNcursesw"],
        "ModeratStore": ["ModeratCore"],
        "ModeratSamples": ["ModeratCore", "ModeratStore"],
        "ModeratApp": ["ModeratCore", "ModeratStore", "TerminalKit"],
        "moderat": ["ModeratApp", "ModeratSamples", "ModeratStore", "ModeratCore", "TerminalKit"],
        "moderat-fuzz": ["ModeratStore", "ModeratCore", "TerminalKit", "CLibFuzzer"],
        "CNcursesw": [],
        "CLibFuzzer": [],
    ]

    /// The module name a folder's target compiles to (a dash becomes an underscore).
    static func moduleName(_ folder: String) -> String { folder.replacingOccurrences(of: "-", with: "_") }

    static func targetFolders() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Sources").path)
            .filter { !$0.hasPrefix(".") }.sorted()
    }

    /// (file, imported module) for every import line of a target's Swift files.
    static func imports(of folder: String) -> [(file: String, module: String)] {
        let base = root.appendingPathComponent("Sources").appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { return [] }
        var found: [(String, String)] = []
        for case let url as URL in walker where url.pathExtension == "swift" {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
                if let module = importedModule(String(line)) {
                    found.append((url.path.replacingOccurrences(of: root.path + "/", with: ""), module))
                }
            }
        }
        return found
    }

    /// The module of an import line (`import X`, `@testable import X`, `import struct X.Y`,
    /// `@_exported import X`), or nil for any other line.
    static func importedModule(_ line: String) -> String? {
        var words = line.trimmingCharacters(in: .whitespaces).split(separator: " ").map(String.init)
        while let first = words.first, first.hasPrefix("@") || ["public", "internal", "package", "private", "fileprivate"].contains(first) {
            words.removeFirst()
        }
        guard words.first == "import", words.count >= 2 else { return nil }
        let kinds: Set<String> = ["struct", "class", "enum", "protocol", "func", "var", "let", "typealias"]
        let path = kinds.contains(words[1]) && words.count >= 3 ? words[2] : words[1]
        return path.split(separator: ".").first.map(String.init)
    }

    @Test("every folder under Sources/ has its place in the layering")
    func everyTargetIsKnown() throws {
        for folder in try Self.targetFolders() {
            #expect(Self.allowed[folder] != nil, "Sources/\(folder) is a new target: add it to ImportGraphTests.allowed and docs/ARCHITECTURE.md")
        }
    }

    @Test("no import points up: Core imports nothing of ours, TerminalKit no Moderat*, the store no TerminalKit, nobody the executables")
    func noArrowUp() throws {
        let ours = Set(try Self.targetFolders().map(Self.moduleName))
        var checked = 0
        for folder in try Self.targetFolders() {
            let allowed = Set((Self.allowed[folder] ?? []).map(Self.moduleName))
            for (file, module) in Self.imports(of: folder) where ours.contains(module) {
                checked += 1
                #expect(allowed.contains(module), "\(file) imports \(module), which \(folder) may not import")
            }
        }
        // The walk found the imports it is meant to judge (a wrong root would pass silently).
        #expect(checked > 100, "only \(checked) imports of our modules found under \(Self.root.path)/Sources")
    }

    @Test("an import line is read the way Swift reads it")
    func importLines() {
        #expect(Self.importedModule("import ModeratCore") == "ModeratCore")
        #expect(Self.importedModule("@testable import ModeratApp") == "ModeratApp")
        #expect(Self.importedModule("import struct GRDB.Row") == "GRDB")
        #expect(Self.importedModule("  @_exported import TerminalKit") == "TerminalKit")
        #expect(Self.importedModule("// import ModeratApp") == nil)
        #expect(Self.importedModule("let importer = 1") == nil)
    }
}
