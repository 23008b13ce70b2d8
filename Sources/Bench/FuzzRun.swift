import Dispatch
import Documents
import Extraction
import Foundation
import Model

/// Runs ``FuzzInputs`` through the parser, the extractor and the JSON writers, and counts what
/// went wrong (`reconcile bench fuzz`).
///
/// Each input is parsed (`DocumentParser().parse`), its claims extracted
/// (`ClaimExtractor().extract(from:)`), and both the block model JSON (`BlockJSON`) and the
/// extraction JSON (`ExtractionReport`) are encoded, checked with `JSONSerialization`, and the
/// block JSON decoded back into documents with the same number of blocks. A parse error
/// (empty, binary, no content) is an expected outcome and only counted. A crash cannot be
/// caught in-process: it ends the run, so callers print progress (seed and index) as they go.
public enum FuzzRun {
    /// The counts of a run (or of part of one).
    public struct Summary: Sendable, Equatable {
        /// Inputs run.
        public var inputs = 0
        /// Inputs the parser refused (`DocumentsError`), expected on hostile bytes.
        public var parseErrors = 0
        /// Inputs that took more processor time than the hang threshold.
        public var hangs = 0
        /// Inputs whose JSON did not parse back, or decoded to other blocks.
        public var invalidJSON = 0
        /// Claims extracted over all inputs.
        public var claims = 0
        /// The slowest input's processor time, seconds.
        public var maxSeconds = 0.0
        /// The slowest input's index.
        public var slowest = 0
        /// Indices (and recipes) of the inputs that hung or gave invalid JSON, the first 20.
        public var failures: [String] = []

        /// Creates an empty summary.
        public init() {}

        /// Adds another part's counts.
        public mutating func merge(_ other: Summary) {
            inputs += other.inputs
            parseErrors += other.parseErrors
            hangs += other.hangs
            invalidJSON += other.invalidJSON
            claims += other.claims
            if other.maxSeconds > maxSeconds { (maxSeconds, slowest) = (other.maxSeconds, other.slowest) }
            failures += other.failures.prefix(max(0, 20 - failures.count))
        }
    }

    /// Runs inputs `range` of `inputs`, `jobs` at a time, calling `progress` after every
    /// `every` inputs (in index order, with the index reached and the counts so far).
    ///
    /// - Parameters:
    ///   - inputs: The generator.
    ///   - range: Input indices to run.
    ///   - hangSeconds: An input that takes more processor seconds than this counts as a hang (it is not interrupted).
    ///   - jobs: Inputs run at once (each input is independent, so the counts do not depend on it).
    ///   - every: Inputs between `progress` calls.
    ///   - progress: Called before each batch with its first index, and the counts so far.
    /// - Returns: The counts.
    public static func run(
        _ inputs: FuzzInputs, range: Range<Int>, hangSeconds: Double, jobs: Int = 1, every: Int = 1_000,
        progress: (Int, Summary) -> Void = { _, _ in }
    ) -> Summary {
        var total = Summary()
        var batchStart = range.lowerBound
        let jobs = max(1, jobs)
        while batchStart < range.upperBound {
            progress(batchStart, total)
            let batch = batchStart..<min(range.upperBound, batchStart + max(1, every))
            let parts = Parts(count: jobs)
            DispatchQueue.concurrentPerform(iterations: jobs) { job in
                var part = Summary()
                var index = batch.lowerBound + job
                while index < batch.upperBound {
                    part.merge(one(inputs, index: index, hangSeconds: hangSeconds))
                    index += jobs
                }
                parts.set(job, part)
            }
            for part in parts.all { total.merge(part) }
            batchStart = batch.upperBound
        }
        return total
    }

    /// Runs input `index` alone.
    public static func one(_ inputs: FuzzInputs, index: Int, hangSeconds: Double) -> Summary {
        let input = inputs.input(index)
        var summary = Summary()
        summary.inputs = 1
        // Processor time, as the pipeline's page budgets count it: with several jobs on a
        // shared machine, wall time mostly measures the wait for a core.
        // The tool's work is timed: parsing, extraction and writing both JSON outputs; the
        // oracle that re-reads them afterwards (Foundation's parser) is not.
        let start = ExtractionDeadline.threadSeconds()
        var written: (document: Document, blocks: [UInt8], report: Data?)?
        do {
            let document = try DocumentParser().parse(input.bytes, path: input.path, id: "fuzz-\(index)",
                                                      source: "fuzz/\(index)/\(input.path)")
            let claims = ClaimExtractor().extract(from: document)
            summary.claims = claims.count
            written = (document, BlockJSON.compactBytes([document]),
                       try? ExtractionReport(documents: [document], claims: claims).encoded())
        } catch {
            // DocumentsError (empty, binary, no content): an expected answer to hostile bytes.
            summary.parseErrors = 1
        }
        let seconds = ExtractionDeadline.threadSeconds() - start
        let valid = written.map { jsonRoundTrips($0.document, blocks: $0.blocks, report: $0.report) } ?? true
        summary.maxSeconds = seconds
        summary.slowest = index
        if seconds > hangSeconds {
            summary.hangs = 1
            summary.failures.append(String(format: "#%d hang %.1f s: %@", index, seconds, input.recipe))
        }
        if !valid {
            summary.invalidJSON = 1
            summary.failures.append("#\(index) invalid JSON: \(input.recipe)")
        }
        return summary
    }

    /// Whether the block JSON and the extraction JSON parse with `JSONSerialization` and the
    /// block JSON decodes back to a document with the same blocks count.
    static func jsonRoundTrips(_ document: Document, blocks: [UInt8], report: Data?) -> Bool {
        guard let report,
              (try? JSONSerialization.jsonObject(with: Data(blocks))) != nil,
              (try? JSONSerialization.jsonObject(with: report)) != nil,
              let decoded = try? BlockJSON.documents(from: blocks),
              decoded.count == 1, decoded[0].blocks.count == document.blocks.count
        else { return false }
        return true
    }

    /// One slot per job; `@unchecked Sendable`: each job writes only its own slot, under `lock`.
    private final class Parts: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Summary]
        init(count: Int) { slots = Array(repeating: Summary(), count: count) }
        func set(_ job: Int, _ part: Summary) { lock.withLock { slots[job] = part } }
        var all: [Summary] { lock.withLock { slots } }
    }
}
