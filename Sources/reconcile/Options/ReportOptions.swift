import ArgumentParser
import Extraction
import Findings
import Foundation
import Model
import Pipeline
import Reporting

/// Where reports go and which ones: `--out DIR`, `--format md,html,json,csv`, `--fail-on SEV`,
/// and how long to wait for another run on them: `--lock-wait SECONDS`.
struct ReportOptions: ParsableArguments {
    /// The report folder (a symlink swapped atomically on each run).
    @Option(help: ArgumentHelp("Report folder, replaced atomically on each run.", valueName: "DIR"),
            completion: .directory)
    var out: String = "Reports/latest"

    /// Which reports to write.
    @Option(help: ArgumentHelp("Reports to write, comma-separated: md, html, json, csv.", valueName: "LIST"))
    var format: FormatList = FormatList(formats: ReportFormat.allCases)

    /// Exit 3 when a finding of at least this severity needs review.
    @Option(name: .customLong("fail-on"),
            help: ArgumentHelp("Exit 3 when a finding of at least this severity needs review.", valueName: "SEV"))
    var failOn: Severity?

    @Option(name: .customLong("lock-wait"),
            help: ArgumentHelp("Seconds to wait for another run on the same --out or --db.", valueName: "SECONDS"))
    var lockWait: Double = RunLock.defaultWait

    func validate() throws {
        guard lockWait >= 0, lockWait.isFinite else {
            throw ValidationError("--lock-wait must be a number of seconds, 0 or more (got \(lockWait)).")
        }
    }

    /// Takes the `--out` and `--db` locks for a run (exit 73 naming the lock file when another
    /// run keeps them past `--lock-wait`), and makes a full file-size limit an error to report
    /// rather than a signal that kills the run mid-write.
    /// - Returns: The locks, to hold until the run ends.
    func lock(db: String) throws -> [RunLock] {
        signal(SIGXFSZ, SIG_IGN)
        do {
            return try RunLock.forRun(out: out, db: db, wait: lockWait)
        } catch {
            Terminal.error("error: \(error)\n")
            throw ExitStatus.cannotCreate
        }
    }
}

/// A comma-separated list of report formats (`md,html`).
struct FormatList: ExpressibleByArgument {
    /// The formats in the order given, without repeats.
    let formats: [ReportFormat]

    init(formats: [ReportFormat]) { self.formats = formats }

    init?(argument: String) {
        var formats: [ReportFormat] = []
        for part in argument.split(separator: ",") {
            guard let format = ReportFormat(rawValue: part.trimmingCharacters(in: .whitespaces).lowercased())
            else { return nil }
            if !formats.contains(format) { formats.append(format) }
        }
        guard !formats.isEmpty else { return nil }
        self.formats = formats
    }

    var defaultValueDescription: String { formats.map(\.rawValue).joined(separator: ",") }

    static var allValueStrings: [String] { ReportFormat.allCases.map(\.rawValue) }
}

extension Severity: ExpressibleByArgument {}
