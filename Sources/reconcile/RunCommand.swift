import ArgumentParser
import Findings
import Foundation
import Pipeline
import Reporting
import Store

/// `reconcile run PATH… [--out DIR] [--db PATH] [--format md,html,json,csv] [--fail-on SEV]`: the
/// whole pipeline; records the run in the history database, writes the reports and prints a
/// short summary.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Check pages against each other and write the fact-check reports.",
        discussion: """
            Reads every page, extracts study and evidence claims, matches the same study across \
            pages and reports what disagrees. The reports (report.md, report.html, report.json, \
            findings.csv) go to a new run folder and --out is switched to it atomically, so a \
            failed run (a full disk, say) leaves the previous reports and the history whole. Two \
            runs on the same --out or --db take turns: the second waits for the lock file \
            (<out>.lock, <db>.lock) up to --lock-wait seconds, then fails naming it. The run is saved to the history \
            database (--db), which `reconcile verify` and `reconcile review` use; --fail-on ignores \
            findings a reviewer accepted or dismissed.

            Example: reconcile run Inputs/ --fail-on major

            Exit codes: 0 ok, 3 a finding at --fail-on severity needs review, 64 usage, \
            65 no page could be read, 66 a PATH does not exist or holds no pages, 73 the reports \
            could not be written or the history database could not be used.
            """)

    @OptionGroup(title: "Inputs") var inputs: InputOptions
    @OptionGroup(title: "Parsing") var parsing: ParseOptions
    @OptionGroup(title: "Reports") var reports: ReportOptions
    @OptionGroup(title: "History") var history: StoreOptions
    @OptionGroup(title: "Matching") var matching: WeightsOptions

    func run() async throws {
        let locks = try reports.lock(db: history.db)
        defer { withExtendedLifetime(locks) {} }
        let time = Date()
        let stages = try matching.stages()
        let folder = ReportFolder(path: reports.out)
        let progress = Progress()
        let recorded: RecordedRun
        let outcome: RecordedRun.Outcome
        do {
            recorded = RecordedRun(store: try RunStore(path: history.db), stages: stages, pageTimeout: parsing.pageTimeout)
            outcome = try await recorded.run(
                paths: inputs.paths, skipping: folder.runsPath, time: time,
                toolVersion: Reconcile.configuration.version, progress: progress.show)
        } catch {
            progress.finish()
            Terminal.error("error: \(error)\n")
            throw ExitStatus.cannotCreate
        }
        progress.finish()
        let result = outcome.result
        let errors = result.failures.map { "error: \($0.message)\n" }.joined()
        Terminal.error(errors)
        Terminal.error(result.duplicates.map { "note: \($0.source): skipped, the same text as \($0.keptAs)\n" }.joined())
        guard !result.report.documents.isEmpty else {
            throw result.failures.contains { $0.reason == .missingInput } ? ExitStatus.noInput : ExitStatus.dataError
        }
        progress.show(message: "writing reports…")
        do {
            let files = reports.format.formats.map { format in
                ReportFile(name: format.fileName) { try format.render(result.report) }
            }
            try folder.write(files, time: time) { try recorded.save(outcome) }
        } catch {
            progress.finish()
            Terminal.error("error: \(error)\n")
            throw ExitStatus.cannotCreate
        }
        progress.finish()
        let files = reports.format.formats.map(\.fileName).joined(separator: ", ")
        let summary = ReportSummary(result.report).lines + ["reports: \(reports.out) (\(files))"]
        Terminal.out(summary.map { $0 + "\n" }.joined())
        if result.failures.contains(where: { $0.reason == .missingInput }) { throw ExitStatus.noInput }
        if let failOn = reports.failOn, !result.findingsNeedingReview(atLeast: failOn).isEmpty {
            throw ExitStatus.findingsNeedReview
        }
    }
}

/// Step-by-step progress on stderr, only when stderr is a terminal (plain when `NO_COLOR` is set).
struct Progress: Sendable {
    let enabled = isatty(STDERR_FILENO) != 0
    let colored = ProcessInfo.processInfo.environment["NO_COLOR"] == nil

    @Sendable func show(_ step: RunPipeline.Step) {
        guard enabled else { return }
        let text: String
        switch step {
        case .loading(let pages): text = "reading \(pages) pages…"
        case .extracting(let pages): text = "extracting claims from \(pages) pages…"
        case .matching(let claims): text = "matching \(claims) claims…"
        case .findings(let matches): text = "checking \(matches) matches for conflicts…"
        }
        show(message: text)
    }

    func show(message text: String) {
        guard enabled else { return }
        let clean = ControlCharacters.strip(text).replacingOccurrences(of: "\n", with: " ")
        let line = colored ? "\u{1B}[2m\(clean)\u{1B}[0m" : clean
        Terminal.rawError("\r\u{1B}[K\(line)")
    }

    func finish() {
        guard enabled else { return }
        Terminal.rawError("\r\u{1B}[K")
    }
}
