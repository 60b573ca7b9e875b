import Foundation
import ModeratStore
import Testing

extension StoreError {
    /// The case's name ("refusal", "invalid", …), so a test can name the case it expects
    /// without spelling out every associated value.
    var caseName: String {
        Mirror(reflecting: self).children.first?.label ?? String(describing: self)
    }
}

/// Runs `body` and checks that it throws the store error of case `caseName` whose message
/// contains `words`; any other error, case or message fails the test. Returns the error.
@discardableResult
func expectStoreError(_ caseName: String, containing words: String = "", sourceLocation: SourceLocation = #_sourceLocation,
                      _ body: () throws -> Void) -> StoreError? {
    let error = #expect(throws: StoreError.self, sourceLocation: sourceLocation) { try body() }
    guard let error else { return nil }
    #expect(error.caseName == caseName, "expected StoreError.\(caseName), got \(error.caseName): \(error)", sourceLocation: sourceLocation)
    #expect(words.isEmpty || error.description.contains(words), "\"\(error)\" does not say \"\(words)\"", sourceLocation: sourceLocation)
    return error
}
