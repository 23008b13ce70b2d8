import Foundation

/// `Tests/Fixtures/http_server.py` on 127.0.0.1, for URL tests.
///
/// The server picks a free port and prints it; it stops itself when this process exits (its
/// stdin closes) or after `lifetime` seconds. `@unchecked Sendable`: every stored property is
/// immutable after `start`, and `Process`/`Pipe` are only kept alive here, never mutated.
public final class LocalHTTPServer: @unchecked Sendable {
    /// The port it listens on.
    public let port: Int
    private let process: Process
    private let stdin: Pipe

    /// The python3 executable, or `nil` when it is absent (URL tests are then skipped).
    public static let python: String? = ["/usr/bin/python3", "/usr/local/bin/python3"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
        ?? ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
            .map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Whether URL tests can run here.
    public static var isAvailable: Bool { python != nil }

    /// One server shared by every test in the process (started on first use).
    public static let shared: LocalHTTPServer? = try? LocalHTTPServer.start()

    /// `http://127.0.0.1:<port><path>`.
    public func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Starts a server serving `root` (default `Tests/Fixtures/http/`) under `/pages/`.
    /// - Parameters:
    ///   - root: The folder served.
    ///   - lifetime: Seconds after which the server stops on its own.
    public static func start(root: String = Fixtures.folder.appendingPathComponent("http").path,
                             lifetime: Int = 300) throws -> LocalHTTPServer {
        guard let python else { throw CocoaError(.executableNotLoadable) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [Fixtures.folder.appendingPathComponent("http_server.py").path,
                             "--root", root,
                             "--lifetime", String(lifetime)]
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        // Not the test's stderr: a child holding it open would keep `swift test` waiting.
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line: [UInt8] = []
        while true {
            let byte = stdout.fileHandleForReading.readData(ofLength: 1)
            guard let first = byte.first, first != UInt8(ascii: "\n") else { break }
            line.append(first)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard text.hasPrefix("PORT "), let port = Int(text.dropFirst(5)) else {
            process.terminate()
            throw CocoaError(.fileReadCorruptFile)
        }
        return LocalHTTPServer(port: port, process: process, stdin: stdin)
    }

    private init(port: Int, process: Process, stdin: Pipe) {
        self.port = port
        self.process = process
        self.stdin = stdin
    }

    deinit {
        try? stdin.fileHandleForWriting.close()
    }
}
