import Foundation
import ModeratCore

/// The Synopse (kommentierte Fassung): per section the draft text and the final text with
/// the words inserted and deleted, then what was said about it and what became of it.
public struct Synopsis: Equatable, Sendable {
    public var processSlug: String
    public var title: String
    public var fromVersion: Int
    public var toVersion: Int
    public var sections: [Section]
    /// Considered things (comments, passages, groups) that belong to no section.
    public var unsectioned: [Entry]
    /// Outcomes over every unit of the process, each counted once.
    public var progress: ConsiderationProgress
    /// The press figure: approved comments, and how many of them were wholly or partly
    /// adopted (by themselves, a passage or their group).
    public var commentCount: Int
    public var adoptedComments: Int
    /// Names instead of pseudonyms (`--with-names`).
    public var withNames: Bool

    /// How a section's text fared between the two versions.
    public enum Change: String, Equatable, Sendable {
        case unchanged, changed, added, removed
    }

    /// One section in both versions, with what belongs to it.
    public struct Section: Equatable, Sendable {
        public var code: String
        public var title: String
        public var depth: Int
        public var anchor: String
        public var draft: String
        public var final: String
        public var change: Change
        /// The final text against the draft, word by word.
        public var diff: [WordDiff.Piece]
        public var entries: [Entry]
        public var progress: ConsiderationProgress
    }

    /// A comment, passage or group with its outcome, as published.
    public struct Entry: Equatable, Sendable {
        /// "12", "12.2", "G3".
        public var number: String
        /// One per text: "Teilnehmer/in 4" (or the name with `--with-names`).
        public var authors: [String]
        public var texts: [String]
        /// Comment ids of a group's members (empty otherwise).
        public var members: [Int64]
        public var consideration: Consideration?
        /// Where an agreed consideration was agreed: "10. Sitzung des Beteiligungsbeirats, 14.11.2026, TOP 3".
        public var agreedAt: String?
    }
}
