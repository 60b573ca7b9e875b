import Foundation

/// A copy of the demo database in a workspace of its own, and `moderat` commands run on it as
/// the secretary Claudia Weber (`cweber`) in German: the set-up of the minutes' command-line stories.
struct SecretaryOnDemo {
    let workspace: TempWorkspace
    let database: URL

    init() async throws {
        workspace = try TempWorkspace()
        database = try await DemoDatabase.copy(into: workspace)
    }

    /// One command to completion, as the secretary.
    func run(_ arguments: [String]) async throws -> CommandResult {
        try await ModeratLaunch.run(database: database, arguments: arguments,
                                    environment: ["MODERAT_ACCOUNT": "cweber", "LANG": "de_DE.UTF-8"], workspace: workspace)
    }

    /// `meetings add` of the "12. Sitzung des Beteiligungsbeirats" on 10.12.2099 in "Rathaus,
    /// Saal 2" with `more` options; its id (the command's whole output).
    func addMeeting(_ more: [String] = []) async throws -> (result: CommandResult, id: String) {
        let added = try await run(["meetings", "add", "--board", "beirat", "--title", "12. Sitzung des Beteiligungsbeirats",
                                   "--date", "2099-12-10", "--place", "Rathaus, Saal 2"] + more)
        return (added, added.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
