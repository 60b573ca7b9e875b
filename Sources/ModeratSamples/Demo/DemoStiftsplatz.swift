import Foundation
import ModeratCore
import ModeratStore

/// The second, smaller consultation: comments on the preliminary design for the Stiftsplatz,
/// a project of the Vorhabenliste. Still running, so its newest comments are fresh.
enum DemoStiftsplatz {
    static let sections: [DemoGuidelines.Section] = [
        .init(code: "1", title: "Nutzung und Aufenthalt", body: """
            Der Platz erhält Sitzstufen, Bänke ohne Konsumzwang und einen kleinen Spielbereich. Die Mitte bleibt \
            frei für Veranstaltungen.
            """),
        .init(code: "2", title: "Grün, Schatten und Wasser", body: """
            Zwölf neue Bäume spenden Schatten; ein Wasserspiel kühlt im Sommer. Regenwasser versickert in \
            Baumrigolen vor Ort.
            """),
        .init(code: "3", title: "Verkehr, Parken und Anlieferung", body: """
            Die 48 Stellplätze entfallen; Anlieferung ist morgens bis 10 Uhr möglich. Am Rand entstehen \
            überdachte Fahrradbügel.
            """),
        .init(code: "4", title: "Barrierefreiheit und Sicherheit", body: """
            Ein durchgehend ebener Belag und ein taktiles Leitsystem führen über den Platz. Die Beleuchtung wird \
            erneuert.
            """),
        .init(code: "5", title: "Markt und Veranstaltungen", body: """
            Der Wochenmarkt bleibt auf dem Platz. Strom- und Wasseranschlüsse im Boden erleichtern Märkte und \
            Feste.
            """),
    ]

    static let topics: [DemoTopic] = [
        DemoTopic(sections: ["1"], weight: 5, untaggedShare: 0.05, statements: [
            "Endlich wird aus dem Parkplatz ein richtiger Platz!",
            "Bänke ohne Konsumzwang sind mir am wichtigsten.",
            "Ich befürchte, dass der Platz abends zum Treffpunkt für Lärm wird.",
            "Die Sitzstufen sehen im Plan schön aus, sind aber im Winter nass und kalt.",
        ], suggestions: [
            "Bitte planen Sie einen kleinen Spielbereich für Kinder mit ein.",
            "Ein offener Bücherschrank und ein Trinkbrunnen würden gut passen.",
        ], answer: "Spielbereich und Trinkbrunnen sind im Vorentwurf vorgesehen und werden in der Entwurfsplanung konkretisiert.",
        emoji: "🙂"),
        DemoTopic(sections: ["2"], weight: 5, untaggedShare: 0.05, statements: [
            "Im Vorentwurf sind viel zu wenige Bäume.",
            "Im Sommer ist der Platz heute eine Hitzeinsel.",
            "Wer pflegt das Grün später? Die Beete am Rathaus sehen traurig aus.",
        ], suggestions: [
            "Große Bäume statt Kübelpflanzen, bitte!",
            "Das Wasserspiel sollte auch für Kinder zum Spielen freigegeben sein.",
            "Regenwasser sollte vor Ort versickern können.",
        ], answer: "Die Zahl der Bäume wird in der Entwurfsplanung noch einmal geprüft; vorgesehen sind großkronige Arten.",
        emoji: nil),
        DemoTopic(sections: ["3"], weight: 5, untaggedShare: 0.05, statements: [
            "Wo sollen die Anwohnerinnen und Anwohner künftig parken?",
            "Die Geschäfte am Platz leben auch von Kundschaft mit dem Auto.",
            "Fahrradbügel gibt es am Stiftsplatz viel zu wenige.",
        ], suggestions: [
            "Eine Quartiersgarage in der Nähe könnte die wegfallenden Stellplätze ersetzen.",
            "Lieferverkehr bitte nur bis 10 Uhr morgens.",
        ], answer: "Ein Parkraumkonzept für das Umfeld des Stiftsplatzes wird parallel erarbeitet.",
        emoji: "🚲"),
        DemoTopic(sections: ["4"], weight: 3, untaggedShare: 0.05, statements: [
            "Das Kopfsteinpflaster am Rand ist für Rollatoren und Rollstühle eine Zumutung.",
            "Nachts ist der Platz heute schlecht beleuchtet.",
        ], suggestions: [
            "Bitte ein taktiles Leitsystem von der Bushaltestelle bis zum Platz vorsehen.",
            "Eine öffentliche, barrierefreie Toilette fehlt in der ganzen Innenstadt.",
        ], answer: "Der Inklusionsbeirat wird zur Entwurfsplanung gehört; ein ebener Belag ist vorgesehen.",
        emoji: nil),
        DemoTopic(sections: ["5"], weight: 3, untaggedShare: 0.05, statements: [
            "Der Wochenmarkt muss auf dem Platz bleiben.",
            "Für Veranstaltungen braucht es Strom- und Wasseranschlüsse.",
        ], suggestions: [
            "Die Marktstände sollten im Schatten der Bäume stehen können.",
            "Bitte nicht jedes Wochenende eine Veranstaltung – die Anwohner brauchen auch Ruhe.",
        ], answer: "Der Wochenmarkt bleibt auf dem Stiftsplatz; die Zahl der Veranstaltungen wird begrenzt.",
        emoji: nil),
        DemoTopic(sections: ["1"], weight: 3, untaggedShare: 0.6, statements: [
            "Schöner Entwurf!",
            "Bitte nicht wieder alles zubetonieren.",
            "Warum dauert das alles so lange?",
        ], suggestions: [
            "Zeigen Sie den Entwurf auch vor Ort auf einem Plakat am Platz.",
        ], answer: "Der Vorentwurf hängt ab nächster Woche auch als Plakat am Platz aus.",
        emoji: "👍"),
    ]

    static func insert(_ context: DemoContext, projectID: Int64) throws -> DemoProcess {
        let start = context.local(context.days(-16), hour: 0)
        let closes = context.local(context.days(5), hour: 23, minute: 59)
        let lastComment = context.now.addingTimeInterval(-2 * 3600)
        let id = try context.insert("""
            INSERT INTO process(slug, title, description, project_id, starts_on, ends_on, created_at)
            VALUES ('stiftsplatz', ?, ?, ?, ?, ?, ?)
            """, [
                "Neugestaltung Stiftsplatz – Kommentierung des Vorentwurfs",
                "Der Vorentwurf für den neuen Stiftsplatz kann bis zum Ende der Frist kommentiert werden. Die "
                    + "Hinweise fließen in die Entwurfsplanung ein.",
                projectID, context.day(start), context.day(closes), context.stamp(context.days(-20)),
            ])
        context.summary.processes += 1
        let sectionIDs = try DemoGuidelines.insertSections(context, processID: id, sections: sections)
        return DemoProcess(id: id, slug: "stiftsplatz", sectionIDs: sectionIDs, topics: topics,
                           commentCount: 62, authorRange: 95 ... 139, start: start, end: lastComment,
                           pendingShare: 0.7)
    }
}
