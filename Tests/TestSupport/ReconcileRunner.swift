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

        /// Lists where the binary was looked for.
        public var description: String {
            switch self {
            case .binaryNotFound(let paths):
                return "reconcile binary not found (looked at \(paths.joined(separator: ", ")); run swift build"
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

    /// Runs `reconcile ARGUMENTS…` in `directory` (default: the package root) and waits.
    ///
    /// Output goes through temporary files so large outputs cannot block the child. The wait is
    /// asynchronous: a blocked wait would hold one of the few cooperative threads that parallel
    /// tests share (two on a two-core machine) and stall unrelated async tests.
    /// - Returns: stdout, stderr and the exit status.
    public static func run(_ arguments: [String], in directory: String? = nil) async throws -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try binary())
        process.arguments = arguments
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
