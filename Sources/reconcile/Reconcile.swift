import ArgumentParser

/// The `reconcile` command: reconcile what review pages say about the same studies.
@main
struct Reconcile: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reconcile",
        abstract: "Reconcile what review pages say about the same scientific studies.",
        discussion: """
            Parses review pages (HTML and plain text), extracts the studies they cite, matches the \
            same study across pages and reports what disagrees, with quotes and line numbers.

            Example: reconcile run Inputs/    (writes Reports/latest/report.{md,html,json} and findings.csv)

            PATHs are files, folders or http(s) URLs in blocks, extract, run, verify and explain \
            (explain re-reads the report's inputs, URLs included).

            Exit codes: 0 ok, 1 bench fuzz found a hang or invalid JSON, 3 findings at --fail-on severity \
            (run, verify), 64 usage, 65 bad input \
            (no page could be read; an unknown id), 66 input missing (a PATH or source, no previous run), \
            73 the reports or the history database could not be written.
            """,
        version: "0.1.0",
        subcommands: [RunCommand.self, VerifyCommand.self, ReviewCommand.self, BlocksCommand.self, ExtractCommand.self,
                      BenchCommand.self, ExplainCommand.self])
}
