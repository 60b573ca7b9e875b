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
            """, file: "config.yaml")
        #expect(config.database == "~/moderation/leitlinien.db")
        #expect(config.theme == "high-contrast")
        #expect(config.language == .en)
        #expect(config.mouse == false)
        #expect(config.unknownAccounts == .refuse)
        #expect(config.reasons.map(\.code) == ["off-topic"])
        #expect(config.reasons.first?.labelDE == "Kein Bezug")
    }

    @Test("a broken config names the file, the line and what is wrong", arguments: [
        ("theme: default\nlanguage: fr\n", 2, "language: 'fr' is not one of de, en"),
        ("theme: default\n\ncolour: blue\n", 3, "unknown setting 'colour'"),
        ("mouse: perhaps\n", 1, "mouse: expected true or false"),
        ("reasons:\n  - code: spam\n    de: Werbung\n", 2, "reasons: entry is missing 'en'"),
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
