import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive `flock(2)` on a lock file beside the reports (`<out>.lock`) or the history
/// (`<db>.lock`), so two `run`s or `verify`s on the same `--out` or `--db` take turns.
///
/// The lock belongs to the open file, so it ends when the process does, however it ends (no
/// stale lock is left by a killed run). A run that finds the lock taken waits for it, polling,
/// up to a bound; then it fails with ``PipelineError/locked(path:holder:seconds:)``, which names the
/// lock file and the process holding it (its pid is written into the file).
public final class RunLock: Sendable {
    /// The lock file.
    public let path: String
    private let descriptor: Int32

    /// Takes the lock on `path`, creating the file (and its folder) if needed.
    /// - Parameters:
    ///   - path: The lock file, e.g. `Reports/latest.lock`.
    ///   - wait: Seconds to wait for another process to let go.
    /// - Throws: ``PipelineError/locked(path:holder:seconds:)`` after `wait` seconds, or
    ///   ``PipelineError/cannotWriteReports(path:reason:)`` when the file cannot be created.
    public init(path: String, wait: Double) throws {
        self.path = path
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw PipelineError.cannotWriteReports(path: path, reason: String(cString: strerror(errno)))
        }
        let end = Date().addingTimeInterval(max(0, wait))
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, Date() < end else {
                let holder = Self.holder(descriptor)
                close(descriptor)
                throw PipelineError.locked(path: path, holder: holder, seconds: wait)
            }
            usleep(50_000)
        }
        self.descriptor = descriptor
        let pid = "\(getpid())\n"
        _ = ftruncate(descriptor, 0)
        _ = pid.withCString { pwrite(descriptor, $0, strlen($0), 0) }
    }

    deinit {
        close(descriptor)
    }

    /// The pid written by the process holding the lock, when readable.
    private static func holder(_ descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, 31, 0) }
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[0..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Seconds a run waits by default for another run on the same `--out` or `--db`.
    public static let defaultWait: Double = 60

    /// Takes the locks of a report folder and a history database, always in that order (so
    /// two runs never hold one each and wait for the other).
    /// - Parameters:
    ///   - out: The `--out` path; its lock is `<out>.lock`.
    ///   - db: The `--db` path; its lock is `<db>.lock`.
    ///   - wait: Seconds to wait for each.
    /// - Returns: Both locks; they are held until released (dropped).
    public static func forRun(out: String, db: String, wait: Double) throws -> [RunLock] {
        let outLock = ReportFolder(path: out).path + ".lock"
        let dbLock = db + ".lock"
        let first = try RunLock(path: outLock, wait: wait)
        guard URL(fileURLWithPath: dbLock).standardizedFileURL != URL(fileURLWithPath: outLock).standardizedFileURL
        else { return [first] }
        return [first, try RunLock(path: dbLock, wait: wait)]
    }
}
