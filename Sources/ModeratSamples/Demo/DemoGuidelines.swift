import Foundation
import ModeratCore
import ModeratStore

/// The guidelines consultation: the process and the text of the Leitlinien as lettered
/// chapters with numbered sections.
enum DemoGuidelines {
    /// One section of the guidelines; chapters have a one-letter code, their sections "B1" etc.
    struct Section {
        let code: String
        let title: String
        let body: String
    }

    static let sections: [Section] = [
        Section(code: "A", title: "Präambel", body: """
            Die Stadt lebt vom Engagement ihrer Bürgerinnen und Bürger. Diese Leitlinien beschreiben, wie Politik, \
            Verwaltung und Stadtgesellschaft künftig bei Vorhaben der Stadt zusammenarbeiten. Sie wurden in einem \
            Arbeitskreis aus Bürgerschaft, Verwaltung und Stadtrat gemeinsam erarbeitet. Bürgerbeteiligung ergänzt \
            die repräsentative Demokratie; die Entscheidung bleibt beim gewählten Stadtrat.
            """),
        Section(code: "B", title: "Gute Beteiligung", body: """
            Gute Beteiligung ist frühzeitig, offen und verlässlich. Dieses Kapitel beschreibt, welche Formen der \
            Beteiligung es gibt und woran man eine gelungene Beteiligung erkennt.
            """),
        Section(code: "B1", title: "Formen der Beteiligung", body: """
            Beteiligung reicht von der Information über die Konsultation bis zur Mitgestaltung. Je nach Vorhaben \
            kommen Bürgerversammlungen, Planungswerkstätten, Stadtteilspaziergänge, Online-Kommentierungen oder \
            Bürgerräte mit ausgelosten Teilnehmenden in Frage. Die Form richtet sich nach dem Gestaltungsspielraum \
            und nach den Menschen, die von einem Vorhaben betroffen sind.
            """),
        Section(code: "B2", title: "Qualitätskriterien", body: """
            Beteiligung muss ergebnisoffen sein: Es wird nur über Fragen beteiligt, bei denen tatsächlich noch \
            etwas entschieden werden kann. Der Gestaltungsspielraum, der Zeitplan und der Umgang mit den \
            Ergebnissen werden zu Beginn offen benannt. Informationen sind verständlich, vollständig und \
            rechtzeitig verfügbar. Alle Beiträge werden gleich behandelt, unabhängig davon, wer sie einbringt.
            """),
        Section(code: "B3", title: "Beteiligung für alle", body: """
            Beteiligung soll alle Gruppen der Stadtgesellschaft erreichen, auch jene, die sich selten zu Wort \
            melden. Veranstaltungsorte sind barrierefrei, Unterlagen gibt es auf Wunsch in Leichter Sprache. \
            Kinder und Jugendliche werden mit eigenen, altersgerechten Formaten beteiligt. Termine werden so \
            gelegt, dass auch Berufstätige und Menschen mit Familienaufgaben teilnehmen können.
            """),
        Section(code: "C", title: "Information und Anregung", body: """
            Wer sich beteiligen will, muss wissen, was die Stadt plant. Dieses Kapitel regelt, wie frühzeitig \
            informiert wird und wie Bürgerinnen und Bürger selbst Beteiligung anregen können.
            """),
        Section(code: "C1", title: "Vorhabenliste", body: """
            Die Stadt veröffentlicht eine Vorhabenliste mit allen Vorhaben, die für die Stadtgesellschaft von \
            Bedeutung sind. Zu jedem Vorhaben werden Ziele, Stand, Zeitplan, Kosten und die geplante Beteiligung \
            genannt; ist keine Beteiligung vorgesehen, wird dies begründet. Die Liste wird mindestens zweimal im \
            Jahr aktualisiert und ist online sowie gedruckt im Bürgerbüro erhältlich.
            """),
        Section(code: "C2", title: "Anregung von Beteiligung", body: """
            Für jedes Vorhaben auf der Vorhabenliste kann Bürgerbeteiligung angeregt werden. Eine Anregung \
            ist von mindestens 250 Einwohnerinnen und Einwohnern ab 14 Jahren zu unterstützen oder kann vom \
            Beteiligungsbeirat, einem Ortsbeirat oder einer Fraktion des Stadtrats eingebracht werden. Über \
            die Anregung entscheidet der zuständige Ausschuss innerhalb von drei Monaten; die Entscheidung wird begründet.
            """),
        Section(code: "D", title: "Planung und Durchführung", body: """
            Jede Beteiligung wird geplant, bevor sie beginnt. Dieses Kapitel beschreibt das Beteiligungskonzept, \
            die Durchführung und die Regeln für Online-Beteiligung.
            """),
        Section(code: "D1", title: "Beteiligungskonzept", body: """
            Für jedes Beteiligungsverfahren wird ein Beteiligungskonzept erstellt. Es benennt Ziel, Gegenstand, \
            Gestaltungsspielraum, Zielgruppen, Methoden, Zeitplan und Budget. Der Beteiligungsbeirat kann zum \
            Konzept Stellung nehmen. Das Konzept wird vor Beginn der Beteiligung veröffentlicht.
            """),
        Section(code: "D2", title: "Durchführung und Moderation", body: """
            Veranstaltungen werden neutral moderiert; bei strittigen Vorhaben übernimmt eine externe Moderation. \
            Die Moderation achtet auf einen respektvollen Umgang und darauf, dass alle zu Wort kommen. \
            Veranstaltungen finden zu unterschiedlichen Tageszeiten und an gut erreichbaren Orten statt.
            """),
        Section(code: "D3", title: "Online-Beteiligung", body: """
            Online-Beteiligung ergänzt Veranstaltungen vor Ort, ersetzt sie aber nicht. Beiträge werden vor der \
            Veröffentlichung nach den Regeln der Netiquette geprüft; Werbung, Beleidigungen und personenbezogene \
            Daten Dritter werden nicht veröffentlicht. Die Gründe einer Ablehnung werden dokumentiert. \
            Personenbezogene Daten werden nur so lange gespeichert, wie es für das Verfahren nötig ist.
            """),
        Section(code: "E", title: "Umgang mit Ergebnissen", body: """
            Beteiligung lohnt sich nur, wenn ihre Ergebnisse ernst genommen werden. Dieses Kapitel regelt \
            Dokumentation, Rückmeldung und die Berücksichtigung in den Entscheidungen des Stadtrats.
            """),
        Section(code: "E1", title: "Dokumentation und Rückmeldung", body: """
            Die Ergebnisse jeder Beteiligung werden vollständig und nachvollziehbar dokumentiert und \
            veröffentlicht. Die Teilnehmenden erhalten eine Rückmeldung, welche Anregungen aufgegriffen wurden \
            und welche nicht, jeweils mit Begründung. Die Dokumentation liegt spätestens acht Wochen nach dem \
            Ende der Beteiligung vor.
            """),
        Section(code: "E2", title: "Berücksichtigung in Entscheidungen", body: """
            Die Ergebnisse der Beteiligung werden den Gremien des Stadtrats mit der Beschlussvorlage vorgelegt. \
            In der Vorlage wird dargestellt, wie die Ergebnisse in die Abwägung eingeflossen sind. Weicht der \
            Stadtrat von einem eindeutigen Beteiligungsergebnis ab, begründet er dies öffentlich.
            """),
        Section(code: "F", title: "Evaluation", body: """
            Die Leitlinien und ihre Anwendung werden regelmäßig überprüft. Nach zwei Jahren legt die \
            Koordinierungsstelle einen Evaluationsbericht vor, der Zahl und Art der Verfahren, die erreichten \
            Gruppen und die Zufriedenheit der Beteiligten darstellt. Der Beteiligungsbeirat begleitet die \
            Evaluation und schlägt dem Stadtrat bei Bedarf Änderungen der Leitlinien vor.
            """),
        Section(code: "G", title: "Akteure", body: """
            Bürgerbeteiligung braucht feste Zuständigkeiten. Dieses Kapitel beschreibt die Rollen von \
            Beteiligungsbeirat, Koordinierungsstelle, Verwaltung und Stadtrat.
            """),
        Section(code: "G1", title: "Beteiligungsbeirat", body: """
            Der Beteiligungsbeirat begleitet die Umsetzung der Leitlinien. Ihm gehören acht ausgeloste \
            Einwohnerinnen und Einwohner, drei Vertreterinnen oder Vertreter der Verwaltung, eine Person der \
            Koordinierungsstelle sowie je eine Person aus Seniorenbeirat, Jugendparlament, Inklusionsbeirat und \
            Beirat für Migration und Integration an. Er tagt öffentlich, mindestens viermal im Jahr, und gibt \
            sich eine Geschäftsordnung.
            """),
        Section(code: "G2", title: "Koordinierungsstelle Bürgerbeteiligung", body: """
            Die Koordinierungsstelle ist Anlaufstelle für Bürgerschaft, Verwaltung und Politik. Sie pflegt die \
            Vorhabenliste, berät die Fachämter bei der Planung von Beteiligung und führt die Geschäfte des \
            Beteiligungsbeirats. Sie ist mit ausreichend Personal und Mitteln ausgestattet.
            """),
        Section(code: "G3", title: "Verwaltung und Stadtrat", body: """
            Die Fachämter planen Beteiligung zu ihren Vorhaben frühzeitig mit ein und benennen feste \
            Ansprechpersonen. Der Stadtrat bekennt sich zu diesen Leitlinien und entscheidet über die \
            Ergebnisse der Beteiligung in öffentlicher Sitzung.
            """),
    ]

