import Foundation
import Model
import Reporting

/// Writes report files atomically into `--out DIR` (default `Reports/latest`).
///
/// Each run writes a fresh folder `<parent>/<name>.runs/run-<UTC time>-<pid>/`, then points
/// `<parent>/<name>` at it by renaming a new symlink over the old one (`rename(2)` is
/// atomic), so a killed or failed run leaves the previous reports whole. A real folder left at
/// `DIR` by an older version is moved into `<name>.runs/` first. Missing parents are created,
/// and only the newest ``keep`` run folders are kept.
public struct ReportFolder: Sendable {
    /// The `--out` path: the symlink readers open.
    public let path: String
    /// How many run folders to keep (the current one always stays).
    public let keep: Int

    /// Creates a report folder.
    /// - Parameters:
    ///   - path: The `--out` path, e.g. `Reports/latest`.
    ///   - keep: Run folders kept after a successful write (at least 1).
    public init(path: String, keep: Int = 5) {
        self.path = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        self.keep = max(1, keep)
    }

    /// The folder holding every run folder: `<parent>/<name>.runs`.
    public var runsPath: String { path + ".runs" }

    /// Writes `files` into a new run folder and makes `path` point at it.
    ///
    /// - Parameters:
    ///   - files: Report files; each is rendered just before it is written.
    ///   - time: The run's time, used in the run folder's name.
    ///   - pid: The process id, used in the run folder's name.
    /// - Returns: The run folder's path.
    /// - Throws: ``PipelineError/cannotWriteReports(path:reason:)``, or whatever a file's
    ///   `render` throws; either way the run folder is removed and `path` is unchanged.
    @discardableResult
    public func write(_ files: [ReportFile], time: Date, pid: Int32 = getpid()) throws -> String {
        let runFolder = try stage(files, time: time, pid: pid)
        try publish(runFolder, time: time, pid: pid)
        return runFolder
    }

    /// Writes `files` into a new run folder without showing it: the first half of
    /// ``write(_:time:pid:)``, so a caller can save the history between the two halves and
    /// publish the reports only when both worked (``discard(_:)`` otherwise).
    /// - Returns: The run folder's path.
    /// - Throws: ``PipelineError/cannotWriteReports(path:reason:)`` (a full disk: "No space left
    ///   on device", "File too large"), or whatever a file's `render` throws; the run folder is
    ///   removed then.
    public func stage(_ files: [ReportFile], time: Date, pid: Int32 = getpid()) throws -> String {
        try create(runsPath)
        let runFolder = try newRunFolder(time: time, pid: pid)
        do {
            for file in files {
                try Self.writeFile(runFolder + "/" + file.name, try file.render())
            }
        } catch {
            discard(runFolder)
            throw error
        }
        return runFolder
    }

    /// Points `path` at a staged run folder and prunes old ones: the second half of
    /// ``write(_:time:pid:)``.
    /// - Throws: ``PipelineError/cannotWriteReports(path:reason:)``; the run folder is removed
    ///   and `path` is unchanged then.
    public func publish(_ runFolder: String, time: Date, pid: Int32 = getpid()) throws {
        do {
            try moveLegacyFolder(time: time)
            try swapLink(to: runFolder, pid: pid)
        } catch {
            discard(runFolder)
            throw error
        }
        prune(current: runFolder)
    }

    /// Removes a staged run folder that will not be published.
    public func discard(_ runFolder: String) {
        try? FileManager.default.removeItem(atPath: runFolder)
    }

