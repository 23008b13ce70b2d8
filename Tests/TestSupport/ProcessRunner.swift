import Foundation

/// Runs helper programs for tests: `python3` (the scoring tools) or a browser.
public enum ProcessRunner {
    /// Runs `python3 ARGUMENTS…` and waits.
    public static func python(_ arguments: [String], timeout: TimeInterval = 120) throws -> CommandResult {
        try run("/usr/bin/env", ["python3"] + arguments, timeout: timeout)
    }

    /// Runs `program ARGUMENTS…`, killing it after `timeout` seconds; output via temporary files.
    public static func run(_ program: String, _ arguments: [String], timeout: TimeInterval) throws -> CommandResult {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let outPath = try scratch.write("stdout", [UInt8]())
        let errPath = try scratch.write("stderr", [UInt8]())
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try out.close()
        try err.close()
        return CommandResult(stdout: try String(contentsOfFile: outPath, encoding: .utf8),
                             stderr: try String(contentsOfFile: errPath, encoding: .utf8),
                             status: process.terminationStatus)
    }
}
