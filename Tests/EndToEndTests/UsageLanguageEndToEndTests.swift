import Foundation
import Testing

/// ArgumentParser's usage errors (exit 64) follow --lang, config and LANG like every other
/// message: each kind moderat recognises, word for word in German and English, with the help
/// line and the usage line kept (the usage and the options' help texts stay English, as
/// `--help` does; README says so).
@Suite("Usage errors in the user's language")
struct UsageLanguageEndToEndTests {
    static let queue = "moderat queue [--db <path>] [--lang <de|en>] [--theme <name>] [--state <state> ...] [--section <id>] "
        + "[--search <text>] [--newest] [--limit <limit>] [--format <format>]"
    static let tag = "moderat tag [--db <path>] [--lang <de|en>] [--theme <name>] <id> [<section> ...] [--remove <section> ...]"
    static let decide = "moderat decide [--db <path>] [--lang <de|en>] [--theme <name>] <id> <decision> [--reason <code>] [--answer <text>] "
        + "[--note <text>] [--expect-version <n>] [--force]"
    static let root = "moderat [--db <path>] [--lang <de|en>] [--theme <name>] <subcommand>"
    static let minutesExport = "moderat minutes export [--db <path>] [--lang <de|en>] [--theme <name>] <meeting> [--format <md|html|txt|odt>] "
        + "[--public] [--output <path>]"
    static let rosterCheck = "moderat roster check [--db <path>] [--lang <de|en>] [--theme <name>] [--board <slug>] [--on <YYYY-MM-DD>]"

    struct Case: Sendable, CustomStringConvertible {
        let name: String
        let arguments: [String]
        let english: String
        let german: String
        var help: String?
        let usage: String
        let command: String
        var description: String { name }

        var englishText: String {
            "Error: \(english)\n" + (help.map { "Help:  \($0)\n" } ?? "") + "Usage: \(usage)\n  See '\(command) --help' for more information.\n"
        }
        var germanText: String {
            "Fehler: \(german)\n" + (help.map { "Hilfe: \($0)\n" } ?? "") + "Aufruf: \(usage)\n  Mehr mit '\(command) --help' (auf Englisch).\n"
        }
    }

    static let cases: [Case] = [
        Case(name: "unknown option", arguments: ["queue", "--bogus"], english: "Unknown option '--bogus'",
             german: "Unbekannte Option '--bogus'", usage: queue, command: "moderat queue"),
        Case(name: "unknown option with a suggestion", arguments: ["queue", "--limt", "3"],
             english: "Unknown option '--limt'. Did you mean '--limit'?", german: "Unbekannte Option '--limt'. Meinten Sie '--limit'?",
             usage: queue, command: "moderat queue"),
        Case(name: "missing value", arguments: ["queue", "--format"], english: "Missing value for '--format <format>'",
             german: "Für '--format <format>' fehlt der Wert", help: "--format <format>  table, json or csv.", usage: queue, command: "moderat queue"),
        Case(name: "bad value of a list", arguments: ["queue", "--format", "xml"],
             english: "The value 'xml' is invalid for '--format <format>'. Please provide one of 'table', 'json' or 'csv'.",
             german: "Der Wert 'xml' ist für '--format <format>' ungültig. Möglich sind 'table', 'json' oder 'csv'.",
             help: "--format <format>  table, json or csv.", usage: queue, command: "moderat queue"),
        Case(name: "bad number", arguments: ["queue", "--limit", "abc"], english: "The value 'abc' is invalid for '--limit <limit>'",
             german: "Der Wert 'abc' ist für '--limit <limit>' ungültig", help: "--limit <limit>  At most this many comments (default: all).",
             usage: queue, command: "moderat queue"),
        Case(name: "missing argument", arguments: ["tag"], english: "Missing expected argument '<id>'", german: "Es fehlt das Argument '<id>'",
             help: "<id>  The comment's id.", usage: tag, command: "moderat tag"),
        Case(name: "one unexpected argument", arguments: ["queue", "extra"], english: "Unexpected argument 'extra'",
             german: "Unerwartetes Argument 'extra'", usage: queue, command: "moderat queue"),
        Case(name: "two unexpected arguments", arguments: ["queue", "a", "b"], english: "2 unexpected arguments: 'a', 'b'",
             german: "2 unerwartete Argumente: 'a', 'b'", usage: queue, command: "moderat queue"),
        Case(name: "a value to a flag", arguments: ["decide", "1", "approve", "--force=yes"],
             english: "The option '--force' does not take any value, but 'yes' was specified.",
             german: "Die Option '--force' nimmt keinen Wert, angegeben war aber 'yes'.", usage: decide, command: "moderat decide"),
        // The commands' own checks (OptionProblem), under the same labels.
        Case(name: "a number below its minimum", arguments: ["queue", "--limit", "0"], english: "--limit must be at least 1",
             german: "--limit muss mindestens 1 sein", usage: queue, command: "moderat queue"),
        Case(name: "a state that does not exist", arguments: ["queue", "--state", "bogus"],
             english: "--state 'bogus' is not one of pending, approved, rejected, held, all",
             german: "--state 'bogus' ist keiner von pending, approved, rejected, held, all", usage: queue, command: "moderat queue"),
        Case(name: "a format the command does not write", arguments: ["minutes", "export", "1", "--format", "pdf"],
             english: "--format must be md, html, txt or odt, not 'pdf'", german: "--format muss md, html, txt oder odt sein, nicht 'pdf'",
             usage: minutesExport, command: "moderat minutes export"),
        Case(name: "options that exclude each other", arguments: ["consider", "5", "--agree", "--reopen"],
             english: "--agree and --reopen exclude each other", german: "--agree und --reopen schließen einander aus",
             usage: "moderat consider [<options>] [<id>]", command: "moderat consider"),
        Case(name: "a day that is no date", arguments: ["roster", "check", "--on", "31.13.2026"],
             english: "--on '31.13.2026' is not a date (YYYY-MM-DD)", german: "--on '31.13.2026' ist kein Datum (JJJJ-MM-TT)",
             usage: rosterCheck, command: "moderat roster check"),
    ]

