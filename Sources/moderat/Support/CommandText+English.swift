import Foundation
import ModeratApp
import ModeratCore
import ModeratStore

extension CommandText {
    var english: String {
        switch self {
        case .storeError(.decisionRefused(let refusal)): return DecideText.refusal(refusal).words(.en)
        case .storeError(let error): return Localizer(.en)(.storeError(error))
        case .decide(let text): return text.words(.en)
        case .config(let error): return error.words(.en)
        case .terminal(let error): return TerminalText.words(error, .en)
        case .guidelines(let error): return error.description
        case .configWarning(let warning): return warning.description
        case let .demoBuilt(path, summary, seconds):
            return "demo database \(path): \(summary.comments) comments (\(summary.pendingComments) pending), \(summary.processes) processes, "
                + "\(summary.moderators) moderators, \(summary.meetings) meetings in \(String(format: "%.1f", seconds)) s"
        case let .notADemo(path, untouched):
            return "\(path): exists and is not \(untouched ? "an untouched" : "a") demo database; not replacing it "
                + "(choose another --db, or remove the file yourself)"
        case .sampleRefused(let refusal): return refusal.words(.en)
        case let .demoInShared(path, folder): return "\(path): no demo in \(folder); choose another --db"
        case let .lockTimeoutInvalid(raw, max): return "MODERAT_LOCK_TIMEOUT: '\(raw)' is not a number of seconds from 0 to \(max)"
        case let .sidecarsMissing(path, missing):
            return "\(path): its \(missing.joined(separator: " and ")) file is missing; nothing was opened. Ask the administrator to run: sudo moderat doctor"
        case let .createSharedRefused(path, folder):
            return "\(path): only the administrator creates databases in \(folder) (sudo moderat init NAME); nothing was changed"
        case let .accountNotListed(path, account):
            return "\(path): the account '\(account)' is not on moderat's list of users (unknown_accounts: refuse); ask an administrator to add it"
        case .isDirectoryNotDatabase(let path):
            return "\(path): is a directory, not a database file; give the path of a moderat database file with --db"
        case let .mayNotRead(path, account):
            return "\(path): the account '\(account)' may not read this file (permission denied); "
                + "ask whoever keeps the database to give the account access (the moderators' group)"
        case .emptyFile(let path):
            return "\(path): the file is empty (0 bytes), not a moderat database; moderat left it as it was (`moderat init --db \(path)` makes it one)"
        case let .importDiskFull(path, file):
            return "\(path): the disk is full; nothing was changed (the import of \(file) was rolled back). Free some space and run the import again."
        case .noSuchFile(let path): return "\(path): no such file"
        case .imported(let report): return ImportSummary.line(report, .en)
        case .importPreview(let report): return ImportSummary.preview(report, .en)
        case let .importSkipped(path, line, problem): return ImportSummary.skipped(path: path, line: line, problem, .en)
        case .importMap(let error): return "--map: " + Localizer(.en).csvMapping(error)
        case .outputIsDirectory(let path): return "\(path): is a directory; give the name of a file to write"
        case .unknownDocumentFormat(let format): return "unknown document format '\(format)'"
        case .binaryNeedsFile(let format): return "a .\(format) file is binary; write it with -o FILE or redirect standard output"
        case .standardOutput(let reason): return "standard output: \(reason)"
        case let .cannotCreate(path, reason): return "\(path): cannot create" + (reason.map { ": \($0)" } ?? "")
        case let .cannotRead(path, reason): return "\(path): cannot read: \(reason)"
        case let .writeFailed(path, reason): return "\(path ?? "standard output"): \(reason)"
        case let .sharedFile(path, step, reason):
            let what: String
            switch step {
            case .create: what = "cannot create"
            case .chown(let group): what = "cannot give it to root:\(group)"
            case .chmod: what = "cannot set its mode to 0660"
            }
            return "\(path): \(what): \(reason)"
        case .wrote(let path): return "wrote \(path)"
        case let .wroteDecisions(path, count): return "wrote \(path) (\(count) decisions)"
        case let .wroteGuidelines(path, sections, published): return "wrote \(path) (\(sections) sections, \(published) published comments)"
        case let .wroteProjects(path, count): return "wrote \(path) (\(count) projects)"
        case let .wroteSynopsis(path, sections, entries, considered):
            return "wrote \(path) (\(sections) sections, \(entries) comments and passages, \(considered) considered)"
        case let .wroteAbwaegung(path, rows): return "wrote \(path) (\(rows) rows)"
        case let .similarityRebuilt(compared, groups): return "moderat: \(compared) comments compared, \(groups) groups"
        case .projectAdded(let slug): return "added project \(slug)"
        case let .projectChanged(slug, fields): return "changed project \(slug): \(fields.joined(separator: ", "))"
        case let .processLinked(process, project): return "linked process \(process) to project \(project)"
        case .alreadyExists(let path): return "\(path): already exists; nothing was changed"
        case .notADatabaseName(let name): return "'\(name)' is not a database name (letters, digits, - and _ only)"
        case let .onlyRootCreatesShared(path, name): return "\(path): only root creates shared databases (sudo moderat init \(name)); nothing was changed"
        case .noSharedFolder(let folder): return "\(folder): no such folder; install the moderat package first (it creates the folder and the group)"
        case .noGroup(let group): return "there is no group '\(group)'; install the moderat package first"
        case .noAccount(let account): return "--admin: there is no account '\(account)' on this machine"
        case let .created(path, admin): return "created \(path) (admin: \(admin))"
        case let .backedUp(from, to): return "backed up \(from) to \(to)"
        case let .checkFailed(path, damage): return "\(path): check failed" + (damage.map { ": \($0)" } ?? "")
        case .doctorResult(let problems):
            return problems == 0 ? "result: everything is in order" : "result: \(problems) problem\(problems == 1 ? "" : "s") found"
        case .noSuchGuidelineSection(let section): return "--section \(section): no such guideline section"
        case .searchRefused(let refusal): return "--search: " + Localizer(.en)(.search(.refused(refusal)))
        case let .noSuchSectionInProcess(option, code, comment, known):
            return "\(option)\(code): no such section in comment \(comment)'s process" + (known.map { " (sections: \($0.joined(separator: ", ")))" } ?? "")
        case let .tagged(id, sections): return "comment \(id): sections \(sections.isEmpty ? "none" : sections.joined(separator: ", "))"
        case let .considered(key, outcome, state, version): return "\(key): \(outcome.rawValue), \(state.rawValue) (version \(version))"
        case let .finalizeConcerns(meeting, concerns):
            return "meeting \(meeting): " + Localizer(.en)(.meetings(.work(.finalize(.concerns(concerns)))))
                + ". Run again with --yes to mark the minutes final anyway; nothing was changed."
        case .minutesFinal(let meeting): return "meeting \(meeting): minutes final"
        case .meetingDetailsSet(let meeting): return "meeting \(meeting): details set"
        case let .meetingTop(meeting, number): return "meeting \(meeting): TOP \(number)"
        case let .meetingGuest(meeting, guest): return "meeting \(meeting): guest \(guest)"
        case let .attendance(meeting, member, status, standIn):
            return "meeting \(meeting): \(member) \(status.rawValue)" + (standIn.map { ", standing in for \($0)" } ?? "")
        case let .actionDone(id, day): return "action item \(id): done" + (day.map { " on \($0)" } ?? "")
        case .actionOpen(let id): return "action item \(id): open"
        case .rosterInvalid(let errors): return "the roster is invalid (\(errors) errors)"
        case let .rosterChecked(board, slug, day, seats, vacant, errors, warnings):
            return "\(board) (\(slug)) on \(day): \(seats) seats, \(vacant) vacant, \(errors) errors, \(warnings) warnings"
        case .rosterVacant(let seat): return "vacant: \(seat)"
        case let .drawHeading(rule, from, to): return "Lot draw: \(rule), terms from \(from)\(to.map { " to \($0)" } ?? "")"
        case .drawSeed(let seed): return "seed: \(seed)"
        case let .drawApplicants(count, path, sha): return "applicants: \(count) in \(path), SHA-256 \(sha)"
        case let .drawEligible(count, minAge, underAge, parity):
            return "eligible: \(count)" + (minAge.map { ", under \($0): \(underAge)" } ?? "")
                + (parity ? ", parity: women and men differ by at most one" : "")
        case .drawAlgorithm(let algorithm): return "algorithm: \(algorithm)"
        case .drawMembers: return "Members:"
        case .drawSubstitutes: return "Substitutes:"
        case let .drawPlaced(number, name, gender, line, seat):
            return "  \(number). \(name) (\(gender), line \(line))" + (seat.map { " – \($0)" } ?? "")
        case .drawDryRun: return "Dry run: nothing was written."
        case let .drawRecorded(members, audit): return "Recorded: \(members) members and terms; audit event #\(audit)."
        case .drawCheckIt(let command): return "Check it: \(command)"
        case .rosterIssue(let issue): return "\(issue.severity == .error ? "error" : "warning"): \(issue)"
        case .roster(let failure): return RosterDrawText.words(failure, .en)
        case let .noSeatGroup(group, board, known): return "--group \(group): no such seat group on \(board) (groups: \(known))"
        case let .groupNotByLot(group, rule): return "--group \(group): \(rule) is not drawn by lot"
        case let .tooFewSeats(seats, rule, has): return "--seats \(seats): \(rule) has only \(has) seats"
        case let .userAdded(account, role): return "\(account): added as \(role)"
        case let .userRestored(account, role): return "\(account): was removed, active again as \(role)"
        case let .userRole(account, from, to): return from == to ? "\(account): already \(to), nothing changed" : "\(account): \(from) → \(to)"
        case .userRemoved(let account): return "\(account): removed"
        case .userMarkedRemoved(let account): return "\(account): removed (kept as a former user: their decisions point at it); read-only from now on"
        case let .authorErased(erasure, dryRun):
            if erasure.alreadyErased { return "author #\(erasure.authorId) was erased before (now \"\(erasure.pseudonym)\"); nothing changed" }
            return [
                "\(dryRun ? "would erase" : "erased") author #\(erasure.authorId) (\(erasure.ownComments) comments, decisions kept): now \"\(erasure.pseudonym)\"",
                "  name, external id\(erasure.hadContact ? ", contact" : "") \(dryRun ? "would be" : "were") removed",
                "  name replaced in \(erasure.bodies) comment texts, \(erasure.answers) public answers, \(erasure.notes) internal notes,",
                "  \(erasure.priors) undo snapshots, \(erasure.drafts) drafts, \(erasure.auditDetails) audit details, \(erasure.meetingTexts) meeting records",
                "  of these, \(erasure.othersTexts) are texts of other people"
                    + (dryRun && erasure.needsForce ? " (too many for this name: the erasure needs --force)" : ""),
            ].joined(separator: "\n")
        case let .purged(result, dryRun):
            return "\(dryRun ? "would purge" : "purged") \(result.comments) comments rejected before \(result.cutoff) "
                + "(text now \"\(result.marker)\"): \(result.answers) public answers, \(result.notes) internal notes, "
                + "\(result.priors) undo snapshots, \(result.drafts) drafts deleted"
        case .walNotEmptied(let path):
            return "\(path): the data is erased, but another program has the database open, so its write-ahead log (\(path)-wal) "
                + "still holds the old pages; rerun this command when the others have closed it"
        case .walEmptied(let path): return "  search index merged, file rebuilt, write-ahead log emptied: no trace left in \(path)"
        case let .lockWaiting(path, limit): return "\(path) is locked by another program; waiting up to \(limit) s…"
        case .benchFailed(let reason): return "generating failed: \(reason)"
        }
    }
}
