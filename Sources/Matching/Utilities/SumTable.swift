/// A small open-addressing table from non-negative `Int` keys to summed `Double`s.
///
/// The matcher adds millions of likelihood ratios per run into (claim, page) slots; the
/// standard `Dictionary` hashes every key with SipHash, which dominated the profile. Keys
/// here are internal numbers, not page data, so a multiplicative hash is enough.
struct SumTable: Sendable {
    private var keys: [Int]
    private var values: [Double]
    private var count = 0
    private var shift: Int

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: -1, count: size)
        values = Array(repeating: 0, count: size)
        shift = 64 - size.trailingZeroBitCount
    }

    private func slot(_ key: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
    }

    /// Adds `value` to the sum at `key` (`key` ≥ 0).
    mutating func add(_ key: Int, _ value: Double) {
        if (count + 1) * 2 > keys.count { grow() }
        var index = slot(key)
        let mask = keys.count - 1
        while true {
            if keys[index] == key {
                values[index] += value
                return
            }
            if keys[index] < 0 {
                keys[index] = key
                values[index] = value
                count += 1
                return
            }
            index = (index + 1) & mask
        }
    }

    /// The sum at `key`, 0 when nothing was added.
    func sum(_ key: Int) -> Double {
        var index = slot(key)
        let mask = keys.count - 1
        while keys[index] >= 0 {
            if keys[index] == key { return values[index] }
            index = (index + 1) & mask
        }
        return 0
    }

    /// Adds every sum of `other` into this table.
    mutating func merge(_ other: SumTable) {
        for (index, key) in other.keys.enumerated() where key >= 0 { add(key, other.values[index]) }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Array(repeating: -1, count: oldKeys.count * 2)
        values = Array(repeating: 0, count: oldKeys.count * 2)
        shift -= 1
        count = 0
        for (index, key) in oldKeys.enumerated() where key >= 0 { add(key, oldValues[index]) }
    }
}
