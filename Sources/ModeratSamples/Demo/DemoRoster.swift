import Foundation
import ModeratCore
import ModeratStore

/// The Beteiligungsbeirat: 16 seats in four groups, invented members with private contact
/// details, their terms (chair, deputy, members, ranked substitutes), some ending soon, one
/// resident who moved away and was succeeded, and one delegated seat currently vacant.
enum DemoRoster {
    struct Inserted {
        let boardID: Int64
        /// Member ids by name, for attendance and action items.
        let members: [String: Int64]
    }

    struct Group {
        let slug: String
        let name: String
        let seats: [String]
        let termMonths: Int?
        let drawnByLot: Bool
        let parity: Bool
        let minAge: Int?
    }

    static let groups: [Group] = [
        Group(slug: "residents", name: "Einwohnerinnen und Einwohner (ausgelost)",
              seats: (1 ... 8).map { "Einwohnersitz \($0)" }, termMonths: 24, drawnByLot: true, parity: true, minAge: 14),
        Group(slug: "administration", name: "Verwaltung",
              seats: ["Referat Stadtentwicklung", "Referat Umweltschutz, Mobilität", "Referat Jugend und Sport"],
              termMonths: nil, drawnByLot: false, parity: false, minAge: nil),
        Group(slug: "coordination", name: "Koordinierungsstelle Bürgerbeteiligung",
              seats: ["Koordinierungsstelle"], termMonths: nil, drawnByLot: false, parity: false, minAge: nil),
        Group(slug: "boards", name: "Beiräte der Stadt",
              seats: ["Seniorenbeirat", "Jugendparlament", "Inklusionsbeirat", "Beirat für Migration und Integration"],
              termMonths: nil, drawnByLot: false, parity: false, minAge: nil),
    ]

    /// A person on the roster. Ages are counted back from `now` so the demo never ages.
    struct Person {
        let name: String
        let group: String
        let delegatedBy: String?
        let age: Int
        let birthDay: (month: Int, day: Int)
        let gender: String
        let contact: String
        let notes: String?
    }

    static let people: [Person] = [
        Person(name: "Helga Brenner", group: "residents", delegatedBy: nil, age: 69, birthDay: (3, 14), gender: "f",
               contact: "helga.brenner@example.org; 030 23125 101", notes: "Vorsitzende seit der konstituierenden Sitzung. Bevorzugt Unterlagen auf Papier."),
        Person(name: "Tobias Reuter", group: "residents", delegatedBy: nil, age: 46, birthDay: (11, 2), gender: "m",
               contact: "t.reuter@example.org", notes: "Stellvertretender Vorsitzender."),
        Person(name: "Aylin Demirtaş", group: "residents", delegatedBy: nil, age: 27, birthDay: (6, 21), gender: "f",
               contact: "aylin.d@example.org; 030 23125 133", notes: nil),
        Person(name: "Konrad Weiß", group: "residents", delegatedBy: nil, age: 76, birthDay: (1, 30), gender: "m",
               contact: "030 23125 140 (nur Festnetz)", notes: "Keine E-Mail; Einladungen per Post."),
        Person(name: "Jana Ostermann", group: "residents", delegatedBy: nil, age: 35, birthDay: (9, 9), gender: "f",
               contact: "jana.ostermann@example.org", notes: "In Elternzeit bis Jahresende, nimmt online teil."),
        Person(name: "Paul Lindner", group: "residents", delegatedBy: nil, age: 17, birthDay: (4, 17), gender: "m",
               contact: "paul.lindner@example.org (Eltern: 030 23125 166)", notes: "Minderjährig: Einverständnis der Eltern liegt vor."),
        Person(name: "Sven Kübler", group: "residents", delegatedBy: nil, age: 41, birthDay: (7, 5), gender: "m",
               contact: "sven.kuebler@example.org", notes: "Ausgeschieden wegen Umzugs nach Mannheim."),
        Person(name: "Markus Ebert", group: "residents", delegatedBy: nil, age: 52, birthDay: (12, 24), gender: "m",
               contact: "markus.ebert@example.org; 030 23125 171", notes: "Als Nachrücker (Rang 1) für Sven Kübler nachgerückt."),
        Person(name: "Gisela Hauck", group: "residents", delegatedBy: nil, age: 64, birthDay: (2, 11), gender: "f",
               contact: "gisela.hauck@example.org", notes: nil),
        Person(name: "Elif Arslan", group: "residents", delegatedBy: nil, age: 33, birthDay: (5, 3), gender: "f",
               contact: "elif.arslan@example.org", notes: "Nachrückerin, Rang 1."),
        Person(name: "Robin Sand", group: "residents", delegatedBy: nil, age: 27, birthDay: (10, 19), gender: "d",
               contact: "robin.sand@example.org", notes: "Nachrückende Person, Rang 2."),
        Person(name: "Hans-Peter Gerlach", group: "residents", delegatedBy: nil, age: 71, birthDay: (8, 28), gender: "m",
               contact: "030 23125 188", notes: "Nachrücker, Rang 3."),
        Person(name: "Dr. Ines Hartmann", group: "administration", delegatedBy: "Referat Stadtentwicklung", age: 48,
               birthDay: (4, 2), gender: "f", contact: "ines.hartmann@stadt.example.org", notes: nil),
        Person(name: "Jonas Becker", group: "administration", delegatedBy: "Referat Umweltschutz, Mobilität", age: 39,
               birthDay: (1, 16), gender: "m", contact: "jonas.becker@stadt.example.org", notes: nil),
        Person(name: "Lea Schuster", group: "administration", delegatedBy: "Referat Jugend und Sport", age: 35,
               birthDay: (9, 27), gender: "f", contact: "lea.schuster@stadt.example.org", notes: "Vertretung: Herr Kai Brandl."),
        Person(name: "Claudia Weber", group: "coordination", delegatedBy: "Koordinierungsstelle Bürgerbeteiligung", age: 45,
               birthDay: (6, 6), gender: "f", contact: "claudia.weber@stadt.example.org; 030 23125 200",
               notes: "Führt die Geschäfte des Beirats und das Protokoll."),
        Person(name: "Walter Kessler", group: "boards", delegatedBy: "Seniorenbeirat", age: 77, birthDay: (3, 1), gender: "m",
               contact: "walter.kessler@example.org", notes: "Seniorenbeirat wird neu gewählt; Delegation endet mit der Wahlperiode."),
        Person(name: "Mara Feld", group: "boards", delegatedBy: "Jugendparlament", age: 16, birthDay: (11, 30), gender: "f",
               contact: "mara.feld@example.org", notes: "Sitzungen nach 18 Uhr nur mit Begleitung."),
        Person(name: "Rainer Thoma", group: "boards", delegatedBy: "Inklusionsbeirat", age: 58, birthDay: (7, 22), gender: "m",
               contact: "rainer.thoma@example.org", notes: "Unterlagen bitte digital und barrierefrei (Screenreader)."),
        Person(name: "Nadia Haddad", group: "boards", delegatedBy: "Beirat für Migration und Integration", age: 44,
               birthDay: (2, 18), gender: "f", contact: "nadia.haddad@example.org",
               notes: "Delegation beendet; neue Benennung durch den Beirat für Migration und Integration steht aus."),
    ]

