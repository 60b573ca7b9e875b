import Foundation

/// Objects of a JSON array file (Decidim's JSON export), streamed: the file is read in
/// 64 KiB chunks and a small scanner finds where each top-level object starts and ends
/// (tracking strings and escapes), so only one object's bytes are held at a time; that
/// object alone goes through JSONSerialization. Nested keys are flattened with "/" like
/// Decidim's CSV ("author/name", "body/de"), so both formats share one mapping.
final class JSONArraySource: ImportRowSource {
    /// An object longer than this is taken for an unclosed string or brace.
    static let maxObjectBytes = 16 << 20

    private let handle: FileHandle
    private var chunk: [UInt8] = []
    private var position = 0
    private var line = 1
    private var started = false
    private var finished = false

    init(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw ImportFileError(line: 0, problem: .cannotOpen) }
        self.handle = handle
    }

    deinit { try? handle.close() }

    func next() throws -> RawImportRow? {
        if finished { return nil }
        if !started {
            try skipSpace(allowBOM: true)
            guard try take() == UInt8(ascii: "[") else {
                throw ImportFileError(line: line, problem: .notAnArray)
            }
            started = true
        }
        try skipSpace()
        if try peek() == UInt8(ascii: ",") { _ = try take(); try skipSpace() }
        guard let byte = try peek() else { throw ImportFileError(line: line, problem: .endsInsideArray) }
        if byte == UInt8(ascii: "]") {
            _ = try take()
            finished = true
            try skipSpace()
            if try peek() != nil { throw ImportFileError(line: line, problem: .textAfterArray) }
            return nil
        }
        guard byte == UInt8(ascii: "{") else {
            throw ImportFileError(line: line, problem: .expectedObject(found: Character(Unicode.Scalar(byte))))
        }
        let startLine = line
        let bytes = try objectBytes(startLine: startLine)
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
        } catch {
            throw ImportRowError(line: startLine, .notJSON(Self.explain(error)))
        }
        guard let dictionary = object as? [String: Any] else {
            throw ImportRowError(line: startLine, .notAnObject)
        }
        var fields: [String: String] = [:]
        Self.flatten(dictionary, prefix: "", into: &fields)
        return RawImportRow(columns: ImportColumns(Array(fields.keys)), values: Array(fields.values), line: startLine, bytes: bytes.count)
    }

    /// The bytes from "{" to its matching "}", counting lines as it goes.
    private func objectBytes(startLine: Int) throws -> [UInt8] {
        var out: [UInt8] = []
        var depth = 0, inString = false, escaped = false
        while let byte = try take() {
            out.append(byte)
            if out.count > Self.maxObjectBytes {
                throw ImportFileError(line: startLine, problem: .objectTooLong)
            }
            if inString {
                if escaped { escaped = false }
                else if byte == UInt8(ascii: "\\") { escaped = true }
                else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return out }
            default: break
            }
        }
        throw ImportFileError(line: startLine, problem: .endsInsideObject)
    }

    private func skipSpace(allowBOM: Bool = false) throws {
        if allowBOM, try peek() == 0xEF {
            _ = try take(); _ = try take(); _ = try take()
        }
        while let byte = try peek(), byte == 32 || byte == 9 || byte == 10 || byte == 13 { _ = try take() }
    }

    private func peek() throws -> UInt8? {
        if position == chunk.count {
            chunk = Array((try handle.read(upToCount: 65_536)) ?? Data())
            position = 0
            if chunk.isEmpty { return nil }
        }
        return chunk[position]
    }

    private func take() throws -> UInt8? {
        guard let byte = try peek() else { return nil }
        position += 1
        if byte == 10 { line += 1 }
        return byte
    }

    static func flatten(_ value: [String: Any], prefix: String, into fields: inout [String: String]) {
        for (key, item) in value {
            let name = prefix.isEmpty ? key : prefix + "/" + key
            switch item {
            case let nested as [String: Any]: flatten(nested, prefix: name, into: &fields)
            case let text as String: fields[name] = text
            case is NSNull: break
            case let number as NSNumber:
                if let whole = Int64(exactly: number.doubleValue) { fields[name] = String(whole) } else { fields[name] = number.stringValue }
            case let list as [Any]:
                if let data = try? JSONSerialization.data(withJSONObject: list) { fields[name] = String(decoding: data, as: UTF8.self) }
            default: fields[name] = "\(item)"
            }
        }
    }

    static func explain(_ error: Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        return text ?? error.localizedDescription
    }
}