    /// Writes a whole file with POSIX calls, so a full disk is reported with its reason.
    static func writeFile(_ path: String, _ bytes: [UInt8]) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw PipelineError.cannotWriteReports(path: path, reason: String(cString: strerror(errno)))
        }
        var written = 0
        var failure: Int32 = 0
        bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                written += count
            }
        }
        if close(descriptor) != 0, failure == 0 { failure = errno }
        if failure != 0 {
            throw PipelineError.cannotWriteReports(path: path, reason: String(cString: strerror(failure)))
        }
    }

    private func create(_ folder: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw PipelineError.cannotWriteReports(path: folder, reason: Self.reason(error))
        }
    }

    /// `run-20261123T160000Z-4242`, with `-2`, `-3`… if that name is taken.
    private func newRunFolder(time: Date, pid: Int32) throws -> String {
        let base = runsPath + "/run-" + Self.stamp(time) + "-\(pid)"
        var candidate = base
        var suffix = 2
        while mkdir(candidate, 0o755) != 0 {
            guard errno == EEXIST else {
                throw PipelineError.cannotWriteReports(path: candidate, reason: String(cString: strerror(errno)))
            }
            candidate = base + "-\(suffix)"
            suffix += 1
        }
        return candidate
    }

    /// Moves a real folder at `path` (reports of an older version) into the runs folder.
    private func moveLegacyFolder(time: Date) throws {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        switch info.st_mode & S_IFMT {
        case S_IFLNK: return
        case S_IFDIR:
            let target = runsPath + "/legacy-" + Self.stamp(time)
            guard rename(path, target) == 0 else {
                throw PipelineError.cannotWriteReports(path: path, reason: String(cString: strerror(errno)))
            }
        default:
            throw PipelineError.cannotWriteReports(path: path, reason: "a file is in the way, not a folder")
        }
    }

    /// Points `path` at `runFolder` by renaming a fresh symlink over it.
    private func swapLink(to runFolder: String, pid: Int32) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(pid)").path
        let relativeTarget = URL(fileURLWithPath: runsPath).lastPathComponent + "/"
            + URL(fileURLWithPath: runFolder).lastPathComponent
        unlink(temporary)
        guard symlink(relativeTarget, temporary) == 0 else {
            throw PipelineError.cannotWriteReports(path: temporary, reason: String(cString: strerror(errno)))
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw PipelineError.cannotWriteReports(path: path, reason: reason)
        }
    }

    /// Removes the oldest `run-…` folders beyond ``keep``; never the current one.
    private func prune(current: String) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: runsPath) else { return }
        let currentName = URL(fileURLWithPath: current).lastPathComponent
        let runs = names.filter { $0.hasPrefix("run-") }.sorted()
        for name in runs.dropLast(keep) where name != currentName {
            try? manager.removeItem(atPath: runsPath + "/" + name)
        }
    }

    /// UTC `yyyyMMdd'T'HHmmss'Z'`, which sorts in time order.
    static func stamp(_ time: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: time)
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return String(format: "%04d", c.year ?? 0) + two(c.month) + two(c.day) + "T" + two(c.hour) + two(c.minute)
            + two(c.second) + "Z"
    }

    private static func reason(_ error: Error) -> String {
        (error as NSError).localizedDescription
    }
}

/// One file of a report folder, rendered when it is written.
public struct ReportFile: Sendable {
    /// The file name, e.g. `report.md`.
    public let name: String
    /// Produces the file's bytes.
    public let render: @Sendable () throws -> [UInt8]

    /// Creates a report file.
    public init(name: String, render: @escaping @Sendable () throws -> [UInt8]) {
        self.name = name
        self.render = render
    }
}

extension ReportFolder {
    /// Writes `files` and records the run with `save` so that either both show or neither does:
    /// the files are staged first, then `save` runs, then the reports are published. A full
    /// disk while staging leaves the history untouched; a failed `save` removes the staged
    /// folder, so the previous reports stay.
    /// - Returns: The run folder's path.
    /// - Throws: What staging, `save` or publishing throws.
    @discardableResult
    public func write(_ files: [ReportFile], time: Date, saving save: () throws -> Void) throws -> String {
        let runFolder = try stage(files, time: time)
        do {
            try save()
        } catch {
            discard(runFolder)
            throw error
        }
        try publish(runFolder, time: time)
        return runFolder
    }

    /// Renders `report` in each format and writes the files atomically (see ``write(_:time:pid:)``).
    /// - Returns: The run folder's path.
    /// - Throws: ``PipelineError/cannotWriteReports(path:reason:)`` or a ``ReportingError``.
    @discardableResult
    public func write(_ report: Report, formats: [ReportFormat], time: Date) throws -> String {
        try write(formats.map { format in ReportFile(name: format.fileName) { try format.render(report) } }, time: time)
    }
}
