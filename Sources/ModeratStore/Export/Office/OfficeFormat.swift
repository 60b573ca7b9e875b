import Foundation

/// The office formats moderat writes, for commands that offer both.
public enum OfficeFormat: String, Sendable, CaseIterable {
    case odt, docx

    /// The document's bytes in this format.
    public func write(_ doc: OfficeDocument, date: Date) throws -> Data {
        switch self {
        case .odt: return try ODTWriter.write(doc, date: date)
        case .docx: return try DOCXWriter.write(doc, date: date)
        }
    }
}
