/// Sentence material shared by both consultations: openings, closings, replies, and the
/// comments moderators must not publish (advertising, insults, personal data of others).
/// All people, addresses and numbers are invented; phone numbers are from the range German
/// regulators reserve for fiction, e-mail domains are example domains.
enum DemoCommentTexts {
    static let districts = [
        "Betzenberg", "Bännjerrück", "Dansenberg", "Einsiedlerhof",
        "Erfenbach", "Erlenbach", "Hohenecken", "Morlautern", "Mölschbach", "Siegelbach", "Grübentälchen",
        "Lämmchesberg", "Kaiserberg",
    ]

    static let openings = [
        "Vielen Dank für die Möglichkeit, den Entwurf zu kommentieren.",
        "Ich habe den Entwurf mit Interesse gelesen.",
        "Grundsätzlich finde ich den Entwurf gelungen, aber:",
        "Ich lebe seit über 20 Jahren in {ort} und engagiere mich im Stadtteilverein.",
        "Als Elternteil von zwei Kindern möchte ich Folgendes anmerken.",
        "Kurze Anmerkung zu {sec}:",
        "Zu {sec} habe ich zwei Punkte.",
        "Ich bin im Ruhestand und habe Zeit, mich zu beteiligen – aber man macht es einem nicht leicht.",
        "Aus Sicht unseres Vereins in {ort}:",
        "Als jemand, der beruflich viel mit Verwaltung zu tun hat, sehe ich das so:",
        "Ich war bei der Auftaktveranstaltung und möchte hier noch etwas ergänzen.",
        "Liebe Koordinierungsstelle,",
    ]

    /// Lead-ins for a proposal, and for a further observation.
    static let suggestionConnectors = ["Deshalb mein Vorschlag:", "Konkret heißt das:", "Mein Wunsch wäre:", "Außerdem:"]
    static let statementConnectors = ["Dazu kommt:", "Und noch etwas:", "Ehrlich gesagt:", "Ein anderer Punkt:"]

    static let closings = [
        "Danke für Ihre Arbeit!",
        "Ich bin gespannt, was aus den Kommentaren wird.",
        "Viele Grüße aus {ort}",
        "Weiter so! 👍",
        "Weiter so!",
        "Ansonsten: guter Entwurf.",
        "Bitte nehmen Sie das ernst.",
        "Ich würde mich über eine Rückmeldung freuen.",
        "Mit freundlichen Grüßen",
    ]

    /// How a reply begins; `{name}` is the name of the person answered.
    static let replyAgree = [
        "Da stimme ich {name} voll zu.",
        "Sehe ich genauso.",
        "+1",
        "Genau das habe ich auch erlebt.",
        "Danke, {name}, das wollte ich auch schreiben.",
        "Richtig, und zwar nicht nur in der Innenstadt.",
    ]
    static let replyDisagree = [
        "Das sehe ich anders, {name}.",
        "Ich halte das für übertrieben.",
        "Das ist zu kurz gedacht.",
        "Wer soll das bezahlen?",
        "Mit Verlaub, das stimmt so nicht.",
    ]
    static let replyQuestion = [
        "Gibt es dafür ein Beispiel aus einer anderen Stadt?",
        "Wie stellen Sie sich das konkret vor?",
        "Meinen Sie damit alle Vorhaben oder nur die großen?",
        "@{name}: Haben Sie dazu eine Quelle?",
    ]
    /// Counter-arguments that fit under any disagreement.
    static let replyCounter = [
        "Das würde die Verfahren nur noch langsamer machen.",
        "Die Verwaltung hat dafür gar nicht das Personal.",
        "Mir ist wichtiger, dass überhaupt etwas passiert.",
        "So etwas klingt gut, funktioniert in der Praxis aber selten.",
        "Am Ende entscheidet ohnehin der Stadtrat, da sollte man ehrlich sein.",
    ]
    /// Answers to a question, by anyone.
    static let replyAnswer = [
        "In Heidelberg und Bonn gibt es das schon, soweit ich weiß.",
        "Soweit ich weiß, steht das in der Geschäftsordnung anderer Städte genau so drin.",
        "Die Frage hatte ich auch, eine Antwort der Stadt wäre gut.",
    ]
    /// Answers by the person who was asked.
    static let replyAnswerByAsked = [
        "Konkret: eine Veranstaltung im Stadtteil und eine online, das würde schon reichen.",
        "Nein, nur bei Vorhaben, die viele Menschen betreffen.",
        "Ich meinte vor allem die Vorhaben in den Stadtteilen.",
        "Danke für die Nachfrage – ich habe es oben etwas unglücklich formuliert.",
    ]

