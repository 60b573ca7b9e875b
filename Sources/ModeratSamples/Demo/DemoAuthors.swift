import ModeratCore
import ModeratStore

/// Invented commenters: a pool of people both consultations draw from (some write in both),
/// written to `author` the first time one of them comments.
struct DemoAuthors {
    struct Person {
        let externalID: String
        let displayName: String
        /// How others address this person in a reply.
        let shortName: String
        let contact: String?
        var rowID: Int64?
    }

    static let poolSize = 140

    private(set) var people: [Person] = []
    private var advertisers: [String: Int64] = [:]

    static let firstNames = [
        "Sabine", "Thomas", "Andrea", "Michael", "Petra", "Stefan", "Jürgen", "Monika", "Frank", "Karin",
        "Uwe", "Birgit", "Klaus", "Heike", "Matthias", "Julia", "Lukas", "Lena", "Jonas", "Leonie", "Felix",
        "Hannah", "Elias", "Sophie", "Noah", "Mia", "Finn", "Emine", "Mehmet", "Ayşe", "Ahmet", "Olga",
        "Dmitri", "Agnieszka", "Tomasz", "Giulia", "Marco", "Fatima", "Yusuf", "Gerda", "Horst", "Ursula",
        "Günter", "Renate", "Jörg", "Bärbel", "Maximilian", "Charlotte", "Jannik", "Zoë", "Björn", "Gülşen",
    ]
    static let lastNames = [
        "Schneider", "Fischer", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch", "Richter", "Klein",
        "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Lange",
        "Schmitt", "Werner", "Krause", "Lehmann", "Schulze", "Köhler", "Herrmann", "Walter", "Huber",
        "Kaiser", "Fuchs", "Peters", "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Schubert", "Vogel",
        "Friedrich", "Keller", "Günther", "Berger", "Winkler", "Beck", "Lorenz", "Baumann", "Franke",
        "Simon", "Ludwig", "Böhm", "Winter", "Kraus", "Schumacher", "Stein", "Jäger", "Otto", "Sommer",
        "Groß", "Heinrich", "Haas", "Schreiber", "Graf", "Dietrich", "Ziegler", "Pohl", "Engel", "Horn",
        "Busch", "Bergmann", "Voigt", "Sauer", "Arnold", "Pfeiffer", "Yılmaz", "Kaya", "Nowak",
        "Kowalski", "Rossi", "Petrov", "Süß",
    ]
    static let handles = [
        "Radlerin_KL", "Westend-Opa", "kl_buerger84", "mama_von_drei", "Bürgerin aus Morlautern", "Betze-Fan",
        "Pfälzer Urgestein", "StadtteilMama", "grünerdaumen", "Schichtarbeiter_KL", "ZweiRäder", "Lautrer Bub",
        "NachbarinAmPark", "Ü70 und online", "Straßenkind67", "Fußgängerin", "Dorfkind Erfenbach", "Quartiersrat",
        "Lehrerin_i.R.", "Student_TUK",
    ]

    init(rng: inout SeededRandom) {
        var used = Set<String>()
        var handles = rng.shuffled(Self.handles)
        for index in 0 ..< Self.poolSize {
            let externalID = "demo-user-\(String(1000 + index * 7))"
            // Every seventh person writes under a nickname, until the nicknames run out.
            if index % 7 == 3, let handle = handles.popLast() {
                people.append(Person(externalID: externalID, displayName: handle, shortName: handle,
                                     contact: nil, rowID: nil))
                continue
            }
            var first = rng.pick(Self.firstNames)
            var last = rng.pick(Self.lastNames)
            while used.contains(first + " " + last) {
                first = rng.pick(Self.firstNames)
                last = rng.pick(Self.lastNames)
            }
            used.insert(first + " " + last)
            let abbreviated = rng.chance(0.3)
            let name = abbreviated ? "\(first) \(last.prefix(1))." : "\(first) \(last)"
            let contact: String? = rng.chance(0.35) ? "\(Self.ascii(first)).\(Self.ascii(last))@example.net" : nil
            people.append(Person(externalID: externalID, displayName: name, shortName: first,
                                 contact: contact, rowID: nil))
        }
    }

    /// The author row for a person of the pool, written on first use.
    mutating func rowID(for index: Int, _ context: DemoContext) throws -> Int64 {
        if let id = people[index].rowID { return id }
        let person = people[index]
        let id = try context.insert("""
            INSERT INTO author(source, external_id, display_name, contact) VALUES ('demo', ?, ?, ?)
            """, [person.externalID, person.displayName, person.contact])
        people[index].rowID = id
        context.summary.authors += 1
        return id
    }

    /// The author row for an advertiser (a throwaway account), written on first use.
    mutating func advertiserID(_ name: String, _ context: DemoContext) throws -> Int64 {
        if let id = advertisers[name] { return id }
        let id = try context.insert("""
            INSERT INTO author(source, external_id, display_name, contact) VALUES ('demo', ?, ?, NULL)
            """, ["demo-ad-\(advertisers.count + 1)", name])
        advertisers[name] = id
        context.summary.authors += 1
        return id
    }

    /// A spelling fit for an e-mail address: umlauts and ß spelled out, other letters kept.
    static func ascii(_ name: String) -> String {
        var out = ""
        for ch in name.lowercased() {
            switch ch {
            case "ä": out += "ae"
            case "ö": out += "oe"
            case "ü": out += "ue"
            case "ß": out += "ss"
            case "ş": out += "s"
            case "ı": out += "i"
            case "ë": out += "e"
            default: if ch.isASCII, ch.isLetter { out.append(ch) }
            }
        }
        return out
    }
}