    /// Who held which seat: group, seat number, person, role, start and end relative to the
    /// board's constitution, substitute rank.
    struct Tenure {
        let group: String
        let seat: Int
        let person: String
        let role: String
        let rank: Int?
        let period: Period
    }

    enum Period {
        /// The whole term of the drawn seats (ends within the next weeks).
        case residentTerm
        /// Open-ended from the constitution on.
        case openEnded
        case untilMovedAway, afterMovedAway
        case substituteUntilMovedUp
        /// Ends with the Seniorenbeirat's period, in three weeks.
        case endsSoon
        /// Ended some weeks ago; the seat is vacant since.
        case endedRecently
    }

    /// Who holds the chair's seat, and so chairs the demo's meetings.
    static var chair: String { tenures.first { $0.role == "chair" }?.person ?? "" }

    static let tenures: [Tenure] = [
        Tenure(group: "residents", seat: 1, person: "Helga Brenner", role: "chair", rank: nil, period: .residentTerm),
        Tenure(group: "residents", seat: 2, person: "Tobias Reuter", role: "deputy", rank: nil, period: .residentTerm),
        Tenure(group: "residents", seat: 3, person: "Aylin Demirtaş", role: "member", rank: nil, period: .residentTerm),
        Tenure(group: "residents", seat: 4, person: "Konrad Weiß", role: "member", rank: nil, period: .residentTerm),
        Tenure(group: "residents", seat: 5, person: "Jana Ostermann", role: "member", rank: nil, period: .residentTerm),
        Tenure(group: "residents", seat: 6, person: "Paul Lindner", role: "member", rank: nil, period: .residentTerm),
        Tenure(group: "residents", seat: 7, person: "Sven Kübler", role: "member", rank: nil, period: .untilMovedAway),
        Tenure(group: "residents", seat: 7, person: "Markus Ebert", role: "substitute", rank: 1, period: .substituteUntilMovedUp),
        Tenure(group: "residents", seat: 7, person: "Markus Ebert", role: "member", rank: nil, period: .afterMovedAway),
        Tenure(group: "residents", seat: 8, person: "Gisela Hauck", role: "member", rank: nil, period: .residentTerm),
        // The ranked list of substitutes for the drawn seats (the schema ties a term to a
        // seat, so each sits on one of the drawn seats).
        Tenure(group: "residents", seat: 1, person: "Elif Arslan", role: "substitute", rank: 1, period: .residentTerm),
        Tenure(group: "residents", seat: 2, person: "Robin Sand", role: "substitute", rank: 2, period: .residentTerm),
        Tenure(group: "residents", seat: 3, person: "Hans-Peter Gerlach", role: "substitute", rank: 3, period: .residentTerm),
        Tenure(group: "administration", seat: 1, person: "Dr. Ines Hartmann", role: "member", rank: nil, period: .openEnded),
        Tenure(group: "administration", seat: 2, person: "Jonas Becker", role: "member", rank: nil, period: .openEnded),
        Tenure(group: "administration", seat: 3, person: "Lea Schuster", role: "member", rank: nil, period: .openEnded),
        Tenure(group: "coordination", seat: 1, person: "Claudia Weber", role: "member", rank: nil, period: .openEnded),
        Tenure(group: "boards", seat: 1, person: "Walter Kessler", role: "member", rank: nil, period: .endsSoon),
        Tenure(group: "boards", seat: 2, person: "Mara Feld", role: "member", rank: nil, period: .openEnded),
        Tenure(group: "boards", seat: 3, person: "Rainer Thoma", role: "member", rank: nil, period: .openEnded),
        Tenure(group: "boards", seat: 4, person: "Nadia Haddad", role: "member", rank: nil, period: .endedRecently),
    ]

