import Documents
import Fetching
import Foundation

/// Reads and parses pages concurrently, keeping results in input order.
///
/// Each page is read (files over ``maxBytes`` are refused), sniffed and parsed by
/// ``DocumentParser`` (a URL page the fetcher hands a cached parse of is not parsed again).
/// A page that fails becomes a ``PageFailure``; the others go on. Each parse has a budget of
/// processor time, ``pageTimeout``: it runs off the Swift concurrency pool (see ``PageDeadline``),
/// and a page still parsing at the deadline fails with ``PipelineError/parseTimedOut(path:seconds:)``.
public struct PageLoader: Sendable {
    /// Largest page accepted by default: 50 MiB.
    public static let defaultMaxBytes = 50 * 1024 * 1024
    /// Seconds a page's parse may take by default.
    public static let defaultPageTimeout: Double = 10

    /// Largest file accepted, in bytes.
    public let maxBytes: Int
    /// Processor seconds one page's parse may take (reading and fetching not included).
    public let pageTimeout: Double
    /// How many pages are parsed at the same time.
    public let workers: Int
    private let fetcher: (any PageFetcher)?
    private let parser = DocumentParser()

    /// Creates a loader.
    ///
    /// - Parameters:
    ///   - maxBytes: Largest file accepted, in bytes.
    ///   - workers: Pages parsed at once; defaults to the number of active cores.
    ///   - fetcher: Loads URL inputs; without one, URL inputs fail with a clear message.
    ///   - pageTimeout: Processor seconds a page's parse may take; values not above zero
    ///     mean the default.
    public init(
        maxBytes: Int = PageLoader.defaultMaxBytes,
        workers: Int = ProcessInfo.processInfo.activeProcessorCount,
        fetcher: (any PageFetcher)? = nil,
        pageTimeout: Double = PageLoader.defaultPageTimeout
    ) {
        self.maxBytes = maxBytes
        self.pageTimeout = pageTimeout > 0 ? pageTimeout : PageLoader.defaultPageTimeout
        self.workers = max(1, workers)
        self.fetcher = fetcher
    }

    /// Loads every input, in parallel, returning one result per input in input order.
    ///
    /// - Parameter inputs: Pages from ``InputCollector``.
    /// - Returns: A document or a failure for each input, in the same order.
    public func load(_ inputs: [Input]) async -> [Result<Document, PageFailure>] {
        var results = [Result<Document, PageFailure>?](repeating: nil, count: inputs.count)
        let order = largestFirst(inputs)
        await withTaskGroup(of: (Int, Result<Document, PageFailure>).self) { group in
            var next = 0
            func addNext() {
                guard next < order.count else { return }
                let position = order[next]
                let input = inputs[position]
                group.addTask { (position, await load(input)) }
                next += 1
            }
            for _ in 0..<workers { addNext() }
            while let (position, result) = await group.next() {
                results[position] = result
                addNext()
            }
        }
        return zip(inputs, results).map { input, result in
            result ?? .failure(PageFailure(source: input.source, message: "\(input.source): not loaded", reason: .badData))
        }
    }

    /// Input positions with URLs first (their wait overlaps the parsing), then files from
    /// the largest down, so a big page does not start last and leave the other workers idle.
    func largestFirst(_ inputs: [Input]) -> [Int] {
        let sizes = inputs.map { input -> Int in
            guard case .file(let file) = input else { return Int.max }
            var info = stat()
            return stat(file.path, &info) == 0 ? Int(info.st_size) : -1
        }
        return inputs.indices.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
    }

    /// Loads one input.
    ///
    /// - Parameter input: A file or URL.
    /// - Returns: The document, or the failure that names the source.
    public func load(_ input: Input) async -> Result<Document, PageFailure> {
        do {
            switch input {
            case .file(let file):
                let bytes = try readFile(file.path, source: file.source)
                return .success(try await parse(source: file.source) { parser in
                    try parser.parse(bytes, path: file.path, id: file.id, source: file.source)
                })
            case .url(let url):
                guard let fetcher else { throw PipelineError.cannotFetch(url: url.url) }
                let page = try await fetcher.fetch(url.url)
                if page.bytes.count > maxBytes {
                    throw PipelineError.tooLarge(path: url.url, bytes: page.bytes.count, limit: maxBytes)
                }
                if let cached = page.cachedDocument {
                    return .success(Document(id: url.id, source: url.url, format: cached.format,
                                             title: cached.title, blocks: cached.blocks))
                }
                let path = URL(string: url.url)?.path ?? url.url
                return .success(try await parse(source: url.url) { parser in
                    try parser.parse(
                        page.bytes, path: path, id: url.id, source: url.url,
                        declaredCharset: page.charset, mediaType: page.mediaType)
                })
            }
        } catch {
            let message = String(describing: error)
            let text = message.hasPrefix(input.source) ? message : "\(input.source): \(message)"
            return .failure(PageFailure(source: input.source, message: text, reason: .badData))
        }
    }

    /// Runs one parse within ``pageTimeout``.
    ///
    /// - Parameters:
    ///   - source: The page as given, named in the timeout error.
    ///   - work: The parse, given the loader's parser.
    /// - Returns: The parsed document.
    /// - Throws: What `work` throws, or ``PipelineError/parseTimedOut(path:seconds:)``.
    func parse(
        source: String, _ work: @escaping @Sendable (DocumentParser) throws -> Document
    ) async throws -> Document {
        let parser = self.parser
        let outcome = await PageDeadline.run(seconds: pageTimeout) {
            Result { try work(parser) }
        }
        guard let outcome else { throw PipelineError.parseTimedOut(path: source, seconds: pageTimeout) }
        return try outcome.get()
    }

    /// Reads a whole file with POSIX calls, refusing files over ``maxBytes``.
    ///
    /// - Throws: ``PipelineError/unreadable(path:reason:)``, ``PipelineError/tooLarge(path:bytes:limit:)``.
    func readFile(_ path: String, source: String) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw PipelineError.unreadable(path: source, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw PipelineError.unreadable(path: source, reason: String(cString: strerror(errno)))
        }
        let size = Int(info.st_size)
        guard size <= maxBytes else { throw PipelineError.tooLarge(path: source, bytes: size, limit: maxBytes) }
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else { return }
            while count < size {
                let got = read(descriptor, base + count, size - count)
                if got < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if got == 0 { break }
                count += got
            }
        }
        if failure != 0 {
            throw PipelineError.unreadable(path: source, reason: String(cString: strerror(failure)))
        }
        // A file that grew since fstat (or a pipe-like file with size 0): read the rest.
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 65536) }
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { break }
            bytes.append(contentsOf: chunk[0..<got])
            if bytes.count > maxBytes {
                throw PipelineError.tooLarge(path: source, bytes: bytes.count, limit: maxBytes)
            }
        }
        return bytes
    }
}
