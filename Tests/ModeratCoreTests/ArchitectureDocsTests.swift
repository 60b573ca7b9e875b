import Foundation
import Testing

/// docs/ARCHITECTURE.md and CONTRIBUTING.md name targets, folders and files; when the code
/// moves, these tests say which sentence went stale.
@Suite("architecture docs")
struct ArchitectureDocsTests {
    static let root = ImportGraphTests.root
    static let documents = ["docs/ARCHITECTURE.md", "CONTRIBUTING.md"]
    /// Names the recipes invent for their example (a Notes screen, migration 006).
    static let examples = ["Notes", "MigrationNNN", "Migration006"]

    static func text(_ document: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(document), encoding: .utf8)
    }

    /// Everything between backquotes outside fenced code blocks.
    static func quoted(_ markdown: String) -> [String] {
        var inFence = false
        var found: [String] = []
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("```") { inFence.toggle(); continue }
            guard !inFence else { continue }
            let parts = line.split(separator: "`", omittingEmptySubsequences: false)
            for index in stride(from: 1, to: parts.count, by: 2) { found.append(String(parts[index])) }
        }
        return found
    }

    /// The team's design notes, which live outside this repository (ARCHITECTURE says so).
    static let outside = ["DESIGN.md"]
    /// The repository's top-level folders a path may start with.
    static let roots = ["Sources/", "Tests/", "docs/", ".ci/", "scripts/", "Plugins/", "themes/"]

    /// The quoted words that are paths: under a top-level folder, a folder named with a
    /// trailing slash (`Support/`), a top-level folder itself, a Swift file or a Markdown page.
    static func paths(_ markdown: String) -> [String] {
        quoted(markdown).filter { word in
            !word.contains(" ") && !word.contains("*") && !word.contains("<") && !examples.contains(where: word.contains)
                && !outside.contains(word)
                && (word.hasSuffix(".swift") || word.hasSuffix(".md") || word.hasSuffix("/")
                    || roots.contains(where: word.hasPrefix) || roots.contains(word + "/"))
        }
    }

    static let allFiles: [String] = {
        var files: [String] = []
        for top in ["Sources", "Tests"] {
            let base = root.appendingPathComponent(top)
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker { files.append(url.path.replacingOccurrences(of: root.path + "/", with: "")) }
        }
        return files
    }()

    /// A path from the repository's root must exist; a shorter one (`Shell/App.swift`,
    /// `RosterKeys.swift`) must be the end of some file's path.
    static func exists(_ named: String) -> Bool {
        let path = named.hasSuffix("/") ? String(named.dropLast()) : named
        if FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path) { return true }
        guard !roots.contains(where: path.hasPrefix) else { return false }
        return allFiles.contains { $0.hasSuffix("/" + path) }
    }

    @Test("the path filter takes folders too: a trailing slash, scripts/ and Plugins/, a top-level folder; not the design notes")
    func folderNamesAreChecked() {
        let words = Self.paths("`Support/` `scripts/build-deb` `Plugins/BuildCommit` `themes` `CONTRIBUTING.md` `DESIGN.md` `swift test` `<!-- /keys:en -->`")
        #expect(words == ["Support/", "scripts/build-deb", "Plugins/BuildCommit", "themes", "CONTRIBUTING.md"])
        #expect(Self.exists("Support/") && Self.exists("scripts/build-deb") && Self.exists("Plugins/BuildCommit"))
        #expect(!Self.exists("Shelf/") && !Self.exists("scripts/build-rpm"))
    }

    @Test("every file and folder the two documents name exists", arguments: documents)
    func namedPathsExist(_ document: String) throws {
        let paths = Self.paths(try Self.text(document))
        #expect(paths.count > 10, "\(document) names only \(paths.count) paths; is it read from the right place?")
        for path in paths {
            #expect(Self.exists(path), "\(document) names `\(path)`, which is not in the repository")
        }
    }

    @Test("the store's `package` declarations (the demo's and bench's seeding API) are the ones the architecture names")
    func storePackageAPIIsNamed() throws {
        let architecture = try Self.text("docs/ARCHITECTURE.md")
        let store = Self.root.appendingPathComponent("Sources/ModeratStore")
        let walker = try #require(FileManager.default.enumerator(at: store, includingPropertiesForKeys: nil))
        var declaring: [String] = []
        for case let url as URL in walker where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            let declares = text.split(separator: "\n").contains { line in
                line.trimmingCharacters(in: .whitespaces).hasPrefix("package ")
            }
            if declares { declaring.append(url.lastPathComponent) }
        }
        #expect(declaring.count >= 5, "found `package` declarations only in \(declaring)")
        for file in declaring {
            #expect(architecture.contains("`\(file)`"),
                    "Sources/ModeratStore/…/\(file) declares something `package`: name it in docs/ARCHITECTURE.md's seeding API, or keep it internal")
        }
    }

    @Test("every target under Sources/ is in the architecture's table, and every target the table names is there")
    func targetsMatchSources() throws {
        let sourceTargets = Set(try ImportGraphTests.targetFolders().filter { !$0.hasPrefix("C") })
        #expect(sourceTargets.count >= 6, "targets found under Sources/: \(sourceTargets)")
        let architecture = try Self.text("docs/ARCHITECTURE.md")
        let tableTargets = Set(architecture.split(separator: "\n").filter { $0.hasPrefix("| `") }
            .compactMap { $0.split(separator: "`").dropFirst().first.map(String.init) })
        for target in sourceTargets {
            #expect(tableTargets.contains(target), "target \(target) is missing from the table in docs/ARCHITECTURE.md")
        }
        for target in tableTargets {
            #expect(sourceTargets.contains(target), "docs/ARCHITECTURE.md lists target \(target), which is not a folder under Sources/")
        }
    }
}
