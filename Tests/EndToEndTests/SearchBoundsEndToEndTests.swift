import Foundation
import Testing

/// `moderat queue --search` on the demo database: the 200-term query of issue 16 is answered,
/// and a query over the bounds is refused in the user's language (exit 65), each within a
/// second of starting the binary.
@Suite("Search bounds on the command line", .serialized)
struct SearchBoundsEndToEndTests {
    /// `d di die b be` forty times: 200 terms as typed, the search `die be` once dropped.
    static let twoHundredTerms = Array(repeating: "d di die b be", count: 40).joined(separator: " ")

    @Test("the 200-term query returns the matches of `die be` within a second")
    func twoHundredTermsAnswered() async throws {
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        let started = ContinuousClock.now
        let result = try await ModeratLaunch.run(
            database: db, arguments: ["queue", "--state", "all", "--format", "csv", "--search", Self.twoHundredTerms],
            environment: ["MODERAT_ACCOUNT": "amueller"], workspace: workspace)
        let elapsed = ContinuousClock.now - started
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let twoWords = try await ModeratLaunch.run(
            database: db, arguments: ["queue", "--state", "all", "--format", "csv", "--search", "die be"],
            environment: ["MODERAT_ACCOUNT": "amueller"], workspace: workspace)
        // The same rows as the two words that remain, and some at all (a header line alone
        // would pass the comparison).
        #expect(result.stdout == twoWords.stdout)
        #expect(result.stdout.split(separator: "\n").count > 1)
        #expect(elapsed < .seconds(1), "took \(elapsed)")
    }

    @Test("two hundred different words are refused with exit 65, in the language asked for, within a second",
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
        let started = ContinuousClock.now
        let result = try await ModeratLaunch.run(
            database: db, arguments: ["queue", "--search", words, "--lang", lang],
            environment: ["MODERAT_ACCOUNT": "amueller"], workspace: workspace)
        let elapsed = ContinuousClock.now - started
        #expect(result.status == 65)
        #expect(result.stderr == says)
        #expect(result.stdout.isEmpty)
        #expect(elapsed < .seconds(1), "took \(elapsed)")
    }
}
