import Foundation

/// What a run of the `reconcile` binary produced.
public struct CommandResult: Sendable {
    /// Everything written to stdout, as UTF-8.
    public let stdout: String
    /// Everything written to stderr, as UTF-8.
    public let stderr: String
    /// The exit status.
    public let status: Int32
}

/// Runs the built `reconcile` executable, for end-to-end tests.
///
/// The binary is found, in order: `$RECONCILE_BIN`; beside the running test bundle
/// (works with `--scratch-path` and any build configuration); `.build/debug/reconcile`
/// below the package root.
public enum ReconcileRunner {
    /// Errors finding or starting the binary.
    public enum RunnerError: Error, CustomStringConvertible {
        /// No built binary was found at any candidate path.
        case binaryNotFound([String])
        /// The command would use the user's `Reports/` (default `--db` or `--out`) in the checkout.
        case touchesUserHistory([String])

        /// Lists where the binary was looked for.
        public var description: String {
            switch self {
            case .binaryNotFound(let paths):
                return "reconcile binary not found (looked at \(paths.joined(separator: ", ")); run swift build"
            case .touchesUserHistory(let arguments):
                return "reconcile \(arguments.joined(separator: " ")) in the package root would use the user's "
                    + "Reports/ (default --db/--out): pass --db and --out in a TemporaryFolder, or run in one"
            }
        }
    }

    /// Candidate paths of the binary, most specific first.
    static var candidates: [String] {
        var paths: [String] = []
        if let explicit = ProcessInfo.processInfo.environment["RECONCILE_BIN"] { paths.append(explicit) }
        let runner = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
        for start in [Bundle.main.bundleURL, runner.deletingLastPathComponent()] {
            var folder = start
            // The test bundle sits in the build folder (Linux) or in Contents/MacOS of an .xctest (macOS).
            for _ in 0..<4 {
                paths.append(folder.appendingPathComponent("reconcile").path)
                folder = folder.deletingLastPathComponent()
            }
        }
        paths.append(Fixtures.packageRoot.appendingPathComponent(".build/debug/reconcile").path)
        return paths
    }

    /// The path of the built binary.
    ///
    /// - Throws: ``RunnerError/binaryNotFound(_:)``.
    public static func binary() throws -> String {
        let paths = candidates
        for path in paths where FileManager.default.isExecutableFile(atPath: path) {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                return path
            }
        }
        throw RunnerError.binaryNotFound(paths)
    }

    /// The commands that read or write the history database (`--db`), and those of them that
    /// also write reports (`--out`).
    static let historyCommands: Set<String> = ["run", "verify", "review"]
    static let reportCommands: Set<String> = ["run", "verify"]

    /// Refuses a command that, run in the package root, would use the user's default
    /// `Reports/reconcile.sqlite` or `Reports/latest` (issue 14.3: tests never touch them).
    ///
    /// `--help` and usage errors never open them, but every such call still names both, so the
    /// rule stays simple: in the checkout, `run`/`verify` pass `--db` and `--out`, `review` `--db`.
    /// - Throws: ``RunnerError/touchesUserHistory(_:)``.
    public static func checkLeavesUserHistoryAlone(_ arguments: [String], in directory: String?) throws {
        let folder = URL(fileURLWithPath: directory ?? Fixtures.packageRoot.path).standardizedFileURL.path
        guard folder == Fixtures.packageRoot.standardizedFileURL.path, let command = arguments.first else { return }
        let named = { (option: String) in arguments.contains { $0 == option || $0.hasPrefix(option + "=") } }
        if historyCommands.contains(command), !named("--db") { throw RunnerError.touchesUserHistory(arguments) }
        if reportCommands.contains(command), !named("--out") { throw RunnerError.touchesUserHistory(arguments) }
    }

    /// Runs `reconcile ARGUMENTS…` in `directory` (default: the package root) and waits.
    ///
    /// In the package root, `run`, `verify` and `review` must name `--db` (and `run`/`verify`
    /// `--out`) so no test reads or replaces the user's history
    /// (``checkLeavesUserHistoryAlone(_:in:)``).
    ///
    /// Output goes through temporary files so large outputs cannot block the child. The wait is
    /// asynchronous: a blocked wait would hold one of the few cooperative threads that parallel
    /// tests share (two on a two-core machine) and stall unrelated async tests.
    /// - Returns: stdout, stderr and the exit status.
    /// - Parameter fileSizeLimitKB: When set, the binary runs under `ulimit -f` of this many
    ///   KiB (through `/bin/bash`, whose `-f` unit is 1 KiB): a write past it fails as on a full disk.
    public static func run(_ arguments: [String], in directory: String? = nil,
                           fileSizeLimitKB: Int? = nil) async throws -> CommandResult {
        try checkLeavesUserHistoryAlone(arguments, in: directory)
        let process = Process()
        if let fileSizeLimitKB {
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-c", "ulimit -f \(fileSizeLimitKB) && exec \"$0\" \"$@\"", try binary()] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: try binary())
            process.arguments = arguments
        }
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? Fixtures.packageRoot.path)
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let outPath = try scratch.write("stdout", [UInt8]())
        let errPath = try scratch.write("stderr", [UInt8]())
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            process.terminationHandler = { _ in continuation.resume() }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        try out.close()
        try err.close()
        let stdout = try String(contentsOfFile: outPath, encoding: .utf8)
        let stderr = try String(contentsOfFile: errPath, encoding: .utf8)
        return CommandResult(stdout: stdout, stderr: stderr, status: process.terminationStatus)
    }
}
