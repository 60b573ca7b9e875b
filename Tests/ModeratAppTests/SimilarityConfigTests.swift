import Foundation
import Testing
@testable import ModeratApp

/// The thresholds of campaign and wave detection come from the config; mistakes name the line.
@Suite("Similarity config") struct SimilarityConfigTests {
    @Test("similarity: sets the thresholds; what it leaves out keeps its default")
    func readsThresholds() throws {
        let config = try ConfigLoader.parse("""
            theme: default
            similarity:
              near_identical: 0.75
              burst_comments: 4
              burst_minutes: 5
            """, file: "config.yaml")
        #expect(config.similarity.nearIdentical == 0.75)
        #expect(config.similarity.burstComments == 4)
        #expect(config.similarity.burstMinutes == 5)
        #expect(config.similarity.newAccounts == 5)
        #expect(config.similarity.campaignAuthors == 3)
    }

    @Test("a wrong threshold names the line and the setting", arguments: [
        ("similarity:\n  near_identical: 2\n", 2, "similarity.near_identical: expected a number above 0 and at most 1, got '2'"),
        ("similarity:\n  burst_minutes: 0\n", 2, "similarity.burst_minutes: expected a whole number of at least 1, got '0'"),
        ("theme: default\nsimilarity:\n  speed: 3\n", 3, "similarity: unknown setting 'speed'"),
    ])
    func brokenThreshold(text: String, line: Int, reason: String) {
        let error = #expect(throws: ConfigError.self) { try ConfigLoader.parse(text, file: "config.yaml") }
        #expect(error?.line == line)
        #expect(error?.description.contains(reason) == true, "\(error?.description ?? "")")
    }
}
