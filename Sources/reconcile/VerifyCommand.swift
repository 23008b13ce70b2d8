import ArgumentParser
import Fetching
import Findings
import Foundation
import Model
import Pipeline
import Reporting
import Store

/// `reconcile verify [SOURCES…] [--sources FILE] [--out DIR] [--db PATH] [--fail-on SEV]`.
struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Re-check the last run's sources and report what changed since.",
        discussion: """
            Re-runs the pipeline on the sources of the last recorded run (or on SOURCES, or on \
            the list in --sources FILE: one path or URL per line, # comments, also after a path), compares with that \
            run and writes changes.json and changes.md beside the usual reports. URL pages are \
            fetched with If-None-Match / If-Modified-Since against their cached copies; a page that \
            fails to load (or runs out of --page-timeout) keeps its previous claims: they are \
            matched with the other pages and every report marks them stale. A page gone from a folder source \
            is listed as removed and its findings as "source removed", not resolved. Sources are \
            stored as absolute paths, so verify works from any folder (cron). As `run`, it waits \
            up to --lock-wait seconds for another run on the same --out or --db.

            Install for cron: swift build -c release && install -D .build/release/reconcile ~/.local/bin/reconcile

            Example (cron): reconcile verify --db /srv/factcheck/Reports/reconcile.sqlite --fail-on major

            Exit codes: 0 nothing new needs attention, 3 a new or changed finding at --fail-on \
            severity is not yet accepted or dismissed, 64 usage, 65 no page could be read, 66 no \
            sources (no previous run, or a missing --sources file) or a source path no longer \
            exists (as `run`: the reports are still written, the missing page kept as stale), \
            73 the reports or the history database could not be written.
            """)

    @Argument(help: ArgumentHelp("Pages to check instead of the last run's sources.", valueName: "SOURCE"),
              completion: .file())
    var sources: [String] = []

    @Option(name: .customLong("sources"),
            help: ArgumentHelp("A file listing sources, one path or URL per line (# comments).", valueName: "FILE"),
            completion: .file())
    var sourcesFile: String?

    @Option(help: ArgumentHelp("Seconds a URL fetch may take.", valueName: "SECONDS"))
    var timeout: Double = 20

    @OptionGroup(title: "Parsing") var parsing: ParseOptions
    @OptionGroup(title: "Reports") var reports: ReportOptions
    @OptionGroup(title: "History") var history: StoreOptions
    @OptionGroup(title: "Matching") var matching: WeightsOptions

    func validate() throws {
        if timeout <= 0 { throw ValidationError("--timeout must be a positive number of seconds.") }
    }

    func run() async throws {
        let locks = try reports.lock(db: history.db)
        defer { withExtendedLifetime(locks) {} }
        let time = Date()
        let folder = ReportFolder(path: reports.out)
        let stages = try matching.stages()
        let verification: Verification
        let checked: [String]
        do {
            let fetch = FetchOptions(timeout: timeout, toolVersion: Reconcile.configuration.version)
            verification = Verification(recorded: RecordedRun(store: try RunStore(path: history.db), stages: stages, fetchOptions: fetch,
                                                         pageTimeout: parsing.pageTimeout))
            guard let found = try verification.sources(given: sources + (try listedSources())) else {
                fail("\(history.db): no previous run to verify (run `reconcile run PATH…` first, or give SOURCES)")
                throw ExitStatus.noInput
            }
            checked = found
        } catch let error as ExitCode {
            throw error
        } catch {
            fail("\(error)")
            throw ExitStatus.cannotCreate
        }

        let progress = Progress()
        let outcome: Verification.Outcome
        do {
            outcome = try await verification.run(sources: checked, skipping: folder.runsPath, time: time,
                                                 toolVersion: Reconcile.configuration.version, progress: progress.show)
        } catch {
            progress.finish()
            fail("\(error)")
            throw ExitStatus.cannotCreate
        }
        progress.finish()
        let result = outcome.run.result
        for failure in result.failures { fail(failure.message) }
        for duplicate in result.duplicates {
            Terminal.error("note: \(duplicate.source): skipped, the same text as \(duplicate.keptAs)\n")
        }
        guard !result.report.documents.isEmpty else {
            throw result.failures.contains { $0.reason == .missingInput } ? ExitStatus.noInput : ExitStatus.dataError
        }
        do {
            let files = reports.format.formats.map { format in
                ReportFile(name: format.fileName) { try format.render(result.report) }
            } + outcome.changeFiles
            try folder.write(files, time: time) { try verification.recorded.save(outcome.run) }
        } catch {
            fail("\(error)")
            throw ExitStatus.cannotCreate
        }
        Terminal.out(summary(outcome))
        // As `run`: a source path that is gone exits 66 (cron must notice), after the reports.
        if result.failures.contains(where: { $0.reason == .missingInput }) { throw ExitStatus.noInput }
        if let failOn = reports.failOn, !outcome.findingsNeedingAttention(atLeast: failOn).isEmpty {
            throw ExitStatus.findingsNeedReview
        }
    }

    /// The sources of `--sources FILE`, if given.
    private func listedSources() throws -> [String] {
        guard let sourcesFile else { return [] }
        guard let data = FileManager.default.contents(atPath: sourcesFile) else {
            fail("\(sourcesFile): cannot read the sources file (expected one path or URL per line)")
            throw ExitStatus.noInput
        }
        let folder = URL(fileURLWithPath: sourcesFile).deletingLastPathComponent().path
        let listed = SourcesFile.parse(String(decoding: data, as: UTF8.self),
                                       folder: sourcesFile.contains("/") ? folder : "")
        if listed.isEmpty {
            fail("\(sourcesFile): no sources listed (expected one path or URL per line)")
            throw ExitStatus.noInput
        }
        return listed
    }

    private func summary(_ outcome: Verification.Outcome) -> String {
        let changes = outcome.changes
        let since = changes.previousRun.map { "the run of \(ISO8601.string($0))" } ?? "no previous run"
        let files = (reports.format.formats.map(\.fileName) + ["changes.json", "changes.md"]).joined(separator: ", ")
        return """
            verified \(outcome.sources.count) sources against \(since)
            findings: \(changes.newFindings.count) new, \(changes.resolvedFindings.count) resolved, \
            \(changes.changedFindings.count) changed, \(changes.unchangedFindings) unchanged, \
            \(changes.sourceRemovedFindings.count) source removed
            claims: \(changes.addedClaims.count) added, \(changes.removedClaims.count) removed, \
            \(changes.editedClaims.count) edited
            pages: \(changes.changedPages.count) changed, \(changes.unchangedPages.count) unchanged, \
            \(changes.failedPages.count) failed, \(changes.removedPages.count) removed
            reports: \(reports.out) (\(files))

            """
    }

    private func fail(_ message: String) {
        Terminal.error("error: \(message)\n")
    }
}
