import Foundation

/// Why an input could not be collected or loaded.
public enum PipelineError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A PATH given on the command line does not exist.
    case missingInput(path: String)
    /// A directory holds no `.html`, `.htm`, `.txt` or `.md` page.
    case noPages(directory: String)
    /// A file is over the size limit.
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// The file system refused to read a file.
    case unreadable(path: String, reason: String)
    /// A URL input and no fetcher to load it.
    case cannotFetch(url: String)
    /// The report folder could not be written; the previous reports are untouched.
    case cannotWriteReports(path: String, reason: String)
    /// Another process held a run's lock file for longer than the wait (seconds, `--lock-wait`).
    case locked(path: String, holder: Int32?, seconds: Double)
    /// Parsing a page took more than its budget (processor seconds, `--page-timeout`; or six
    /// times that in wall-clock time).
    case parseTimedOut(path: String, seconds: Double)
    /// Extracting a parsed page's claims took more than its budget (processor seconds,
    /// `--page-timeout`; or six times that in wall-clock time).
    case extractionTimedOut(path: String, seconds: Double)

    /// `path: problem (expected …)`.
    public var description: String {
        switch self {
        case .missingInput(let path):
            return "\(path): no such file or directory (expected a page, a folder of pages or an http(s) URL)"
        case .noPages(let directory):
            return "\(directory): no pages found (expected .html, .htm, .txt or .md files)"
        case .tooLarge(let path, let bytes, let limit):
            return "\(path): file is \(bytes) bytes, over the \(limit)-byte limit (expected a web page)"
        case .unreadable(let path, let reason):
            return "\(path): cannot read file (\(reason))"
        case .cannotFetch(let url):
            return "\(url): URL inputs are not supported by this command (expected a file or folder)"
        case .cannotWriteReports(let path, let reason):
            return "\(path): cannot write reports (\(reason); expected a writable folder)"
        case .locked(let path, let holder, let seconds):
            let who = holder.map { "process \($0)" } ?? "another process"
            return "\(path): locked by \(who), another reconcile run on the same --out or --db; "
                + "waited \(Self.budget(seconds)) s (--lock-wait; expected one run at a time)"
        case .parseTimedOut(let path, let seconds):
            return "\(path): parsing took more than \(Self.budget(seconds)) s of processor time (--page-timeout)"
        case .extractionTimedOut(let path, let seconds):
            return "\(path): extraction took more than \(Self.budget(seconds)) s of processor time (--page-timeout)"
        }
    }

    /// `10` for whole seconds, `0.25` or `0.005` otherwise (small budgets stay readable).
    private static func budget(_ value: Double) -> String {
        value == value.rounded() && value < 1e15 ? String(Int(value)) : String(format: "%g", value)
    }
}
