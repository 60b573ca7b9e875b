import Foundation
import ModeratCore
import ModeratStore

/// The Vorhabenliste: invented projects of a Kaiserslautern-like city with every field filled.
enum DemoProjects {
    /// What later parts of the demo need to know about the projects.
    struct Inserted {
        var stiftsplatzID: Int64
    }

    struct Project {
        let slug: String
        let title: String
        let description: String
        let councilDecisions: String
        let status: String
        let nextSteps: String
        let timing: String
        let cost: String?
        let districts: String
        let topics: String
        let participation: String
        let participationNote: String
        let boardInvolved: Bool
        let contact: String
        /// Days before `now` the entry was added and last updated.
        let addedDaysAgo: Int
        let updatedDaysAgo: Int
    }

    static let stiftsplatzSlug = "umgestaltung-stiftsplatz"

    static let projects: [Project] = [
        Project(slug: stiftsplatzSlug, title: "Umgestaltung Stiftsplatz",
                description: "Der Stiftsplatz soll vom Parkplatz zu einem Platz mit Aufenthaltsqualität werden: mehr Grün und Schatten, Sitzgelegenheiten, ein Wasserspiel und Raum für Wochenmarkt und Veranstaltungen. Ziel ist ein barrierefreier, klimaangepasster Platz in der Innenstadt.",
                councilDecisions: "Grundsatzbeschluss des Stadtrats zur Umgestaltung; Bauausschuss: Auftrag für einen freiraumplanerischen Wettbewerb mit Bürgerbeteiligung.",
                status: "Wettbewerb abgeschlossen, Vorentwurf liegt vor.",
                nextSteps: "Online-Kommentierung des Vorentwurfs, danach Entwurfsplanung und Beschluss im Bauausschuss.",
                timing: "Kommentierung bis Ende des Monats; Baubeginn frühestens im übernächsten Frühjahr.",
                cost: "ca. 3,8 Mio. € (davon 60 % Städtebauförderung)",
                districts: "Innenstadt", topics: "Stadtplanung; Klimaanpassung; Einzelhandel",
                participation: "running",
                participationNote: "Online-Kommentierung des Vorentwurfs und ein Platzspaziergang vor Ort; Ergebnisse fließen in die Entwurfsplanung ein.",
                boardInvolved: true, contact: "Referat Stadtentwicklung, Frau Ines Hartmann",
                addedDaysAgo: 520, updatedDaysAgo: 16),
        Project(slug: "radverkehrskonzept-innenstadt", title: "Radverkehrskonzept Innenstadt",
                description: "Ein zusammenhängendes Netz sicherer Radwege in der Innenstadt und zu den angrenzenden Stadtteilen, mit Fahrradstraßen, geschützten Radfahrstreifen und mehr Abstellanlagen. Ziel ist ein Radverkehrsanteil von 15 Prozent.",
                councilDecisions: "Beschluss des Stadtrats zur Aufstellung eines Radverkehrskonzepts; Mittel im Doppelhaushalt bereitgestellt.",
                status: "Bestandsanalyse abgeschlossen, Netzentwurf in Arbeit.",
                nextSteps: "Vorstellung des Netzentwurfs, Beteiligung, danach Priorisierung der Maßnahmen.",
                timing: "Beteiligung im kommenden Quartal; Beschluss des Konzepts Ende des Jahres.",
                cost: "Konzept 180.000 €; Umsetzung je Maßnahme",
                districts: "Innenstadt; Innenstadt-West; Lämmchesberg; Betzenberg", topics: "Mobilität; Radverkehr; Verkehrssicherheit",
                participation: "planned",
                participationNote: "Online-Karte für Hinweise zu Gefahrenstellen, zwei Stadtteilradtouren und eine Planungswerkstatt.",
                boardInvolved: true, contact: "Referat Umweltschutz, Mobilität, Herr Jonas Becker",
                addedDaysAgo: 410, updatedDaysAgo: 35),
        Project(slug: "neubau-grundschule-erfenbach", title: "Neubau Grundschule Erfenbach",
                description: "Die Grundschule in Erfenbach wird durch einen Neubau mit Ganztagsbereich und Mensa ersetzt. Schulhof und Sporthalle sollen außerhalb der Schulzeiten auch dem Stadtteil offenstehen.",
                councilDecisions: "Stadtrat: Neubau statt Sanierung beschlossen; Schulträgerausschuss: Raumprogramm genehmigt.",
                status: "Entwurfsplanung.",
                nextSteps: "Bauantrag, Ausschreibung der Rohbauarbeiten.",
                timing: "Baubeginn im Herbst, Bezug zum Schuljahr in drei Jahren.",
                cost: "ca. 14,5 Mio. €",
                districts: "Erfenbach", topics: "Bildung; Kinder und Jugendliche",
                participation: "planned",
                participationNote: "Schulgemeinschaft, Ortsbeirat und Kinder gestalten den Schulhof in einer Werkstatt mit.",
                boardInvolved: false, contact: "Referat Schulen, Frau Miriam Vogt",
                addedDaysAgo: 600, updatedDaysAgo: 80),
        Project(slug: "sanierung-stadtbad", title: "Technische Sanierung Stadtbad am Volkspark",
                description: "Lüftung, Wasseraufbereitung und Dach des Stadtbads werden erneuert. Ziel ist der sichere Weiterbetrieb für Schulen, Vereine und Öffentlichkeit.",
                councilDecisions: "Dringlichkeitsbeschluss des Stadtrats nach Gutachten zur Betriebssicherheit.",
                status: "Ausschreibung läuft.",
                nextSteps: "Vergabe, Schließung des Bades während der Bauzeit.",
                timing: "Schließung voraussichtlich für zehn Monate ab Sommer.",
                cost: "ca. 6,1 Mio. €",
                districts: "Innenstadt-Ost", topics: "Sport; Gebäude",
                participation: "none",
                participationNote: "Keine Beteiligung: Es handelt sich um eine technische Sanierung ohne Gestaltungsspielraum. Über Ausweichzeiten für Vereine informiert das Sportamt.",
                boardInvolved: false, contact: "Gebäudewirtschaft, Herr Tobias Lang",
                addedDaysAgo: 300, updatedDaysAgo: 20),
        Project(slug: "spielplatzkonzept-2030", title: "Spielplatzentwicklungskonzept 2030",
                description: "Alle 96 städtischen Spielplätze werden bewertet; für jeden Stadtteil entsteht ein Plan, welche Plätze erneuert, zusammengelegt oder neu gebaut werden.",
                councilDecisions: "Jugendhilfeausschuss: Auftrag zur Erstellung des Konzepts.",
                status: "Bestandsaufnahme in zwölf von achtzehn Stadtteilen abgeschlossen.",
                nextSteps: "Spielplatzchecks mit Kindern, Entwurf des Konzepts.",
                timing: "Beteiligung in den Sommerferien; Beschluss im Frühjahr.",
                cost: "Konzept 60.000 €; Umsetzung jährlich ca. 400.000 €",
                districts: "gesamtes Stadtgebiet", topics: "Kinder und Jugendliche; Grünflächen",
                participation: "planned",
                participationNote: "Spielplatzchecks mit Kindern und Jugendlichen, begleitet vom Jugendparlament.",
                boardInvolved: true, contact: "Referat Jugend und Sport, Frau Lea Schuster",
                addedDaysAgo: 380, updatedDaysAgo: 60),
        Project(slug: "hitzeaktionsplan", title: "Hitzeaktionsplan und 1.000 neue Stadtbäume",
                description: "Die Stadt bereitet sich auf heißere Sommer vor: Trinkbrunnen, kühle Orte, ein Hitzewarnsystem für Pflegeeinrichtungen und 1.000 zusätzliche Straßenbäume bis 2030.",
                councilDecisions: "Stadtrat: Klimaanpassungskonzept beschlossen; Hitzeaktionsplan als Maßnahme 3.2.",
                status: "Standortsuche für Bäume und Trinkbrunnen.",
                nextSteps: "Online-Karte für Baumstandorte, Abstimmung mit Versorgungsleitungen.",
                timing: "Erste Pflanzungen im Herbst.",
                cost: "ca. 2,4 Mio. € über fünf Jahre",
                districts: "gesamtes Stadtgebiet", topics: "Klimaanpassung; Gesundheit; Grünflächen",
                participation: "planned",
                participationNote: "Vorschläge für Baumstandorte und kühle Orte über eine Online-Karte; Baumpatenschaften.",
                boardInvolved: false, contact: "Referat Umweltschutz, Frau Dr. Sabine Krämer",
                addedDaysAgo: 250, updatedDaysAgo: 12),
        Project(slug: "digitales-buergerbuero", title: "Digitales Bürgerbüro und Online-Terminvergabe",
                description: "Mehr Verwaltungsleistungen online, eine einheitliche Terminvergabe und längere Öffnungszeiten an zwei Abenden pro Woche.",
                councilDecisions: "Hauptausschuss: Digitalisierungsstrategie beschlossen.",
                status: "Online-Terminvergabe in Betrieb, weitere Leistungen folgen.",
                nextSteps: "Nutzerbefragung, Ausbau der Online-Dienste.",
                timing: "Laufend bis Ende nächsten Jahres.",
                cost: nil,
                districts: "gesamtes Stadtgebiet", topics: "Verwaltung; Digitalisierung",
                participation: "open",
                participationNote: "Ob und wie beteiligt wird, entscheidet sich nach der Nutzerbefragung.",
                boardInvolved: false, contact: "Referat Bürgerdienste, Herr Marco Seidel",
                addedDaysAgo: 200, updatedDaysAgo: 45),
        Project(slug: "quartier-gruebentaelchen", title: "Quartiersentwicklung Grübentälchen",
                description: "Im Programm „Sozialer Zusammenhalt“ werden Wohnumfeld, Treffpunkte und Wege im Quartier verbessert. Ein Quartiersmanagement vor Ort begleitet die Bewohnerinnen und Bewohner.",
                councilDecisions: "Stadtrat: Aufnahme in das Förderprogramm; integriertes Entwicklungskonzept beschlossen.",
                status: "Umsetzung der ersten Maßnahmen (Quartiersplatz, Mietergärten).",
                nextSteps: "Verfügungsfonds für Bewohnerprojekte, Planung des Nachbarschaftszentrums.",
                timing: "Programmlaufzeit bis 2031.",
                cost: "ca. 9 Mio. € (Förderanteil 80 %)",
                districts: "Grübentälchen", topics: "Soziales; Wohnen; Stadtplanung",
                participation: "done",
                participationNote: "Bewohnerbefragung, drei Quartierswerkstätten und ein Stadtteilbeirat; Dokumentation online.",
                boardInvolved: true, contact: "Quartiersmanagement Grübentälchen, Herr Yusuf Demir",
                addedDaysAgo: 700, updatedDaysAgo: 90),
        Project(slug: "laermaktionsplan-4", title: "Lärmaktionsplan, Stufe 4",
                description: "Der Lärmaktionsplan benennt Straßen mit hoher Lärmbelastung und Maßnahmen wie Tempo 30 nachts, lärmarmen Asphalt und Schallschutzfenster.",
                councilDecisions: "Stadtrat: Lärmaktionsplan beschlossen (gesetzliche Pflichtaufgabe).",
                status: "Beschlossen, Umsetzung läuft.",
                nextSteps: "Tempo 30 nachts auf vier Hauptstraßen, Fahrbahnsanierung mit lärmarmem Belag.",
                timing: "Überprüfung in fünf Jahren.",
                cost: "je Maßnahme",
                districts: "Innenstadt; Einsiedlerhof; Hohenecken", topics: "Umwelt; Verkehr; Gesundheit",
                participation: "done",
                participationNote: "Gesetzliche Öffentlichkeitsbeteiligung mit zwei Auslegungen und einer Online-Karte.",
                boardInvolved: false, contact: "Referat Umweltschutz, Herr Felix Roth",
                addedDaysAgo: 820, updatedDaysAgo: 150),
        Project(slug: "mobilstationen", title: "Mobilstationen am Hauptbahnhof und in den Stadtteilen",
                description: "An zehn Standorten sollen Bus, Bahn, Leihräder, Carsharing und sichere Fahrradabstellanlagen verknüpft werden.",
                councilDecisions: "Mobilitätsausschuss: Machbarkeitsstudie beauftragt.",
                status: "Machbarkeitsstudie liegt vor.",
                nextSteps: "Standortentscheidung, Förderantrag.",
                timing: "Erste Stationen in zwei Jahren.",
                cost: "ca. 1,2 Mio. €",
                districts: "Innenstadt; Morlautern; Siegelbach; Dansenberg", topics: "Mobilität; Radverkehr; ÖPNV",
                participation: "open",
                participationNote: "Die Standorte könnten in den Ortsbeiräten und online diskutiert werden; Entscheidung steht aus.",
                boardInvolved: false, contact: "Referat Umweltschutz, Mobilität, Herr Jonas Becker",
                addedDaysAgo: 160, updatedDaysAgo: 30),
        Project(slug: "umnutzung-strassenbahndepot", title: "Umnutzung ehemaliges Straßenbahndepot",
                description: "Die leerstehenden Hallen des alten Straßenbahndepots sollen zu einem Ort für Kultur, Handwerk und Start-ups werden. Denkmalschutz und Altlasten sind zu berücksichtigen.",
                councilDecisions: "Stadtrat: Ankauf des Grundstücks; Konzeptvergabe vorbereitet.",
                status: "Altlastengutachten beauftragt.",
                nextSteps: "Nutzungsideen sammeln, Konzeptvergabe ausschreiben.",
                timing: "Ideensammlung im Herbst, Vergabe im nächsten Jahr.",
                cost: "Ankauf 2,1 Mio. €; Sanierung offen",
                districts: "Innenstadt-West", topics: "Kultur; Wirtschaft; Denkmalschutz",
                participation: "planned",
                participationNote: "Offene Ideenwerkstatt in den Hallen und ein Tag der offenen Tür.",
                boardInvolved: true, contact: "Wirtschaftsförderung, Frau Katrin Albrecht",
                addedDaysAgo: 130, updatedDaysAgo: 25),
        Project(slug: "buergerhaushalt-2027", title: "Bürgerhaushalt 2027",
                description: "Bürgerinnen und Bürger können Vorschläge für den Haushalt einbringen und bewerten; 250.000 € stehen für Vorschläge aus den Stadtteilen bereit.",
                councilDecisions: "Haupt- und Finanzausschuss: Pilot eines Bürgerbudgets beschlossen.",
                status: "Verfahren in Vorbereitung.",
                nextSteps: "Regeln für das Bürgerbudget, Start der Vorschlagsphase.",
                timing: "Vorschläge im Frühjahr, Abstimmung im Sommer.",
                cost: "Bürgerbudget 250.000 €; Verfahren 40.000 €",
                districts: "gesamtes Stadtgebiet", topics: "Finanzen; Beteiligung",
                participation: "planned",
                participationNote: "Online-Vorschläge, Stadtteilversammlungen und eine offene Abstimmung ab 14 Jahren.",
                boardInvolved: true, contact: "Koordinierungsstelle Bürgerbeteiligung, Frau Claudia Weber",
                addedDaysAgo: 90, updatedDaysAgo: 10),
    ]

    static func insert(_ context: DemoContext) throws -> Inserted {
        let statement = try context.db.makeStatement(sql: """
            INSERT INTO project(slug, title, description, council_decisions, status, next_steps, timing, cost,
                                districts, topics, participation, participation_note, board_involved, contact,
                                link, added_on, updated_on)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var stiftsplatzID: Int64?
        for project in projects {
            try statement.execute(arguments: [
                project.slug, project.title, project.description, project.councilDecisions, project.status,
                project.nextSteps, project.timing, project.cost, project.districts, project.topics,
                project.participation, project.participationNote, project.boardInvolved ? 1 : 0, project.contact,
                "https://beteiligung.example.org/vorhaben/\(project.slug)",
                context.day(context.days(-project.addedDaysAgo)), context.day(context.days(-project.updatedDaysAgo)),
            ])
            if project.slug == stiftsplatzSlug { stiftsplatzID = context.db.lastInsertedRowID }
            context.summary.projects += 1
        }
        guard let stiftsplatzID else { throw SampleRefusal.demoRowMissing(table: "project", key: stiftsplatzSlug) }
        return Inserted(stiftsplatzID: stiftsplatzID)
    }
}
