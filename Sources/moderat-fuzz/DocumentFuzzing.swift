import Foundation
import ModeratStore

/// The whole-file parsers an administrator feeds from outside: the guidelines text
/// (`moderat guidelines import`) and the applicant list of a lot draw (`moderat roster draw`).
/// A `StoreError` naming the file and line is a correct answer to bad input; a crash, a trap
/// or a result that breaks what the parser promises is a finding.
enum DocumentFuzzing {
    static let file = "fuzz-input"

    static func guidelines(_ input: Data) {
        let document: GuidelinesDocument
        do {
            document = try GuidelinesParser.parse(input, file: file)
        } catch is StoreError {
            return
        } catch {
            FuzzFinding.fail("GuidelinesParser threw \(type(of: error)) instead of StoreError: \(error)")
        }
        // Sections become rows keyed by code, children after their parent.
        var seen = Set<String>()
        for section in document.sections {
            guard !section.code.isEmpty else { FuzzFinding.fail("line \(section.line): a section without a code") }
            guard seen.insert(section.code).inserted else { FuzzFinding.fail("line \(section.line): code \(section.code) twice") }
            if let parent = section.parentCode, !seen.contains(parent) {
                FuzzFinding.fail("line \(section.line): section \(section.code) has parent \(parent), not an earlier section")
            }
            for text in [section.code, section.title, section.body] {
                if let bad = text.unicodeScalars.first(where: isControl) {
                    FuzzFinding.fail("line \(section.line): section \(section.code) kept U+\(String(bad.value, radix: 16))")
                }
            }
        }
    }

    static func applicants(_ input: Data) {
        let file: ApplicantFile
        do {
            file = try ApplicantFile.parse(input, file: Self.file)
        } catch is StoreError {
            return
        } catch {
            FuzzFinding.fail("ApplicantFile.parse threw \(type(of: error)) instead of StoreError: \(error)")
        }
        for applicant in file.applicants where applicant.name.isEmpty || applicant.line < 2 {
            FuzzFinding.fail("line \(applicant.line): an applicant without a name or on the header line")
        }
    }

    /// What an imported text must never keep: C0 controls but tab and newline, DEL, C1
    /// controls, and the bidi overrides that can make a line read differently from its bytes.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