    @Test("each kind, exact words and exit 64: English with --lang en over LANG=de_DE, German with --lang de over LANG=en_GB", arguments: cases)
    func bothLanguages(_ c: Case) async throws {
        let workspace = try TempWorkspace()
        let english = try await ModeratLaunch.run(database: nil, arguments: c.arguments + ["--lang", "en"],
                                                  environment: ["LANG": "de_DE.UTF-8"], workspace: workspace)
        #expect(english.status == 64)
        #expect(english.stderr == c.englishText)
        #expect(english.stdout.isEmpty)
        let german = try await ModeratLaunch.run(database: nil, arguments: c.arguments + ["--lang", "de"],
                                                 environment: ["LANG": "en_GB.UTF-8"], workspace: workspace)
        #expect(german.status == 64)
        #expect(german.stderr == c.germanText)
        #expect(german.stdout.isEmpty)
    }

    @Test("without --lang, LANG decides; a --lang moderat does not speak is refused in LANG's language (exit 64)")
    func fromEnvironment() async throws {
        let workspace = try TempWorkspace()
        let unknown = try #require(Self.cases.first)
        let german = try await ModeratLaunch.run(database: nil, arguments: unknown.arguments, environment: ["LANG": "de_DE.UTF-8"], workspace: workspace)
        #expect(german.status == 64)
        #expect(german.stderr == unknown.germanText)
        let english = try await ModeratLaunch.run(database: nil, arguments: unknown.arguments, environment: ["LANG": "en_GB.UTF-8"], workspace: workspace)
        #expect(english.status == 64)
        #expect(english.stderr == unknown.englishText)

        let language = Case(name: "--lang fr", arguments: ["queue", "--lang", "fr"], english: "--lang must be de or en, not 'fr'",
                            german: "--lang muss de oder en sein, nicht 'fr'", usage: Self.root, command: "moderat")
        for (lang, expected) in [("de_DE.UTF-8", language.germanText), ("en_GB.UTF-8", language.englishText)] {
            let result = try await ModeratLaunch.run(database: nil, arguments: language.arguments, environment: ["LANG": lang], workspace: workspace)
            #expect(result.status == 64)
            #expect(result.stderr == expected)
        }
    }
}
