import Testing
@testable import ModeratApp

/// What the `:` command line makes of what a user types. Written against the parser's
/// contract (screens by name, unique prefixes, filters pass their argument through), so new
/// commands do not break it.
@Suite("the : command line parser")
struct CommandLineParserTests {
    @Test("every screen opens by its name", arguments: ScreenID.allCases)
    func screens(_ screen: ScreenID) {
        #expect(CommandLineParser.parse(screen.commandName) == .screen(screen))
        #expect(CommandLineParser.parse(screen.commandName.uppercased()) == .screen(screen))
    }

    @Test("a unique prefix is enough, as in vi")
    func prefixes() {
        #expect(CommandLineParser.parse("que") == .screen(.queue))
        #expect(CommandLineParser.parse("dash") == .screen(.dashboard))
        #expect(CommandLineParser.parse("quit") == .quit)
    }

    @Test("q alone quits, help helps, search takes the rest of the line as its term")
    func fixedCommands() {
        #expect(CommandLineParser.parse("q") == .quit)
        #expect(CommandLineParser.parse("help") == .help)
        #expect(CommandLineParser.parse("search Straße Radweg") == .search("Straße Radweg"))
    }

    @Test("a queue filter keeps its argument as typed")
    func filters() {
        #expect(CommandLineParser.parse("state pending,held") == .filter(name: "state", argument: "pending,held"))
        #expect(CommandLineParser.parse("section C1") == .filter(name: "section", argument: "C1"))
        #expect(CommandLineParser.parse("reset") == .filter(name: "reset", argument: ""))
        #expect(CommandLineParser.parse("author Jürgen H.") == .filter(name: "author", argument: "Jürgen H."))
    }

    @Test("what is not a command comes back whole, so the message can quote it")
    func unknown() {
        #expect(CommandLineParser.parse("frobnicate now") == .unknown("frobnicate now"))
        #expect(CommandLineParser.parse("") == .unknown(""))
    }

    @Test("an ambiguous prefix is not guessed")
    func ambiguous() {
        let shared = CommandLineParser.names.filter { $0.hasPrefix("s") }
        #expect(shared.count > 1)
        #expect(CommandLineParser.parse("s") == .unknown("s"))
    }

    @Test("Tab completes a unique name with a space and a shared prefix as far as it goes")
    func completion() {
        #expect(CommandLineParser.complete("dash") == "dashboard ")
        #expect(CommandLineParser.complete("zzz") == "zzz")
        #expect(CommandLineParser.complete("state pe") == "state pe")
        let completed = CommandLineParser.complete("s")
        #expect(completed.hasPrefix("s") && !completed.hasSuffix(" "))
        #expect(CommandLineParser.names.filter { $0.hasPrefix("s") }.allSatisfy { $0.hasPrefix(completed) })
    }
}
