/// A theme citizens write about, with the sections it belongs to and sentences to build
/// comments from. `{ort}` is replaced by a district, `{sec}` by the first section's code.
struct DemoTopic {
    /// Section codes, the one a moderator would tag first at the front.
    let sections: [String]
    /// How often the theme comes up, relative to the others.
    let weight: Double
    /// Share of comments on this theme that nobody tags (local grievances, general remarks).
    let untaggedShare: Double
    let statements: [String]
    let suggestions: [String]
    /// What the coordination office answers in public to a comment on this theme.
    let answer: String
    /// An emoji that fits the theme, if any.
    let emoji: String?
}

/// The themes of the guidelines consultation.
enum DemoTopics {
    static let guidelines: [DemoTopic] = [
        DemoTopic(sections: ["A"], weight: 3, untaggedShare: 0.1, statements: [
            "Die Präambel klingt schön, bleibt aber sehr allgemein.",
            "Dass die Entscheidung beim Stadtrat bleibt, muss nicht gleich im ersten Absatz stehen – das wirkt, als wolle man die Erwartungen von vornherein dämpfen.",
            "Mir fehlt in der Präambel ein klares Bekenntnis des Stadtrats zu diesen Leitlinien.",
            "Gut finde ich, dass die Leitlinien gemeinsam mit Bürgerinnen und Bürgern erarbeitet wurden.",
            "Engagement braucht auch Wertschätzung, davon lese ich in der Präambel wenig.",
            "Die Präambel sollte erwähnen, dass Beteiligung auch Menschen ohne deutschen Pass offensteht.",
        ], suggestions: [
            "Ich schlage vor, in die Präambel aufzunehmen, dass die Leitlinien für alle Referate verbindlich sind.",
            "Bitte ergänzen Sie, dass Beteiligung Zeit und Geld kostet und die Stadt beides bereitstellt.",
            "Die Präambel sollte kürzer und in einfacher Sprache geschrieben sein.",
            "Man könnte ein Beispiel aus unserer Stadt nennen, bei dem Beteiligung gut funktioniert hat.",
        ], answer: "Der Arbeitskreis wird die Präambel in der Überarbeitung noch einmal kürzen und verbindlicher fassen.",
        emoji: nil),
        DemoTopic(sections: ["B1"], weight: 5, untaggedShare: 0.05, statements: [
            "Bürgerräte mit ausgelosten Teilnehmenden finde ich eine sehr gute Idee, weil dann nicht immer dieselben Leute kommen.",
            "Stadtteilspaziergänge haben sich bei uns in {ort} bewährt.",
            "Die Liste der Formen ist gut, aber es fehlt die aufsuchende Beteiligung, also dorthin zu gehen, wo die Menschen sind.",
            "Reine Informationsveranstaltungen sind für mich keine Beteiligung.",
            "Planungswerkstätten finden oft an Werktagen um 17 Uhr statt – da kann kaum jemand, der arbeitet.",
            "Es wird nicht klar, wer entscheidet, welche Form bei einem Vorhaben gewählt wird.",
        ], suggestions: [
            "Bitte ergänzen Sie aufsuchende Formate wie Infostände auf dem Wochenmarkt oder vor dem Supermarkt.",
            "Bei jedem Vorhaben sollte angegeben werden, auf welcher Stufe (Information, Konsultation, Mitgestaltung) beteiligt wird.",
            "Ein Bürgerrat pro Jahr zu einem wichtigen Thema wäre ein guter Anfang.",
            "Schön wären auch kleine Formate wie ein Stammtisch mit der Ortsvorsteherin oder dem Ortsvorsteher.",
        ], answer: "Aufsuchende Formate werden in Abschnitt B1 ausdrücklich ergänzt.",
        emoji: nil),
        DemoTopic(sections: ["B2"], weight: 5, untaggedShare: 0.05, statements: [
            "„Ergebnisoffen“ ist das wichtigste Wort im ganzen Entwurf.",
            "Zu oft wurde in der Vergangenheit beteiligt, wenn eigentlich schon alles entschieden war.",
            "Die Kriterien sind gut, aber wer prüft, ob sie eingehalten werden?",
            "Verständliche Informationen sind das A und O – bisher sind die Unterlagen voller Fachbegriffe.",
            "Dass alle Beiträge gleich behandelt werden, muss auch gegenüber großen Vereinen und Verbänden gelten.",
        ], suggestions: [
            "Bitte nehmen Sie auf, dass der Gestaltungsspielraum schriftlich und vor Beginn veröffentlicht wird.",
            "Es sollte eine Beschwerdemöglichkeit geben, wenn die Qualitätskriterien nicht eingehalten werden.",
            "Ich schlage eine kurze Checkliste vor, die für jedes Verfahren öffentlich ausgefüllt wird.",
            "Die Unterlagen sollten mindestens zwei Wochen vor einer Veranstaltung online stehen.",
        ], answer: "Der Vorschlag einer öffentlichen Checkliste zu den Qualitätskriterien wird im Arbeitskreis beraten.",
        emoji: nil),
        DemoTopic(sections: ["B3", "D2"], weight: 5, untaggedShare: 0.05, statements: [
            "Barrierefreiheit heißt nicht nur Rampe, sondern auch Induktionsschleife, Gebärdensprache und Leichte Sprache.",
            "Meine Mutter sitzt im Rollstuhl und war schon bei mehreren Veranstaltungen, bei denen der Saal nur über Stufen erreichbar war.",
            "Ältere Menschen ohne Internet dürfen nicht abgehängt werden.",
            "Menschen mit Migrationsgeschichte erreicht man mit Aushängen im Rathaus kaum.",
            "Die Online-Kommentierung ist mit einem Screenreader nur schwer zu bedienen.",
        ], suggestions: [
            "Bitte bieten Sie Kinderbetreuung bei Abendveranstaltungen an.",
            "Unterlagen sollten in mehreren Sprachen verfügbar sein, zumindest als Zusammenfassung.",
            "Die Stadt sollte sich vom Inklusionsbeirat beraten lassen, bevor ein Veranstaltungsort festgelegt wird.",
            "Eine Telefonnummer, unter der man Beiträge auch mündlich abgeben kann, wäre für viele Ältere hilfreich.",
        ], answer: "Die Hinweise zur Barrierefreiheit geben wir an den Inklusionsbeirat weiter; Abschnitt B3 wird entsprechend ergänzt.",
        emoji: nil),
        DemoTopic(sections: ["C1"], weight: 8, untaggedShare: 0.03, statements: [
            "Die Vorhabenliste ist das Herzstück der Leitlinien.",
            "Zweimal im Jahr aktualisieren ist zu selten – bis dahin sind viele Entscheidungen schon gefallen.",
            "In der bisherigen Vorhabenliste fehlen oft die Kosten.",
            "Ich finde gut, dass begründet werden muss, wenn keine Beteiligung vorgesehen ist.",
            "Die Liste sollte auch Vorhaben städtischer Gesellschaften enthalten, z. B. der Stadtwerke und der Wohnungsbaugesellschaft.",
            "Wer entscheidet, welche Vorhaben „von Bedeutung“ sind? Das ist sehr dehnbar formuliert.",
        ], suggestions: [
            "Bitte machen Sie die Vorhabenliste nach Stadtteil und Thema filterbar.",
            "Eine Benachrichtigung per E-Mail, wenn ein Vorhaben in meinem Stadtteil neu aufgenommen wird, wäre super.",
            "Die Vorhabenliste sollte als offene Daten (CSV) veröffentlicht werden.",
            "Zu jedem Vorhaben sollte eine Ansprechperson in der Verwaltung genannt werden.",
            "Die gedruckte Fassung sollte auch in den Stadtteilbüchereien ausliegen, nicht nur im Bürgerbüro.",
        ], answer: "Die Vorhabenliste wird künftig nach Stadtteil und Thema filterbar und zusätzlich als offene Daten veröffentlicht.",
        emoji: nil),
        DemoTopic(sections: ["C2"], weight: 5, untaggedShare: 0.05, statements: [
            "250 Unterschriften sind für kleine Stadtteile wie Mölschbach eine hohe Hürde.",
            "Dass schon Jugendliche ab 14 Jahren eine Anregung unterstützen können, finde ich richtig.",
            "Drei Monate bis zur Entscheidung sind zu lang, wenn ein Vorhaben schnell vorangeht.",
            "Es ist unklar, ob Unterschriften auch online gesammelt werden dürfen.",
        ], suggestions: [
            "Die Schwelle sollte sich nach der Einwohnerzahl des Stadtteils richten.",
            "Bitte ermöglichen Sie die Unterstützung einer Anregung auch online.",
            "Wer eine Anregung einbringt, sollte sie im Ausschuss selbst vorstellen dürfen.",
            "Der Ausschuss sollte seine Entscheidung über eine Anregung schriftlich begründen und veröffentlichen.",
        ], answer: "Ob Unterstützungen auch online gesammelt werden können, klären wir derzeit mit dem Rechtsamt.",
        emoji: nil),
        DemoTopic(sections: ["D1"], weight: 3, untaggedShare: 0.05, statements: [
            "Ein veröffentlichtes Beteiligungskonzept schafft Vertrauen.",
            "Im Konzept muss stehen, was mit den Ergebnissen passiert – sonst ist alles andere wertlos.",
            "Das Budget für Beteiligung wird oft vergessen.",
        ], suggestions: [
            "Das Konzept sollte mindestens vier Wochen vor Beginn veröffentlicht werden.",
            "Bitte sehen Sie vor, dass der Beteiligungsbeirat das Konzept nicht nur kommentieren, sondern auch Änderungen verlangen kann.",
            "Für kleine Vorhaben reicht ein kurzes Konzept auf einer Seite.",
        ], answer: "Eine Mindestfrist für die Veröffentlichung des Beteiligungskonzepts wird in D1 aufgenommen.",
        emoji: nil),
        DemoTopic(sections: ["D2"], weight: 5, untaggedShare: 0.08, statements: [
            "Externe Moderation bei strittigen Themen ist sehr sinnvoll.",
            "Bei der letzten Bürgerversammlung haben nur die Lautesten geredet.",
            "Veranstaltungen um 16 Uhr an einem Dienstag schließen alle Berufstätigen aus.",
            "Das Bürgerbüro hat mittwochs nachmittags geschlossen – genau dann, wenn viele Zeit hätten, Unterlagen einzusehen.",
            "Gut erreichbar heißt auch: mit Bus und Bahn, auch am Abend und aus {ort}.",
        ], suggestions: [
            "Bitte legen Sie Veranstaltungen auch auf Samstagvormittage.",
            "Die Öffnungszeiten für die Einsicht in Planunterlagen sollten mindestens einen langen Abend pro Woche umfassen.",
            "Die Moderation sollte Redezeiten begrenzen, damit alle zu Wort kommen.",
            "Eine Veranstaltung pro Vorhaben sollte direkt im betroffenen Stadtteil stattfinden, nicht nur im Rathaus.",
        ], answer: "Veranstaltungen sollen künftig zu unterschiedlichen Zeiten, auch am Wochenende, und in den Stadtteilen stattfinden.",
        emoji: nil),
        DemoTopic(sections: ["D3"], weight: 5, untaggedShare: 0.05, statements: [
            "Online-Beteiligung ist für mich im Schichtdienst oft die einzige Möglichkeit, mitzumachen.",
            "Die Netiquette sollte öffentlich und leicht verständlich sein.",
            "Dass Kommentare erst nach einer Prüfung erscheinen, verstehe ich, aber es dauert manchmal Tage.",
            "Mir ist wichtig, dass meine Daten nicht länger als nötig gespeichert werden.",
            "Die Plattform funktioniert auf dem Handy nur mit Mühe.",
        ], suggestions: [
            "Bitte veröffentlichen Sie, wie viele Beiträge abgelehnt wurden und aus welchen Gründen.",
            "Kommentare sollten innerhalb von zwei Werktagen geprüft werden.",
            "Man sollte auch ohne Registrierung kommentieren können, zumindest mit einer bestätigten E-Mail-Adresse.",
            "Eine Funktion, um auf andere Beiträge zu antworten, fördert die Diskussion.",
        ], answer: "Wir werden die Zahl der abgelehnten Beiträge und die Gründe in der Dokumentation veröffentlichen.",
        emoji: "🙂"),
        DemoTopic(sections: ["B3", "B1"], weight: 4, untaggedShare: 0.05, statements: [
            "Jugendliche werden fast nie gefragt, obwohl es um ihre Zukunft geht.",
            "Das Jugendparlament sollte bei jedem Vorhaben, das Jugendliche betrifft, automatisch beteiligt werden.",
            "Beteiligung über soziale Medien würde viel mehr junge Leute erreichen als eine Bürgerversammlung.",
            "In der Schule haben wir noch nie etwas von der Vorhabenliste gehört.",
        ], suggestions: [
            "Bitte ergänzen Sie Beteiligungsformate direkt an Schulen und in Jugendzentren.",
            "Ein eigenes Jugendbudget, über das Jugendliche selbst entscheiden, wäre ein starkes Signal.",
            "Die Altersgrenze von 14 Jahren sollte für alle Formen der Beteiligung gelten, nicht nur für Anregungen.",
        ], answer: "Die Jugendbeteiligung wird gemeinsam mit dem Jugendparlament in B3 konkretisiert.",
        emoji: "👍"),
        DemoTopic(sections: ["E1"], weight: 5, untaggedShare: 0.05, statements: [
            "Die Rückmeldung an die Teilnehmenden ist der Punkt, an dem es bisher am meisten hapert.",
            "Acht Wochen für die Dokumentation sind realistisch.",
            "Ich habe nach der letzten Beteiligung nie erfahren, was aus meinem Vorschlag geworden ist.",
            "Eine Begründung, warum ein Vorschlag nicht übernommen wurde, ist mir wichtiger als das Ergebnis selbst.",
        ], suggestions: [
            "Bitte informieren Sie alle Teilnehmenden per E-Mail, wenn die Dokumentation veröffentlicht ist.",
            "Die Dokumentation sollte eine Tabelle enthalten: Vorschlag, Bewertung der Verwaltung, Begründung.",
            "Auch die Protokolle des Arbeitskreises sollten öffentlich sein.",
        ], answer: "Die kommentierte Fassung der Leitlinien wird zu jedem berücksichtigten oder nicht berücksichtigten Hinweis eine Begründung enthalten.",
        emoji: nil),
        DemoTopic(sections: ["E2"], weight: 3, untaggedShare: 0.05, statements: [
            "Der Satz, dass der Stadtrat Abweichungen begründet, ist ein echter Fortschritt.",
            "Was ist ein „eindeutiges“ Beteiligungsergebnis? Das muss genauer definiert werden.",
            "Beteiligung ohne Folgen für die Entscheidung frustriert die Menschen.",
        ], suggestions: [
            "In jeder Beschlussvorlage sollte ein eigener Abschnitt „Ergebnisse der Bürgerbeteiligung“ stehen.",
            "Der Stadtrat sollte einmal im Jahr berichten, wie Beteiligungsergebnisse umgesetzt wurden.",
        ], answer: "Ein eigener Abschnitt zu den Beteiligungsergebnissen in Beschlussvorlagen wird vorgeschlagen.",
        emoji: nil),
        DemoTopic(sections: ["F"], weight: 3, untaggedShare: 0.05, statements: [
            "Zwei Jahre bis zur ersten Evaluation sind zu lang.",
            "Wichtig ist, dass nicht nur gezählt wird, wie viele mitgemacht haben, sondern auch wer.",
            "Die Evaluation sollte unabhängig sein, nicht von der Koordinierungsstelle selbst.",
        ], suggestions: [
            "Bitte ziehen Sie für die Evaluation eine Hochschule hinzu.",
            "Nach jedem Verfahren könnte eine kurze Befragung der Teilnehmenden stattfinden.",
            "Die Ergebnisse der Evaluation sollten in einer öffentlichen Sitzung vorgestellt werden.",
        ], answer: "Der Arbeitskreis prüft, ob die Evaluation extern, etwa durch eine Hochschule, begleitet werden kann.",
        emoji: nil),
        DemoTopic(sections: ["G1"], weight: 6, untaggedShare: 0.03, statements: [
            "Acht ausgeloste Bürgerinnen und Bürger im Beirat finde ich klasse.",
            "Die Verwaltung hat mit drei Sitzen zu viel Gewicht im Beirat.",
            "Es fehlen Sitze für den Stadtrat – so fehlt die Verbindung zur Politik.",
            "Dass der Beirat öffentlich tagt, ist selbstverständlich und gut.",
            "Viermal im Jahr reicht nicht, um alle Vorhaben zu begleiten.",
        ], suggestions: [
            "Die ausgelosten Mitglieder sollten eine Aufwandsentschädigung bekommen.",
            "Bei der Auslosung sollte auf eine ausgewogene Verteilung nach Geschlecht, Alter und Stadtteil geachtet werden.",
            "Bitte legen Sie fest, dass für jedes ausgeloste Mitglied eine Stellvertretung mitgelost wird.",
            "Die Sitzungsunterlagen des Beirats sollten eine Woche vorher online stehen.",
        ], answer: "Die Zusammensetzung des Beteiligungsbeirats und die Auslosung mit Nachrückliste werden in G1 genauer geregelt.",
        emoji: nil),
        DemoTopic(sections: ["G2"], weight: 3, untaggedShare: 0.05, statements: [
            "Eine zentrale Anlaufstelle ist überfällig.",
            "„Ausreichend Personal“ ist zu vage – wie viele Stellen sind geplant?",
            "Die Koordinierungsstelle muss unabhängig von den Fachämtern arbeiten können.",
        ], suggestions: [
            "Die Koordinierungsstelle sollte eine feste Sprechstunde in den Stadtteilen anbieten.",
            "Bitte nennen Sie im Text eine konkrete Zahl an Stellen.",
            "Die Koordinierungsstelle sollte direkt beim Oberbürgermeister angesiedelt sein.",
        ], answer: "Die Ausstattung der Koordinierungsstelle ist Teil der Haushaltsberatungen; wir nehmen Ihren Hinweis mit.",
        emoji: nil),
        DemoTopic(sections: ["G3", "E2"], weight: 3, untaggedShare: 0.05, statements: [
            "Wenn die Fachämter nicht mitziehen, nützen die besten Leitlinien nichts.",
            "Feste Ansprechpersonen in den Ämtern wären eine große Erleichterung.",
            "Der Stadtrat sollte sich nicht nur „bekennen“, sondern die Leitlinien verbindlich beschließen.",
        ], suggestions: [
            "Bitte sehen Sie Schulungen für Mitarbeitende der Verwaltung zum Thema Beteiligung vor.",
            "Die Ansprechpersonen sollten auf der Website mit Erreichbarkeit stehen.",
        ], answer: "Schulungen für die Verwaltung sind geplant; der Stadtrat wird die Leitlinien förmlich beschließen.",
        emoji: nil),
        DemoTopic(sections: ["C1", "C2"], weight: 5, untaggedShare: 0.35, statements: [
            "Die Radwege in der Innenstadt enden oft im Nichts.",
            "Die Straße vor der Grundschule in {ort} ist morgens ein einziges Chaos.",
            "Beim Umbau der Hauptstraße hätte man die Anwohnerinnen und Anwohner früher fragen müssen.",
            "Über die Sperrung der Brücke in {ort} haben wir aus der Zeitung erfahren.",
            "Für Radfahrende ist die Kreuzung am Bahnhof lebensgefährlich.",
        ], suggestions: [
            "Das Radverkehrskonzept wäre ein gutes erstes Vorhaben, um die neuen Leitlinien zu erproben.",
            "Bei Straßenbauprojekten sollte eine Information der Anliegerinnen und Anlieger vorgeschrieben sein.",
            "Bitte nehmen Sie Straßen- und Radwegeplanung ausdrücklich in die Vorhabenliste auf.",
        ], answer: "Das Radverkehrskonzept Innenstadt steht auf der Vorhabenliste; die Beteiligung dazu beginnt im kommenden Quartal.",
        emoji: "🚲"),
        DemoTopic(sections: ["E1", "C1"], weight: 4, untaggedShare: 0.1, statements: [
            "Transparenz fehlt mir in der Stadtpolitik schon lange.",
            "Viele Entscheidungen fallen in nichtöffentlichen Sitzungen, das schafft Misstrauen.",
            "Ohne offene Informationen ist Beteiligung nur Show.",
        ], suggestions: [
            "Alle Gutachten zu einem Vorhaben sollten online veröffentlicht werden.",
            "Ein öffentliches Dashboard mit dem Stand aller Vorhaben wäre großartig.",
            "Bitte veröffentlichen Sie auch die Kosten der Beteiligungsverfahren.",
        ], answer: "Gutachten und Kosten der Verfahren sollen künftig zusammen mit dem Vorhaben veröffentlicht werden.",
        emoji: nil),
        DemoTopic(sections: ["A"], weight: 6, untaggedShare: 0.6, statements: [
            "Insgesamt ein guter Entwurf, danke an alle Beteiligten!",
            "Ich halte das Ganze für eine Beruhigungspille – entscheiden wird am Ende doch der Stadtrat.",
            "Endlich! Darauf haben wir in {ort} lange gewartet.",
            "Der Text ist viel zu lang und kompliziert, das liest doch niemand.",
            "Wer soll das alles bezahlen, wo die Stadt doch ohnehin kein Geld hat?",
            "Ich bin skeptisch, ob sich in der Praxis wirklich etwas ändert.",
        ], suggestions: [
            "Eine Zusammenfassung in Leichter Sprache wäre gut.",
            "Bitte überprüfen Sie nach einem Jahr, ob die Leitlinien tatsächlich angewendet werden.",
            "Machen Sie die Leitlinien bekannter, zum Beispiel über das Amtsblatt und Plakate in den Bussen.",
        ], answer: "Eine Zusammenfassung in Leichter Sprache wird zusammen mit der Endfassung veröffentlicht.",
        emoji: "👍"),
    ]
}
