import Foundation
import ModeratCore

/// The commented guidelines as a city publishes them: each section's text with the approved
/// comments tagged to it and the moderators' public answers. Holds no author names (only
/// pseudonyms) and nothing of rejected comments but their number per reason.
public struct CommentedGuidelines: Equatable, Sendable {
    public var processSlug: String
    public var title: String
    public var description: String
    public var sections: [Section]
    /// Approved comments tagged to no section.
    public var untagged: [PublishedComment]
    /// Rejected comments of the whole process, per reason (comments, not tags).
    public var rejectedByReason: [ReasonCount]
    /// Comments of the whole process by state.
    public var totals: Counts

    /// One guideline section with what is published under it.
    public struct Section: Equatable, Sendable {
        public var code: String
        public var title: String
        public var depth: Int
        public var body: String
        public var comments: [PublishedComment]
        public var counts: Counts
        public var rejectedByReason: [ReasonCount]
        /// The anchor the table of contents links to ("abschnitt-c1"), unique in the document.
        public var anchor: String
    }

    /// Comments by state; `answered` counts approved comments with a public answer.
    public struct Counts: Equatable, Sendable {
        public var approved = 0
        public var answered = 0
        public var rejected = 0
        /// Pending and held: not decided yet.
        public var open = 0
    }

    /// How many comments were rejected for one reason.
    public struct ReasonCount: Equatable, Sendable {
        public var code: String
        public var label: String
        public var count: Int
    }

    /// "abschnitt-c1" from "C1"; ASCII letters, digits and dashes only, so any code makes a
    /// valid HTML id and a Markdown anchor.
    static func anchor(_ code: String) -> String {
        let spelled = GermanFolding.spellOut(code.lowercased())
        let safe = spelled.unicodeScalars.map { scalar -> Character in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) ? Character(scalar) : "-"
        }
        return "abschnitt-" + String(safe)
    }
}

/// An approved comment as published: a pseudonym instead of the author, the day, the text,
/// the public answer, and approved replies to it.
public struct PublishedComment: Equatable, Sendable {
    public var id: Int64
    /// "Teilnehmer/in 17": numbered by the author's first approved comment in the process.
    public var pseudonym: String
    public var createdAt: Date
    public var body: String
    public var answer: String?
    public var replies: [PublishedComment] = []
}
