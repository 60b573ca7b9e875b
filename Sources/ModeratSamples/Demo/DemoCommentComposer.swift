import ModeratCore
import ModeratStore

/// Builds comment bodies from the sentence material: one line up to several paragraphs,
/// on one theme or two, and replies that answer their parent.
struct DemoCommentComposer {
    let topics: [DemoTopic]
    /// How a section is named in running text ("Abschnitt C1", "Punkt 2").
    let sectionLabel: (String) -> String

    /// A fresh comment on a theme; returns the body and the themes it touched.
    func compose(topic: Int, rng: inout SeededRandom) -> (body: String, topics: [Int]) {
        let main = topics[topic]
        let length = rng.weighted([0.30, 0.42, 0.22, 0.06])
        var paragraphs: [[String]] = []
        var touched = [topic]
        switch length {
        case 0:
            var line = rng.pick(main.statements + main.suggestions)
            if let emoji = main.emoji, rng.chance(0.25) { line += " " + emoji }
            paragraphs = [[line]]
        case 1:
            var p: [String] = []
            if rng.chance(0.4) { p.append(rng.pick(DemoCommentTexts.openings)) }
            let two = rng.sample(main.statements, count: 2)
            p.append(two[0])
            if rng.chance(0.7) {
                if rng.chance(0.4) { p.append(rng.pick(DemoCommentTexts.suggestionConnectors)) }
                p.append(rng.pick(main.suggestions))
            } else if two.count > 1 {
                p.append(two[1])
            }
            paragraphs = [p]
            if rng.chance(0.2) { paragraphs.append([rng.pick(DemoCommentTexts.closings)]) }
        default:
            let statements = rng.sample(main.statements, count: 3)
            let suggestions = rng.sample(main.suggestions, count: 2)
            var first: [String] = []
            if rng.chance(0.6) { first.append(rng.pick(DemoCommentTexts.openings)) }
            first += statements.prefix(2)
            paragraphs.append(first)
            var second = [rng.pick(DemoCommentTexts.suggestionConnectors)] + suggestions.prefix(rng.chance(0.5) ? 2 : 1)
            if statements.count > 2, rng.chance(0.4) { second.insert(statements[2], at: 0) }
            paragraphs.append(second)
            // Long comments often wander to a second theme.
            if length == 3 || rng.chance(0.35) {
                let other = rng.weighted(topics.map(\.weight))
                if other != topic {
                    touched.append(other)
                    let t = topics[other]
                    paragraphs.append([rng.pick(DemoCommentTexts.statementConnectors), rng.pick(t.statements), rng.pick(t.suggestions)])
                }
            }
            let unused = main.suggestions.filter { !suggestions.contains($0) }
            if length == 3, !unused.isEmpty {
                paragraphs.append([rng.pick(unused) + " " + rng.pick(["Das wäre ein echter Fortschritt.",
                                                                      "Andere Städte machen das längst so.",
                                                                      "Das kostet wenig und bringt viel."])])
            }
            if rng.chance(0.5) { paragraphs.append([rng.pick(DemoCommentTexts.closings)]) }
        }
        return (render(paragraphs, section: main.sections[0], rng: &rng), touched)
    }

    /// A reply to a comment on `topic` (nil: the parent was no theme of its own) by someone
    /// who calls the parent's author `name`. `byAsked`: the writer is the one the parent
    /// (a question) was put to.
    func reply(to parentBody: String, topic: Int?, name: String, byAsked: Bool, rng: inout SeededRandom) -> String {
        var parts: [String] = []
        if parentBody.hasSuffix("?") {
            parts.append(rng.pick(byAsked ? DemoCommentTexts.replyAnswerByAsked : DemoCommentTexts.replyAnswer))
        } else {
            switch rng.weighted([0.45, 0.35, 0.2]) {
            case 0:
                parts.append(rng.pick(DemoCommentTexts.replyAgree))
                if let topic, rng.chance(0.6) { parts.append(rng.pick(topics[topic].suggestions)) }
                if rng.chance(0.2) { parts.append(rng.pick(["👍", "🙂"])) }
            case 1:
                parts.append(rng.pick(DemoCommentTexts.replyDisagree))
                if rng.chance(0.6) { parts.append(rng.pick(DemoCommentTexts.replyCounter)) }
            default:
                parts.append(rng.pick(DemoCommentTexts.replyQuestion))
            }
        }
        let section = topic.map { topics[$0].sections[0] } ?? topics[0].sections[0]
        return render([parts], section: section, rng: &rng).replacingOccurrences(of: "{name}", with: name)
    }

    /// Joins sentences into paragraphs and fills the placeholders. An opening that ends in a
    /// comma ("Liebe Koordinierungsstelle,") stands on its own line.
    func render(_ paragraphs: [[String]], section: String, rng: inout SeededRandom) -> String {
        var blocks: [String] = []
        for paragraph in paragraphs {
            var line = ""
            for sentence in paragraph {
                if sentence.hasSuffix(",") {
                    blocks.append(sentence)
                    continue
                }
                line += line.isEmpty ? sentence : " " + sentence
            }
            if !line.isEmpty { blocks.append(line) }
        }
        var text = blocks.joined(separator: "\n\n")
        while let range = text.range(of: "{ort}") {
            text.replaceSubrange(range, with: rng.pick(DemoCommentTexts.districts))
        }
        return text.replacingOccurrences(of: "{sec}", with: sectionLabel(section))
    }
}
