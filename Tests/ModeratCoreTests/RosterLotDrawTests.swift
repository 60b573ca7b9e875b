import ModeratCore
import Testing

/// Applicants for the resident seats: `women`, `men` and `diverse` adults in file order,
/// plus `children` aged 12, interleaved so the minimum age matters.
enum Applicants {
    static func make(women: Int, men: Int, diverse: Int = 0, children: Int = 0) -> [Applicant] {
        var list: [Applicant] = []
        func add(_ prefix: String, _ gender: Gender, _ count: Int, born: String) {
            for i in 0 ..< count {
                list.append(Applicant(line: list.count + 2, name: "\(prefix) \(i)", birthDate: CalendarDay(born) ?? CalendarDay(ordinal: 0),
                                      gender: gender, privateData: "mail: \(prefix.lowercased())\(i)@example.org"))
            }
        }
        add("Frau", .f, women, born: "1980-03-01")
        add("Kind", .f, children, born: "2014-03-01")
        add("Herr", .m, men, born: "1970-03-01")
        add("Person", .d, diverse, born: "1990-03-01")
        return list
    }

    static let drawDay = CalendarDay(year: 2027, month: 1, day: 12) ?? CalendarDay(ordinal: 0)

    static func request(seed: UInt64, seats: Int = 8, substitutes: Int = 8, parity: Bool = true) -> LotDrawRequest {
        LotDrawRequest(seats: seats, substitutes: substitutes, parity: parity, minAge: 14, day: drawDay, seed: seed)
    }

    static func tally(_ drawn: [Applicant]) -> (f: Int, m: Int) {
        (drawn.filter { $0.gender == .f }.count, drawn.filter { $0.gender == .m }.count)
    }
}

@Suite("Lot draw")
struct RosterLotDrawTests {
    @Test("the same applicants and the same seed give the same members and substitutes; another seed another draw")
    func reproducible() throws {
        let applicants = Applicants.make(women: 15, men: 20, diverse: 3, children: 4)
        let first = try LotDraw.draw(applicants, Applicants.request(seed: 20_270_112))
        let again = try LotDraw.draw(applicants, Applicants.request(seed: 20_270_112))
        let other = try LotDraw.draw(applicants, Applicants.request(seed: 20_270_113))
        #expect(first == again)
        #expect(first.members.map(\.name) != other.members.map(\.name))
        #expect(first.members.count == 8 && first.substitutes.count == 8)
        #expect(Set((first.members + first.substitutes).map(\.line)).count == 16)
    }

    @Test("the shuffle is pinned to SplitMix64 and Fisher–Yates, so a published seed means the same order everywhere")
    func pinnedAlgorithm() {
        var generator = SplitMix64(seed: 0)
        // Reference outputs of SplitMix64 for seed 0 (as in Vigna's reference implementation).
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(LotDraw.shuffled(Array(1 ... 10), seed: 42) == LotDraw.shuffled(Array(1 ... 10), seed: 42))
        #expect(LotDraw.shuffled(Array(1 ... 10), seed: 42).sorted() == Array(1 ... 10))
    }

    @Test("parity holds over 1,000 seeds: women and men differ by at most one, among members and among substitutes")
    func parityOverManySeeds() throws {
        let applicants = Applicants.make(women: 6, men: 30, diverse: 4, children: 5)
        for seed in UInt64(0) ..< 1_000 {
            let result = try LotDraw.draw(applicants, Applicants.request(seed: seed &* 0x9E37_79B9))
            let members = Applicants.tally(result.members), substitutes = Applicants.tally(result.substitutes)
            #expect(abs(members.f - members.m) <= 1, "seed \(seed): \(members)")
            #expect(abs(substitutes.f - substitutes.m) <= 1, "seed \(seed): \(substitutes)")
        }
    }

    @Test("nobody under the minimum age is drawn, over many seeds, and they are reported as excluded")
    func minimumAge() throws {
        let applicants = Applicants.make(women: 10, men: 10, children: 10)
        for seed in UInt64(0) ..< 200 {
            let result = try LotDraw.draw(applicants, Applicants.request(seed: seed, parity: false))
            #expect(!(result.members + result.substitutes).contains { $0.name.hasPrefix("Kind") })
            #expect(result.underAge.count == 10 && result.eligibleCount == 20)
        }
    }

    @Test("too few applicants is a clear error that counts those under age")
    func tooFewApplicants() {
        let applicants = Applicants.make(women: 5, men: 5, children: 3)
        #expect(throws: LotDrawError.tooFewApplicants(needed: 16, eligible: 10, underAge: 3)) {
            try LotDraw.draw(applicants, Applicants.request(seed: 1))
        }
        #expect(LotDrawError.tooFewApplicants(needed: 16, eligible: 10, underAge: 3).description
            == "too few applicants: 16 are needed (seats plus substitutes), but only 10 may be drawn (3 more are under the minimum age)")
    }

    @Test("parity that the applicants cannot give is a clear error, not a quietly broken board")
    func parityImpossible() {
        let applicants = Applicants.make(women: 2, men: 20)
        #expect(throws: LotDrawError.parityImpossible(list: "seats", places: 8, women: 2, men: 20, diverse: 0)) {
            try LotDraw.draw(applicants, Applicants.request(seed: 7))
        }
    }

    @Test("the winners sit on the free seats from the start day for the group's term, substitutes ranked on them")
    func placement() throws {
        let roster = SmallBoard.valid
        let result = try LotDraw.draw(Applicants.make(women: 5, men: 5), Applicants.request(seed: 3, seats: 4, substitutes: 2))
        let start = LotDrawPlacement.defaultStart(roster, group: roster.groups[0], today: SmallBoard.day)
        #expect(start == SmallBoard.d("2027-01-01"))
        let placed = try LotDrawPlacement.place(result, in: roster, group: roster.groups[0], start: start)
        #expect(placed.members.map(\.term.seatId) == [1, 2, 3, 4])
        #expect(placed.members.allSatisfy { $0.term.endsOn == SmallBoard.d("2028-12-31") })
        #expect(placed.substitutes.map(\.term.substituteRank) == [1, 2])
        #expect(throws: LotDrawPlacement.Failure.self) {
            try LotDrawPlacement.place(result, in: roster, group: roster.groups[0], start: SmallBoard.d("2026-12-01"))
        }
    }
}

@Suite("SHA-256")
struct SHA256Tests {
    @Test("the FIPS 180-4 test vectors")
    func vectors() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}
