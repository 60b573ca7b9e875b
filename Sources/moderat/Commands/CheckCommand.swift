import ArgumentParser
import Foundation
import ModeratStore

/// `moderat check`: integrity check, schema version and row counts.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the database: integrity, foreign keys, schema version, row counts.",
        discussion: "Reads only. A damaged file is explained (what is wrong, how to restore it) and exits 74."
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("audit-head"),
            help: ArgumentHelp("An audit head noted from an earlier check (ID:HASH): that event must still carry that hash.",
                               valueName: "id:hash"))
    var auditHead: String?

    func validate() throws {
        if let auditHead, AuditVerification.NotedHead(auditHead) == nil {
            throw OptionProblem.auditHead(auditHead).usageError
        }
    }

    func run() throws {
        try runReporting(global) {
            let context = try CommandContext(global)
            let report: CheckReport
            do {
                try DatabaseFileCheck.verify(context.databasePath, account: context.account, creating: false)
            } catch let failure as CommandFailure where failure.code == 74 {
                say(["integrity: \(failure.text.words(.en))", "result: PROBLEMS FOUND"].joined(separator: "\n"))
                throw failure
            }
            do {
                report = try ModeratDatabase.open(path: context.databasePath, readOnly: true)
                    .check(notedHead: auditHead.flatMap(AuditVerification.NotedHead.init))
            } catch StoreError.notADatabase(let path, let damage) {
                // Too damaged to open or to read through: say so in the report's own words.
                say((["integrity: \(damage)", "result: PROBLEMS FOUND", ""] + CheckReport.restoreAdvice(path: path))
                    .joined(separator: "\n"))
                throw CommandFailure(.checkFailed(path: path, damage: damage), code: 74)
            } catch let error as StoreError {
                throw CommandFailure(error)
            }
            say(report.text)
            if !report.isOK {
                throw CommandFailure(.checkFailed(path: context.databasePath, damage: nil), code: 74)
            }
        }
    }
}
