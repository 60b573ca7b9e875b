import Foundation

/// A synthetic Decidim comment export (CSV, ';') of any size: top-level comments on a few
/// proposals and every fifth row a reply to an earlier comment, as the platform writes it.
enum DecidimExportFile {
    static let header = "id;created_at;body/de;locale;author/id;author/name;alignment;commentable_id;commentable_type;root_commentable_url"

    /// Writes `rows` comments with ids 1…rows to `url`; returns the number of distinct ids.
    @discardableResult
    static func write(rows: Int, to url: URL) throws -> Int {
        var text = header + "\n"
        text.reserveCapacity(rows * 220)
        for id in 1...rows {
            let proposal = id % 50
            let (commentable, type) = id > 1 && id % 5 == 0
                ? (id - 1 - (id * 7) % (id - 1), "Decidim::Comments::Comment")
                : (proposal, "Decidim::Proposals::Proposal")
            let minute = String(format: "%02d", id % 60)
            text += "\(id);2024-05-13T10:\(minute):07+02:00;Kommentar \(id) zu den Leitlinien: bitte „früher“ informieren;"
                + "de;\(id % 300);Person \(id % 300);\(id % 3 - 1);\(commentable);\(type);"
                + "https://mitwirkung.example.de/processes/leitlinien/f/3/proposals/\(proposal)\n"
        }
        try Data(text.utf8).write(to: url)
        return rows
    }
}
