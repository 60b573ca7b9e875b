import Foundation
import ZIPFoundation

/// Packs the parts of an office file into a ZIP archive in memory, in the given order.
enum OfficeArchive {
    /// One file inside the archive.
    struct Part {
        var path: String
        var data: Data
        /// ODF requires its `mimetype` part stored uncompressed; everything else is deflated.
        var stored: Bool = false

        init(_ path: String, _ text: String, stored: Bool = false) {
            self.path = path
            self.data = Data(text.utf8)
            self.stored = stored
        }
    }

    /// The archive's bytes; `date` is every entry's modification time, so the same document
    /// written twice gives the same bytes.
    static func pack(_ parts: [Part], date: Date) throws -> Data {
        do {
            let archive = try Archive(accessMode: .create)
            for part in parts {
                let data = part.data
                try archive.addEntry(
                    with: part.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                    compressionMethod: part.stored ? .none : .deflate
                ) { position, size in
                    let start = Int(position)
                    return data.subdata(in: start..<min(start + size, data.count))
                }
            }
            guard let bytes = archive.data else { throw StoreError.file(path: "ZIP", .archiveEmpty) }
            return bytes
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.file(path: "ZIP", .archiveUnwritable(system: "\(error)"))
        }
    }
}
