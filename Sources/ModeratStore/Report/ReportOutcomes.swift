import Foundation
import GRDB
import ModeratCore

/// The considerations' outcomes for the report: per section and for everything.
public struct OutcomeRow: Equatable, Sendable, Codable {
    public var process: String
    /// Empty for the overall row.
    public var code: String
    public var title: String
    /// Comments, passages and groups to be considered, and how many are.
    public var units: Int
    public var considered: Int
    public var adopted: Int
    public var partly: Int
    public var notAdopted: Int
    public var covered: Int
    public var noted: Int

    init(process: String, code: String, title: String, _ p: ConsiderationProgress) {
        self.process = process
        self.code = code
        self.title = title
        units = p.total
        considered = p.considered
        adopted = p.byOutcome[.adopted] ?? 0
        partly = p.byOutcome[.partly] ?? 0
        notAdopted = p.byOutcome[.notAdopted] ?? 0
        covered = p.byOutcome[.covered] ?? 0
        noted = p.byOutcome[.noted] ?? 0
    }

    /// The counts in `ConsiderationOutcome.allCases` order.
    public var counts: [Int] { [adopted, partly, notAdopted, covered, noted] }
}

enum ReportOutcomes {
    /// Per section that has something to consider (guidelines order), and overall.
    static func compute(_ db: Database) throws -> (perSection: [OutcomeRow], overall: OutcomeRow) {
        var rows: [OutcomeRow] = []
        var all: [ConsiderationUnit] = []
        for process in try Row.fetchAll(db, sql: "SELECT id, slug FROM process ORDER BY slug") {
            let units = try ConsiderationUnits(db: db, processId: process["id"], texts: false).all(sectionId: nil)
            all += units
            for section in try Row.fetchAll(db, sql: "SELECT id, code, title FROM section WHERE process_id = ? ORDER BY ordinal, code",
                                            arguments: [process["id"] as Int64]) {
                let mine = units.filter { $0.sectionIds.contains(section["id"]) }
                guard !mine.isEmpty else { continue }
                rows.append(OutcomeRow(process: process["slug"], code: section["code"], title: section["title"], ConsiderationProgress(mine)))
            }
        }
        return (rows, OutcomeRow(process: "", code: "", title: "", ConsiderationProgress(all)))
    }
}
