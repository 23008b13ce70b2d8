/// A hash that is the same on every run, machine and Swift version.
///
/// Swift's `Hasher` is seeded per process, so it cannot give ids that survive a re-run.
/// This is 64-bit FNV-1a over the UTF-8 bytes of the parts, each part followed by a
/// 0x1F unit separator so that `["ab", "c"]` and `["a", "bc"]` differ. It is the one
/// home for stable ids: claim keys, match ids and finding fingerprints all use it.
public enum StableHash {
    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The 64-bit FNV-1a hash of the parts.
    /// - Parameter parts: The strings that identify the thing hashed, in a fixed order.
    /// - Returns: The hash value.
    public static func value(_ parts: [String]) -> UInt64 {
        var hash = offsetBasis
        for part in parts {
            for byte in part.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* prime
            }
            hash ^= 0x1F
            hash = hash &* prime
        }
        return hash
    }

    /// The hash as lowercase hexadecimal, zero-padded to `length` digits (at most 16).
    /// - Parameters:
    ///   - parts: The strings that identify the thing hashed, in a fixed order.
    ///   - length: How many hex digits to keep (the low-order ones); 12 by default.
    /// - Returns: A string such as `"3f9a0c12be77"`.
    public static func hex(_ parts: [String], length: Int = 12) -> String {
        let full = String(value(parts), radix: 16)
        let padded = String(repeating: "0", count: max(0, 16 - full.count)) + full
        return String(padded.suffix(max(1, min(16, length))))
    }
}
