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

            Exit codes: 0 ok, 3 findings at --fail-on severity, 64 usage, 65 bad input, 66 input missing.
            """,
        version: "0.1.0",
        subcommands: [RunCommand.self, VerifyCommand.self, ReviewCommand.self, BlocksCommand.self, ExtractCommand.self,
                      BenchCommand.self, ExplainCommand.self])
}