    /// The process, its sections and the plan for its comments.
    static func insert(_ context: DemoContext) throws -> DemoProcess {
        // Three weeks of commenting that ended four weeks before today.
        let end = context.local(context.days(-28), hour: 23, minute: 59)
        let start = context.local(context.days(-49), hour: 0)
        let id = try context.insert("""
            INSERT INTO process(slug, title, description, project_id, starts_on, ends_on, created_at)
            VALUES ('leitlinien', ?, ?, NULL, ?, ?, ?)
            """, [
                "Leitlinien für Bürgerbeteiligung – Online-Kommentierung",
                "Drei Wochen lang konnten alle Interessierten den Entwurf der Leitlinien für Bürgerbeteiligung "
                    + "Abschnitt für Abschnitt kommentieren. Der Arbeitskreis wertet die Beiträge aus; die "
                    + "kommentierte Fassung wird veröffentlicht.",
                context.day(start), context.day(end), context.stamp(context.days(-56)),
            ])
        context.summary.processes += 1
        let sectionIDs = try insertSections(context, processID: id, sections: sections)
        return DemoProcess(id: id, slug: "leitlinien", sectionIDs: sectionIDs,
                           topics: DemoTopics.guidelines, commentCount: 456, authorRange: 0 ... 119,
                           start: start, end: end, pendingShare: 0.61)
    }

    /// Inserts sections in order; a code with a letter and digits gets its chapter as parent.
    static func insertSections(_ context: DemoContext, processID: Int64, sections: [Section]) throws -> [String: Int64] {
        var ids: [String: Int64] = [:]
        let statement = try context.db.makeStatement(sql: """
            INSERT INTO section(process_id, code, parent_id, ordinal, title, body) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for (index, section) in sections.enumerated() {
            let parentCode = parent(of: section.code)
            let parentID = parentCode.flatMap { ids[$0] }
            try statement.execute(arguments: [processID, section.code, parentID, index + 1, section.title, section.body])
            ids[section.code] = context.db.lastInsertedRowID
            context.summary.sections += 1
        }
        return ids
    }

    /// "B1" → "B"; chapters and plain numbers have no parent.
    static func parent(of code: String) -> String? {
        guard let first = code.first, first.isLetter, code.count > 1 else { return nil }
        return String(first)
    }
}
