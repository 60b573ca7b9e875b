import Foundation
import GRDB
import ModeratCore
import ModeratSamples
import Testing
@testable import ModeratStore

@Suite("Roster in the store")
struct RosterStoreTests {
    @Test("the demo roster loads with its four groups, sixteen seats, one vacancy and no rule broken")
    func demoRoster() throws {
        let f = try rosterFixture()
        let record = try f.database.roster(boardSlug: "beirat")
        let today = f.store().today
        #expect(record.roster.groups.map(\.slug) == ["residents", "administration", "coordination", "boards"])
        #expect(record.roster.seats.count == 16)
        #expect(record.roster.vacancies(on: today).map(\.label) == ["Beirat für Migration und Integration"])
        #expect(RosterValidation.isValid(record.roster, on: today))
        #expect(record.roster.substitutes(ofGroup: record.roster.groups[0].id, on: today).map(\.substituteRank) == [1, 2, 3])
    }

    @Test("an admin fills the vacant seat; the term and a new member are written with audit events holding ids only")
    func addTerm() throws {
        let f = try rosterFixture()
        let store = f.store()
        let roster = try f.database.roster(boardSlug: "beirat").roster
        guard let seat = roster.vacancies(on: store.today).first else { Issue.record("no vacancy"); return }
        let term = RosterTerm(id: 0, seatId: seat.id, memberId: 0, role: .member, startsOn: store.today)
        let id = try store.addTerm(term, newMember: NewMemberDraft(name: "Yasemin Kaya", contact: "y.kaya@example.org"), boardSlug: "beirat")
        let after = try f.database.roster(boardSlug: "beirat").roster
        #expect(after.vacancies(on: store.today).isEmpty)
        let audit = try f.database.pool.read { db in
            try String.fetchAll(db, sql: "SELECT detail FROM audit_event WHERE action LIKE 'roster.%' AND at >= ?",
                                arguments: [Timestamps.string(Fixture.now)])
        }
        #expect(audit.count == 2)
        #expect(!audit.joined().contains("Yasemin") && !audit.joined().contains("example.org"))
        #expect(after.terms.contains { $0.id == id && $0.seatId == seat.id })
    }

    @Test("a change that would break a rule is refused and nothing is written")
    func refusedChange() throws {
        let f = try rosterFixture()
        let store = f.store()
        let roster = try f.database.roster(boardSlug: "beirat").roster
        guard let helga = roster.members.first(where: { $0.name == "Helga Brenner" }),
              let held = roster.terms.first(where: { $0.memberId == helga.id }) else { Issue.record("no chair"); return }
        let intruder = RosterTerm(id: 0, seatId: held.seatId, memberId: helga.id, role: .member, startsOn: store.today)
        #expect(throws: RosterRefusal.self) { try store.addTerm(intruder, boardSlug: "beirat") }
        #expect(try f.database.roster(boardSlug: "beirat").roster.terms.count == roster.terms.count)
    }

    @Test("only an administrator may change the roster")
    func moderatorRefused() throws {
        let f = try rosterFixture()
        try f.moderator("bernd", "Bernd", role: .moderator)
        let roster = try f.database.roster(boardSlug: "beirat").roster
        let term = try #require(roster.terms.first)
        expectStoreError("roleRefused", containing: "may not edit the roster") { try f.store("bernd").endTerm(term.id, on: f.store().today, boardSlug: "beirat") }
    }

    @Test("a recorded draw writes members, terms and one audit event with seed and file hash, no names")
    func recordDraw() throws {
        let f = try rosterFixture()
        let store = f.store()
        let csv = "name,birth_date,gender,email\n" + (0 ..< 20).map { i in
            "Person \(i),19\(50 + i)-04-0\(i % 9 + 1),\(i % 2 == 0 ? "f" : "m"),p\(i)@example.org"
        }.joined(separator: "\n") + "\n"
        let file = try ApplicantFile.parse(Data(csv.utf8), file: "applicants.csv")
        #expect(file.sha256 == SHA256.hex(Array(csv.utf8)))
        let record = try f.database.roster(boardSlug: "beirat")
        let group = record.roster.groups[0]
        let start = LotDrawPlacement.defaultStart(record.roster, group: group, today: store.today)
        let request = LotDrawRequest(seats: 8, substitutes: 8, parity: true, minAge: 14, day: start, seed: 42)
        let result = try LotDraw.draw(file.applicants, request)
        let placement = try LotDrawPlacement.place(result, in: record.roster, group: group, start: start)
        let recorded = try store.recordDraw(placement, request: request, group: group, applicantCount: 20,
                                            applicantsSHA256: file.sha256, boardSlug: "beirat")
        #expect(recorded.memberIds.count == 16)
        let detail = try f.database.pool.read { db in
            try String.fetchOne(db, sql: "SELECT detail FROM audit_event WHERE id = ?", arguments: [recorded.auditId])
        } ?? ""
        #expect(detail.contains("\"seed\":\"42\"") && detail.contains(file.sha256))
        #expect(!detail.contains("Person") && !detail.contains("example.org"))
        let later = try f.database.roster(boardSlug: "beirat").roster
        #expect(RosterValidation.isValid(later, on: start))
        #expect(later.vacancies(on: start).count == 2)  // the Seniorenbeirat's and the Migration board's
    }

    @Test("a bad applicant row names the file and the line")
    func applicantErrors() {
        let bad = "name;birth_date;gender\nAda;1980-01-01;f\nBen;01.02.1990;m\n"
        #expect(throws: StoreError.invalid("a.csv", line: 3, .notABirthDate("01.02.1990"))) {
            try ApplicantFile.parse(Data(bad.utf8), file: "a.csv")
        }
        expectStoreError("invalid", containing: "a.csv:1: the header needs the columns name, birth_date and gender (missing: birth_date)") { _ = try ApplicantFile.parse(Data("name,gender\nA,f\n".utf8), file: "a.csv") }
        #expect(throws: MissingInputFile.self) { try ApplicantFile.read(path: "/nonexistent/applicants.csv") }
    }

    @Test("the public export in every format holds no contact detail and no private note; the internal one does")
    func publicExport() throws {
        let f = try rosterFixture()
        let record = try f.database.roster(boardSlug: "beirat")
        let privateBits = record.details.values.flatMap { [$0.contact, $0.notes].compactMap { $0 } }
            .flatMap { $0.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) } }
        #expect(privateBits.count > 20)
        for format in RosterExport.Format.allCases {
            for german in [true, false] {
                let open = RosterExport.render(record, on: f.store().today, format: format, publicOnly: true, german: german)
                #expect(open.contains("Helga Brenner"))
                for bit in privateBits {
                    #expect(!open.contains(bit), "\(format): \(bit)")
                }
                #expect(!open.contains("@"))
            }
            let office = RosterExport.render(record, on: f.store().today, format: format, publicOnly: false, german: true)
            #expect(office.contains("helga.brenner@example.org"))
        }
    }
}
