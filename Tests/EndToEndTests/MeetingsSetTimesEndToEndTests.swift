import Foundation
import Testing

/// `moderat meetings set --start/--end`: the secretary closes the gaps "Beginn fehlt" and "Ende
/// fehlt" that `minutes finalize` names, after the meeting was created without times. A time
/// that is none and an end before the start are refused as in `meetings add` (exit 65, in both
/// languages) and change nothing, not even the other options of the same call.
@Suite("meetings set gives a meeting its start and end", .serialized, .beyondSmokeSet)
struct MeetingsSetTimesEndToEndTests {
    @Test("set start and end on a meeting made without them; 25:00 and an end before the start are refused, nothing changed")
    func startAndEnd() async throws {
        let secretary = try await SecretaryOnDemo()
        let run = secretary.run
        let (added, id) = try await secretary.addMeeting(["--minute-taker", "Claudia Weber"])
        #expect(added.status == 0, "\(added.stderr)")
        let gaps = "moderat: Sitzung \(id): Sitzung erst am 10.12.2099; niemand anwesend; Sitzungsleitung fehlt; "
        let advice = " Mit --yes wird das Protokoll trotzdem abgeschlossen; nichts wurde geändert.\n"
        let before = try await run(["minutes", "finalize", id])
        #expect(before.stderr == gaps + "Beginn fehlt; Ende fehlt." + advice)

        let set = try await run(["meetings", "set", id, "--start", "9:30", "--end", "11:15"])
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout == "Sitzung \(id): Angaben gesetzt\n")
        let closed = try await run(["minutes", "finalize", id])
        #expect(closed.status == 1)
        #expect(closed.stderr == "moderat: Sitzung \(id): Sitzung erst am 10.12.2099; niemand anwesend; Sitzungsleitung fehlt." + advice)
        let export = try await run(["minutes", "export", id, "--format", "md"])
        #expect(export.stdout.contains("- **Beginn:** 09:30\n- **Ende:** 11:15\n"), "\(export.stdout.prefix(600))")

        let notATime = try await run(["meetings", "set", id, "--chair", "Helga Brenner", "--start", "25:00"])
        #expect(notATime.status == 65)
        #expect(notATime.stderr == "moderat: start: „25:00“ ist keine Uhrzeit (HH:MM)\n")
        let early = try await run(["meetings", "set", id, "--chair", "Helga Brenner", "--end", "9:00"])
        #expect(early.status == 65)
        #expect(early.stderr == "moderat: end: die Sitzung kann nicht enden, bevor sie beginnt\n")
        let english = try await run(["meetings", "set", id, "--chair", "Helga Brenner", "--start", "12:00", "--lang", "en"])
        #expect(english.status == 65)
        #expect(english.stderr == "moderat: end: the meeting cannot end before it starts\n")
        let unchanged = try await run(["minutes", "export", id, "--format", "md"])
        #expect(unchanged.stdout == export.stdout, "neither the chair nor a time was written")

        let cleared = try await run(["meetings", "set", id, "--end", ""])
        #expect(cleared.status == 0, "\(cleared.stderr)")
        let again = try await run(["minutes", "finalize", id])
        #expect(again.stderr == gaps + "Ende fehlt." + advice)
    }
}
