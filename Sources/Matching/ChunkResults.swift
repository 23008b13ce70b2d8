import Foundation

/// Per-chunk results of a parallel loop, in chunk order.
///
/// `@unchecked Sendable`: every access goes through `lock`, and each chunk writes only its
/// own slot once.
final class ChunkResults<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [[Value]]

    init(count: Int) {
        slots = Array(repeating: [], count: count)
    }

    func store(_ chunk: Int, _ values: [Value]) {
        lock.lock()
        slots[chunk] = values
        lock.unlock()
    }

    func take(_ chunk: Int) -> [Value] {
        lock.lock()
        defer { lock.unlock() }
        let slot = slots[chunk]
        slots[chunk] = []
        return slot
    }

    /// `transform` of each index in `0..<count`, computed on all cores in contiguous chunks
    /// and returned in index order (the same result as a sequential map).
    static func concurrentMap(_ count: Int, chunks: Int = 16, _ transform: @Sendable (Int) -> Value) -> [Value] {
        guard count > chunks else { return (0..<count).map(transform) }
        let results = ChunkResults(count: chunks)
        let size = (count + chunks - 1) / chunks
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = min(count, chunk * size)..<min(count, (chunk + 1) * size)
            results.store(chunk, range.map(transform))
        }
        return (0..<chunks).flatMap { results.take($0) }
    }
}
