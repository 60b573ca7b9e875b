import Testing
@testable import ModeratStore

@Suite("Creation times as import files write them")
struct ImportTimestampTests {
    @Test("Accepted forms become UTC", arguments: [
        ("2024-05-13T10:21:07+02:00", "2024-05-13T08:21:07Z"),
        ("2024-05-13T10:21:07.123+02:00", "2024-05-13T08:21:07Z"),
        ("2024-05-13 10:21:07 +0200", "2024-05-13T08:21:07Z"),
        ("2024-12-31T23:30:00Z", "2024-12-31T23:30:00Z"),
        ("13.05.2024 10:21", "2024-05-13T08:21:00Z"),
        ("13/01/2024 10:21", "2024-01-13T09:21:00Z"),
        ("1.2.2024", "2024-01-31T23:00:00Z"),
        ("2024-05-13T10:21:07", "2024-05-13T08:21:07Z"),
    ])
    func accepted(text: String, stored: String) {
        #expect(ImportTimestamp.stored(text) == stored)
    }

    @Test("Anything else is refused", arguments: ["gestern", "31.02.2024 10:00", "2024-13-01T00:00:00Z", "13.05.24", ""])
    func refused(text: String) {
        #expect(ImportTimestamp.stored(text) == nil)
    }
}
