import Foundation
import Testing

/// `moderat minutes finalize` names every gap the published minutes would show (no chair,
/// no minute-taker, no start or end time, TOPs without any text) beside a future date and an empty
/// attendance, in exact words in both languages, exit 1 with nothing changed; `--yes`
/// finalises after that. The same rule and words as the workbench's `F`.
@Suite("minutes finalize names every gap", .serialized, .beyondSmokeSet)
struct MinutesFinalizeEndToEndTests {
    @Test("a new meeting with two empty TOPs: every gap named (exit 1, still a draft); filled in, only the rest; --yes finalises")
    func everyGap() async throws {
        let secretary = try await SecretaryOnDemo()
        let run = secretary.run
        let (added, id) = try await secretary.addMeeting()
        #expect(added.status == 0, "\(added.stderr)")
        for title in ["Begrüßung", "Radverkehrskonzept Innenstadt"] {
            let top = try await run(["meetings", "agenda", id, "--add", title])
            #expect(top.status == 0, "\(top.stderr)")
        }

        let german = try await run(["minutes", "finalize", id])
        #expect(german.status == 1)
        #expect(german.stderr == "moderat: Sitzung \(id): Sitzung erst am 10.12.2099; niemand anwesend; Sitzungsleitung fehlt; "
            + "Protokollführung fehlt; Beginn fehlt; Ende fehlt; TOP 1 „Begrüßung“, TOP 2 „Radverkehrskonzept Innenstadt“ ohne Text. "
            + "Mit --yes wird das Protokoll trotzdem abgeschlossen; nichts wurde geändert.\n")
        let english = try await run(["minutes", "finalize", id, "--lang", "en"])
        #expect(english.status == 1)
        #expect(english.stderr == "moderat: meeting \(id): the meeting is only on 2099-12-10; no one present; no chair; no minute-taker; "
            + "no start time; no end time; TOP 1 “Begrüßung”, TOP 2 “Radverkehrskonzept Innenstadt” without any text. "
            + "Run again with --yes to mark the minutes final anyway; nothing was changed.\n")
        let export = try await run(["minutes", "export", id, "--format", "md"])
        #expect(export.stdout.contains("Entwurf"), "still a draft: \(export.stdout.prefix(300))")

        let set = try await run(["meetings", "set", id, "--chair", "Helga Brenner", "--minute-taker", "Claudia Weber"])
        #expect(set.status == 0, "\(set.stderr)")
        let fewer = try await run(["minutes", "finalize", id])
        #expect(fewer.status == 1)
        #expect(fewer.stderr == "moderat: Sitzung \(id): Sitzung erst am 10.12.2099; niemand anwesend; Beginn fehlt; Ende fehlt; "
            + "TOP 1 „Begrüßung“, TOP 2 „Radverkehrskonzept Innenstadt“ ohne Text. "
            + "Mit --yes wird das Protokoll trotzdem abgeschlossen; nichts wurde geändert.\n")

        let final = try await run(["minutes", "finalize", id, "--yes"])
        #expect(final.status == 0, "\(final.stderr)")
        #expect(final.stdout == "Sitzung \(id): Protokoll abgeschlossen\n")
        // Final minutes are refused as final, not asked about again.
        let again = try await run(["minutes", "finalize", id])
        #expect(again.status == 1)
        #expect(again.stderr == "moderat: Das Protokoll von „12. Sitzung des Beteiligungsbeirats“ ist schon endgültig; nichts wurde geändert.\n")
    }
}