    static let advertising = [
        "Günstige Kredite ohne Schufa! Sofortzusage unter www.example-kredit.biz – jetzt zugreifen!!!",
        "Sie suchen Gartenmöbel? Bei MöbelMax24 gibt es diese Woche 30 % Rabatt auf alles. Einfach den Code LEITLINIEN eingeben.",
        "Ich verdiene von zu Hause 4.500 € im Monat. Wie das geht, steht auf meinem Kanal. 💰💰💰",
        "Entrümpelung und Haushaltsauflösung in der ganzen Region – schnell, sauber, günstig. Kostenlose Besichtigung: www.example-entruempelung.de",
        "Beste Online-Casinos im Vergleich ➜ example-casino.net – 200 Freispiele für Neukunden!",
        "Abnehmen ohne Diät – 10 kg in 2 Wochen! Das Geheimnis, das Ärzte nicht verraten: example-slim.shop",
        "Webdesign für Vereine und Bürgerinitiativen ab 299 €. Schreiben Sie uns: info@example-webagentur.de",
    ]
    static let advertisers = ["MöbelMax24", "Kreditprofi", "Erfolg_von_zuhause", "Entrümpelung Süd", "CasinoGuide", "SlimFast2000", "WebAgentur Pfalz"]

    static let insults = [
        "Was für ein Schwachsinn. Die Leute im Rathaus sollten mal richtig arbeiten, statt solche Papiere zu schreiben, ihr Sesselpupser.",
        "Selten so einen Unsinn gelesen, du Vollpfosten.",
        "Der Oberbürgermeister und seine Clique sind doch alle unfähig und gehören davongejagt.",
        "Halt doch einfach die Klappe, wenn du keine Ahnung hast.",
        "Die Verwaltung ist ein Haufen fauler Beamter, die um 12 Uhr den Griffel fallen lassen.",
        "Typisch Weltverbesserer, die uns allen das Auto wegnehmen wollen. Idioten!",
    ]

    static let personalData = [
        "Wer sich beschweren will: Herr Jürgen Brandt vom Tiefbauamt ist privat unter 030 23125 417 zu erreichen, der wohnt übrigens in der Lindenstraße 12.",
        "Meine Nachbarin Petra Kuhn (petra.kuhn@example.net) hat das schon vor einem Jahr vorgeschlagen, fragen Sie sie doch mal.",
        "Der Hausmeister der Schule in {ort}, Herr Olaf Wendt, Tel. 030 23125 882, lässt abends niemanden auf den Schulhof.",
        "Die Ortsvorsteherin hat mir ihre private Nummer gegeben: 030 23125 906 – da kann man direkt anrufen.",
        "Der Fahrer, der immer auf dem Radweg parkt, heißt Dennis Hoffmann und wohnt in der Pfarrgasse 3. Kennzeichen KL-DH 411.",
        "Schreiben Sie doch Frau Sandra Mayer, die organisiert das bei uns: sandra.mayer1971@example.net",
    ]

    static let offTopic = [
        "Wann wird endlich der Sperrmüll in {ort} abgeholt? Der steht seit zwei Wochen vor unserer Tür.",
        "Weiß jemand, ob das Hallenbad in den Ferien geöffnet hat?",
        "Hat jemand am Samstag auf dem Wochenmarkt einen blauen Regenschirm gefunden?",
        "Test, test – funktioniert das hier?",
        "Die Straßenlaterne vor Hausnummer 7 in {ort} ist seit Wochen kaputt.",
    ]

    /// Openings and closings of the coordination office's public answers.
    static let answerOpenings = [
        "Vielen Dank für Ihren Beitrag.",
        "Herzlichen Dank für Ihre Anregung.",
        "Vielen Dank, dass Sie sich an der Kommentierung beteiligen.",
    ]
    static let answerClosings = [
        "Mit freundlichen Grüßen, Ihre Koordinierungsstelle Bürgerbeteiligung",
        "Freundliche Grüße – die Koordinierungsstelle Bürgerbeteiligung",
    ]

    /// Internal notes moderators leave on a comment (never published).
    static let notesOnHold = [
        "Rückfrage beim Fachamt, ob die Angaben stimmen.",
        "Grenzfall Netiquette – bitte zweite Meinung.",
        "Sachlich richtig? Mit dem Referat abklären, bevor wir freigeben.",
        "Bezieht sich auf ein laufendes Verfahren – Rechtsamt fragen.",
    ]
    static let notesOnDecided = [
        "Für die Auswertung im Arbeitskreis vormerken.",
        "Thema kommt auch in der Beiratssitzung vor.",
        "Mit Referat Stadtentwicklung abgestimmt.",
        "Ähnlicher Hinweis mehrfach eingegangen.",
        "Antwort mit Rechtsamt abgestimmt.",
    ]
}
