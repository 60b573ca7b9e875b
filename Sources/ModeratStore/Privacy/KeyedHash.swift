import ModeratCore

/// HMAC-SHA-256 (RFC 2104) over the dependency-free `SHA256` of ModeratCore.
enum KeyedHash {
    private static let blockSize = 64

    /// The hex HMAC of `message` under `key`.
    static func hex(key: [UInt8], message: [UInt8]) -> String {
        var block = key
        if block.count > blockSize {
            var hash = SHA256()
            hash.update(block)
            block = hash.finalize()
        }
        block += [UInt8](repeating: 0, count: blockSize - block.count)
        var inner = SHA256()
        inner.update(block.map { $0 ^ 0x36 })
        inner.update(message)
        let innerDigest = inner.finalize()
        var outer = SHA256()
        outer.update(block.map { $0 ^ 0x5c })
        outer.update(innerDigest)
        return outer.finalize().map { byte in
            let digits = Array("0123456789abcdef")
            return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0f)]])
        }.joined()
    }
}
