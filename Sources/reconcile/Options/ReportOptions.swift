import Extraction
import ArgumentParser
import Findings
import Model
import Reporting

/// Where reports go and which ones: `--out DIR`, `--format md,html,json,csv`, `--fail-on SEV`.
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
