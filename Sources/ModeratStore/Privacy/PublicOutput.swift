import Foundation
import ModeratCore

/// The one rule of every public output (commented guidelines, decisions for the platform,
/// Synopse and Abwägungstabelle, the report, public minutes): no contact data goes out.
/// Exporters do not choose what to scrub; they hand their texts to this, by kind.
struct PublicOutput: Sendable {
    let scrubber: ContactScrubber

    init(_ language: ExportLanguage) {
        scrubber = ContactScrubber(marker: ExportLabels.of(language).contactRemoved)
    }

    /// Text from outside the city, or written down by staff from what people said (a comment,
    /// a minutes text, an action item): every e-mail address and telephone number goes, and
    /// the author's stored contact wherever it was copied in.
    func text(_ text: String, contact: String? = nil) -> String {
        scrubber.scrub(text, contact: contact)
    }

    /// The city's public answer to a comment: the city's own addresses and numbers stay; the
    /// author's contact goes, however it was written ("name (at) web.de" for name@web.de).
    func answer(_ text: String, contact: String?) -> String {
        scrubber.scrubContact(text, contact: contact)
    }

    /// A minutes document for the public, every block through `text`.
    func minutes(_ blocks: [MinutesDocument.Block]) -> [MinutesDocument.Block] {
        blocks.map { block in
            switch block {
            case .title(let s): return .title(text(s))
            case .heading(let s): return .heading(text(s))
            case .paragraph(let s): return .paragraph(text(s))
            case .facts(let rows): return .facts(rows.map { ($0.0, text($0.1)) })
            case .list(let items): return .list(items.map { text($0) })
            }
        }
    }

    /// The report's figures with the action items' free text scrubbed.
    func report(_ figures: ReportFigures) -> ReportFigures {
        var out = figures
        out.openActionItems = figures.openActionItems.map { item in
            var item = item
            item.who = text(item.who)
            item.what = text(item.what)
            return item
        }
        return out
    }
}
