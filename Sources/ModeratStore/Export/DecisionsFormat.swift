import Foundation
import ModeratCore

/// Writes decisions as CSV or JSON, a row at a time, to any sink (a file, standard output).
public struct DecisionsWriter {
    /// The two formats the platform can read back.
    public enum Format: String, Sendable, CaseIterable { case csv, json }

    public let format: Format
    public let withNames: Bool
    /// The CSV separator (";" as Decidim's own exports use).
    public let delimiter: Character
    private let emit: (String) throws -> Void
    private var count = 0

    public init(format: Format, withNames: Bool, delimiter: Character = ";", emit: @escaping (String) throws -> Void) {
        self.format = format
        self.withNames = withNames
        self.delimiter = delimiter
        self.emit = emit
    }

    /// The column names, in order.
    public var columns: [String] {
        ["id", "external_id", "source", "state", "reason", "public_answer", "sections", "decided_at", "decided_role"]
            + (withNames ? ["decided_by"] : [])
    }

    public mutating func begin() throws {
        switch format {
        case .csv: try emit(columns.map(csvField).joined(separator: String(delimiter)) + "\r\n")
        case .json: try emit("[")
        }
    }

    public mutating func write(_ d: DecisionRecord) throws {
        let values: [String?] = [String(d.id), d.externalId, d.source, d.state, d.reason, d.publicAnswer,
                                 nil, d.decidedAt, d.decidedRole] + (withNames ? [d.decidedBy] : [])
        switch format {
        case .csv:
            var fields = values.map { csvField($0 ?? "") }
            fields[6] = csvField(d.sections.joined(separator: " "))
            try emit(fields.joined(separator: String(delimiter)) + "\r\n")
        case .json:
            var members: [String] = []
            for (name, value) in zip(columns, values) {
                let json: String
                switch name {
                case "id": json = String(d.id)
                case "sections": json = "[" + d.sections.map(Self.jsonString).joined(separator: ", ") + "]"
                default: json = value.map(Self.jsonString) ?? "null"
                }
                members.append("\(Self.jsonString(name)): \(json)")
            }
            try emit((count == 0 ? "\n  {" : ",\n  {") + members.joined(separator: ", ") + "}")
        }
        count += 1
    }

    public mutating func end() throws {
        if format == .json { try emit(count == 0 ? "]\n" : "\n]\n") }
    }

    /// RFC 4180 quoting: quoted when it holds the separator, a quote or a line break; a
    /// formula start is neutralised (see `MachineText.csvCell`).
    func csvField(_ raw: String) -> String {
        MachineText.csvField(raw, delimiter: delimiter)
    }

    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if MachineText.needsEscape(scalar) {
                    out += MachineText.escapingInvisibles(String(scalar))
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
