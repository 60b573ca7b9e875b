import Foundation
import Testing
@testable import ModeratApp

/// The config file: where the database is, theme, language, reason codes; mistakes name the line.
@Suite("Config stories") struct ConfigStoriesTests {
    @Test("a complete config is read, reason codes included")
    func readsEverySetting() throws {
        let config = try ConfigLoader.parse("""
            database: ~/moderation/leitlinien.db
            theme: high-contrast
            language: en
            mouse: false
            unknown_accounts: refuse
            reasons:
              - code: off-topic
                de: Kein Bezug
                en: Off-topic
            """, file: "/etc/moderat/config.yaml", scope: .system)
        #expect(config.database == "~/moderation/leitlinien.db")
        #expect(config.theme == "high-contrast")
        #expect(config.language == .en)
        #expect(config.mouse == false)
        #expect(config.unknownAccounts == .refuse)
        #expect(config.reasons.map(\.code) == ["off-topic"])
        #expect(config.reasons.first?.labelDE == "Kein Bezug")
    }

    @Test("a person's own config cannot set shared settings: reasons and unknown_accounts are ignored with a warning naming the line")
    func personalConfigHoldsPreferencesOnly() throws {
        let config = try ConfigLoader.parse("""
            theme: light
            unknown_accounts: read-only
            reasons:
              - code: spam
                de: Alles prima
                en: All fine
            """, file: "/home/dkoenig/.config/moderat/config.yaml")
        #expect(config.theme == "light")
        #expect(config.reasons.isEmpty && config.unknownAccounts == .readOnly)
        #expect(config.warnings.map(\.description) == [
            "/home/dkoenig/.config/moderat/config.yaml:2: unknown_accounts is a shared setting; it is read only from the system-wide /etc/moderat/config.yaml, so it was ignored here",
            "/home/dkoenig/.config/moderat/config.yaml:3: reasons is a shared setting; it is read only from the system-wide /etc/moderat/config.yaml, so it was ignored here",
        ])
    }

    @Test("shared settings come from the system file, preferences from the person's own over the system's defaults")
    func systemAndPersonalMerge() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cfg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("moderat"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let system = dir.appendingPathComponent("system.yaml")
        try Data("unknown_accounts: refuse\ntheme: light\nmouse: false\n".utf8).write(to: system)
        try Data("unknown_accounts: read-only\ntheme: monochrome\n".utf8).write(to: dir.appendingPathComponent("moderat/config.yaml"))
        let config = try ConfigSources.load(paths: Paths(environment: ["XDG_CONFIG_HOME": dir.path, "HOME": dir.path]), systemPath: system.path)
        #expect(config.unknownAccounts == .refuse)
        #expect(config.theme == "monochrome" && config.mouse == false)
        #expect(config.warnings.count == 1)
    }

    @Test("MODERAT_SYSTEM_CONFIG is only for real root; anyone else reads /etc/moderat/config.yaml")
    func systemConfigOverride() {
        let environment = ["MODERAT_SYSTEM_CONFIG": "/tmp/mine.yaml"]
        let expected = AccountOverride.isAllowed(ProcessIdentity.observed(environment: environment)) ? "/tmp/mine.yaml" : "/etc/moderat/config.yaml"
        #expect(ConfigSources.systemPath(environment: environment) == expected)
        #expect(ConfigSources.systemPath(environment: ["MODERAT_SYSTEM_CONFIG": "/tmp/mine.yaml", "FAKEROOTKEY": "1"]) == "/etc/moderat/config.yaml")
    }

    @Test("a reason without its English label in the system file names the line")
    func brokenSystemReasons() {
        let error = #expect(throws: ConfigError.self) {
            try ConfigLoader.parse("reasons:\n  - code: spam\n    de: Werbung\n", file: "/etc/moderat/config.yaml", scope: .system)
        }
        #expect(error?.description == "/etc/moderat/config.yaml:2: reasons: entry is missing 'en'")
    }

    @Test("a config of 8,000 nested brackets is refused with its line, not a crash")
    func deepNesting() {
        for text in ["theme: " + String(repeating: "[", count: 8000), "a:\n" + String(repeating: "- ", count: 8000) + "x"] {
            let error = #expect(throws: ConfigError.self) { try ConfigLoader.parse(text, file: "c.yaml") }
            #expect(error?.description.contains("nested more than 64 levels deep") == true, "\(error?.description ?? "")")
        }
    }

    @Test("a broken config names the file, the line and what is wrong", arguments: [
        ("theme: default\nlanguage: fr\n", 2, "language: 'fr' is not one of de, en"),
        ("theme: default\n\ncolour: blue\n", 3, "unknown setting 'colour'"),
        ("mouse: perhaps\n", 1, "mouse: expected true or false"),
        ("theme: [unclosed\nlanguage: de\n", 2, "not valid YAML"),
    ])
    func brokenConfigNamesTheLine(text: String, line: Int, reason: String) {
        let error = #expect(throws: ConfigError.self) { try ConfigLoader.parse(text, file: "/home/anna/.config/moderat/config.yaml") }
        #expect(error?.line == line)
        #expect(error?.description.hasPrefix("/home/anna/.config/moderat/config.yaml:\(line): ") == true)
        #expect(error?.description.contains(reason) == true, "\(error?.description ?? "")")
    }

    @Test("the database comes from --db, then MODERAT_DB, then the config, then XDG_DATA_HOME")
    func databaseLookupOrder() {
        var config = Config()
        let env = ["HOME": "/home/anna", "XDG_DATA_HOME": "/data"]
        #expect(Paths(environment: env).database(flag: nil, config: config) == "/data/moderat/moderat.db")
        #expect(Paths(environment: ["HOME": "/home/anna"]).database(flag: nil, config: config) == "/home/anna/.local/share/moderat/moderat.db")
        config.database = "~/m.db"
        #expect(Paths(environment: env).database(flag: nil, config: config) == "/home/anna/m.db")
        #expect(Paths(environment: env.merging(["MODERAT_DB": "/srv/m.db"]) { $1 }).database(flag: nil, config: config) == "/srv/m.db")
        #expect(Paths(environment: env.merging(["MODERAT_DB": "/srv/m.db"]) { $1 }).database(flag: "/tmp/x.db", config: config) == "/tmp/x.db")
    }

    @Test("the UI language follows --lang, then config, then LANG; German when nothing says otherwise")
    func languageResolution() {
        #expect(Language.resolve(flag: "en", config: .de, environment: ["LANG": "de_DE.UTF-8"]) == .en)
        #expect(Language.resolve(flag: nil, config: .en, environment: ["LANG": "de_DE.UTF-8"]) == .en)
        #expect(Language.resolve(flag: nil, config: nil, environment: ["LANG": "en_GB.UTF-8"]) == .en)
        #expect(Language.resolve(flag: nil, config: nil, environment: ["LC_MESSAGES": "de_AT.UTF-8", "LANG": "en_US.UTF-8"]) == .de)
        #expect(Language.resolve(flag: nil, config: nil, environment: ["LANG": "C.UTF-8"]) == .de)
    }
}
