import Foundation

/// What one fuzz run feeds its inputs to. Each input either passes through or ends the
/// process (a trap, a crash, or a broken invariant reported by `FuzzFinding.fail`).
enum FuzzTarget: String, CaseIterable, Sendable {
    case decidimCSV = "decidim-csv"
    case decidimJSON = "decidim-json"
    case genericCSV = "generic-csv"
    case sanitizer
    case guidelines
    case applicants

    /// The environment variable naming the target when libFuzzer owns the command line.
    static let environmentVariable = "MODERAT_FUZZ_TARGET"

    /// Runs one input through the target.
    func run(_ input: Data) {
        switch self {
        case .decidimCSV: ImportFuzzing.shared.run(input, kind: .decidimCSV)
        case .decidimJSON: ImportFuzzing.shared.run(input, kind: .decidimJSON)
        case .genericCSV: ImportFuzzing.shared.run(input, kind: .genericCSV)
        case .sanitizer: SanitizerFuzzing.run(input)
        case .guidelines: DocumentFuzzing.guidelines(input)
        case .applicants: DocumentFuzzing.applicants(input)
        }
    }
}

/// A broken invariant: printed, then the process traps so libFuzzer saves the input.
enum FuzzFinding {
    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("moderat-fuzz finding: \(message)\n".utf8))
        fatalError(message)
    }
}
