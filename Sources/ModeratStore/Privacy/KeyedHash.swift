import Crypto
import ModeratCore

/// HMAC-SHA-256 (RFC 2104), swift-crypto's: the keyed hash behind erased authors' ids.
enum KeyedHash {
    /// The hex HMAC of `message` under `key`.
    static func hex(key: [UInt8], message: [UInt8]) -> String {
        let code = HMAC<Crypto.SHA256>.authenticationCode(for: message, using: SymmetricKey(data: key))
        return ModeratCore.SHA256.hexString(Array(code))
    }
}
