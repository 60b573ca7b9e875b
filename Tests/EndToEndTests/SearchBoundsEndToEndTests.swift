import Foundation
import Testing

/// `moderat queue --search` on the demo database: the 200-term query of issue 16 is answered,
/// and a query over the bounds is refused in the user's language (exit 65), each in less than
/// a second of CPU (the query took 10 s at full CPU before). CPU time, because the suite runs
/// many programs at once on a shared machine: a wall-clock second there measures the load.
@Suite("Search bounds on the command line", .serialized, .beyondSmokeSet)
struct SearchBoundsEndToEndTests {
    /// `d di die b be` forty times: 200 terms as typed, the search `die be` once dropped.
    static let twoHundredTerms = Array(repeating: "d di die b be", count: 40).joined(separator: " ")

    @Test("the 200-term query returns the matches of `die be` in less than a second of CPU")
    func twoHundredTermsAnswered() async throws {
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        let result = try await Self.timed(
            database: db, ["queue", "--state", "all", "--format", "csv", "--search", Self.twoHundredTerms], workspace)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let twoWords = try await ModeratLaunch.run(
            database: db, arguments: ["queue", "--state", "all", "--format", "csv", "--search", "die be"],
            environment: ["MODERAT_ACCOUNT": "amueller"], workspace: workspace)
        // The same rows as the two words that remain, and some at all (a header line alone
        // would pass the comparison).
        #expect(result.stdout == twoWords.stdout)
        #expect(result.stdout.split(separator: "\n").count > 1)
        #expect(result.cpuSeconds < 1, "took \(result.cpuSeconds) s of CPU")
    }

    @Test("a short --limit is answered from the search's first page: the same rows as the full listing's first ones, in either order")
    func shortLimitSameRows() async throws {
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        for order in [[], ["--newest"]] {
            let all = try await ModeratLaunch.run(
                database: db, arguments: ["queue", "--state", "all", "--format", "csv", "--search", "die be"] + order,
                environment: ["MODERAT_ACCOUNT": "amueller"], workspace: workspace)
            let five = try await ModeratLaunch.run(
                database: db,
                arguments: ["queue", "--state", "all", "--format", "csv", "--search", "die be", "--limit", "5"] + order,
                environment: ["MODERAT_ACCOUNT": "amueller"], workspace: workspace)
            #expect(five.status == 0, "\(five.stderr)")
            // The header and five rows (a body may span lines), the start of the full listing,
            // which has more.
            #expect(five.stdout.split(separator: "\n").count >= 6)
            #expect(all.stdout.hasPrefix(five.stdout))
            #expect(all.stdout.count > five.stdout.count)
        }
    }

    @Test("two hundred different words are refused with exit 65, in the language asked for, in less than a second of CPU",
          arguments: [
              ("en", "moderat: --search: Too many search words: 200 different ones, at most 8 are allowed "
                  + "(repeated words and beginnings of other words count once)\n"),
              ("de", "moderat: --search: Zu viele Suchwörter: 200 verschiedene, höchstens 8 sind erlaubt "
                  + "(wiederholte Wörter und Wortanfänge anderer Wörter zählen einmal)\n"),
          ])
    func twoHundredWordsRefused(lang: String, says: String) async throws {
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        // aa ab … hr: 200 two-letter words, none begins another, so all count (599 characters,
        // under the length bound).
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let words = (0..<200).map { String([letters[$0 / 26], letters[$0 % 26]]) }.joined(separator: " ")
        let result = try await Self.timed(database: db, ["queue", "--search", words, "--lang", lang], workspace)
        #expect(result.status == 65)
        #expect(result.stderr == says)
        #expect(result.stdout.isEmpty)
        #expect(result.cpuSeconds < 1, "took \(result.cpuSeconds) s of CPU")
    }

    /// moderat's exit status and output, and the CPU seconds (user and system) it used: the
    /// shell that runs it reports its children's times on stderr after it (`times`), and
    /// those two lines are taken off again. A hang still ends at the runner's timeout.
    static func timed(database: URL, _ arguments: [String], _ workspace: TempWorkspace) async throws
        -> (status: Int32, stdout: String, stderr: String, cpuSeconds: Double) {
        let moderat = try await ModeratLaunch.argv(database: database, arguments: arguments)
        let result = try await ProcessRunner.run(
            ["/bin/sh", "-c", #""$@"; status=$?; times >&2; exit $status"#, "sh"] + moderat,
            environment: TerminalEnvironment.make(workspace: workspace, term: "dumb", extra: ["MODERAT_ACCOUNT": "amueller"]),
            currentDirectory: workspace.root, timeout: .seconds(30))
        var lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        // "…\n<shell user> <shell system>\n<children user> <children system>\n"
        guard lines.count >= 3, lines.removeLast().isEmpty else {
            throw E2EError("no times after moderat: \(result.stderr)")
        }
        let children = lines.removeLast()
        lines.removeLast()
        let seconds = children.split(separator: " ").map { field -> Double in
            // "0m0.123456s"
            let parts = field.dropLast().split(separator: "m")
            return (Double(parts.first ?? "") ?? .infinity) * 60 + (Double(parts.last ?? "") ?? .infinity)
        }
        let stderr = lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
        return (result.status, result.stdout, stderr, seconds.reduce(0, +))
    }
}