    static func insert(_ context: DemoContext, actor: String) throws -> Inserted {
        let boardID = try context.insert("""
            INSERT INTO board(slug, name, quorum_fraction, meetings_per_year) VALUES ('beirat', 'Beteiligungsbeirat', 0.5, '4–8')
            """, [])
        var groupIDs: [String: Int64] = [:]
        var seatIDs: [String: Int64] = [:]
        for (ordinal, group) in groups.enumerated() {
            let groupID = try context.insert("""
                INSERT INTO seat_group(board_id, slug, name, seats, term_months, drawn_by_lot, parity, min_age, ordinal)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [boardID, group.slug, group.name, group.seats.count, group.termMonths, group.drawnByLot ? 1 : 0,
                      group.parity ? 1 : 0, group.minAge, ordinal + 1])
            groupIDs[group.slug] = groupID
            context.summary.seatGroups += 1
            for (index, label) in group.seats.enumerated() {
                seatIDs["\(group.slug)/\(index + 1)"] = try context.insert(
                    "INSERT INTO seat(group_id, ordinal, label) VALUES (?, ?, ?)", [groupID, index + 1, label])
                context.summary.seats += 1
            }
        }
        var memberIDs: [String: Int64] = [:]
        for person in people {
            memberIDs[person.name] = try context.insert("""
                INSERT INTO member(name, group_id, delegating_body, birth_date, gender, contact, notes)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [person.name, groupIDs[person.group], person.delegatedBy, birthDate(person, context), person.gender,
                      person.contact, person.notes])
            context.summary.members += 1
        }
        // The board was constituted 22½ months ago; the drawn seats' two years end in about six weeks.
        let residentEnd = context.days(45)
        let constituted = context.days(1, from: context.months(-24, from: residentEnd))
        let movedAway = context.months(-8)
        let setUp = context.days(-70)
        for (index, tenure) in tenures.enumerated() {
            guard let seatID = seatIDs["\(tenure.group)/\(tenure.seat)"] else {
                throw SampleRefusal.demoRowMissing(table: "seat", key: "\(tenure.group)/\(tenure.seat)")
            }
            guard let memberID = memberIDs[tenure.person] else { throw SampleRefusal.demoRowMissing(table: "member", key: tenure.person) }
            let (start, end): (Date, Date?)
            switch tenure.period {
            case .residentTerm: (start, end) = (constituted, residentEnd)
            case .openEnded: (start, end) = (constituted, nil)
            case .untilMovedAway, .substituteUntilMovedUp: (start, end) = (constituted, context.days(-1, from: movedAway))
            case .afterMovedAway: (start, end) = (movedAway, residentEnd)
            case .endsSoon: (start, end) = (constituted, context.days(21))
            case .endedRecently: (start, end) = (constituted, context.days(-65))
            }
            let termID = try context.insert("""
                INSERT INTO term(seat_id, member_id, role, starts_on, ends_on, substitute_rank) VALUES (?, ?, ?, ?, ?, ?)
                """, [seatID, memberID, tenure.role, context.day(start), end.map(context.day), tenure.rank])
            context.summary.terms += 1
            // The roster was typed into moderat when it was set up, ten weeks ago.
            var detail = ["member": String(memberID), "role": tenure.role, "seat": String(seatID)]
            detail["rank"] = tenure.rank.map(String.init)
            try context.audit(at: setUp.addingTimeInterval(Double(index * 45)), actor: actor, action: .rosterTermAdd,
                              entity: "term", entityID: termID, detail: detail)
            if tenure.period == .endedRecently, let end {
                try context.audit(at: context.local(end, hour: 9), actor: actor, action: .rosterTermEnd,
                                  entity: "term", entityID: termID, detail: ["ends_on": context.day(end)])
            }
        }
        return Inserted(boardID: boardID, members: memberIDs)
    }

    static func birthDate(_ person: Person, _ context: DemoContext) -> String {
        let year = context.berlin.component(.year, from: context.now) - person.age
        return String(format: "%04d-%02d-%02d", year, person.birthDay.month, person.birthDay.day)
    }
}
