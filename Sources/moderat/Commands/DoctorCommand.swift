import ArgumentParser
import Foundation
import ModeratApp
import ModeratStore

/// `moderat doctor`: says in plain words what is wrong with an installation's permissions,
/// the setgid bit, the group, the shared databases and their accounts.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the installation: the setgid bit, the group moderat, /var/lib/moderat and its databases, accounts.",
        discussion: "Prints one line per finding (ok: or problem:, with what to do) and exits 1 when there is a problem."
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try runReporting(global) {
            let findings = ServerDoctor().findings()
            findings.forEach { say($0.line) }
            let problems = findings.filter { !$0.isOK }.count
            say(problems == 0 ? "result: everything is in order" : "result: \(problems) problem\(problems == 1 ? "" : "s") found")
            if problems > 0 { throw ExitCode(1) }
        }
    }
}
