import ArgumentParser
import Pipeline

/// How pages are parsed: `--page-timeout SECONDS`.
struct ParseOptions: ParsableArguments {
    /// Processor seconds one page's parse may take, and again its extraction, before the
    /// page is reported as failed.
    @Option(
        name: .customLong("page-timeout"),
        help: ArgumentHelp(
            "Processor seconds one page may take to parse, and again to extract its claims; a slower page fails, the others go on.",
            valueName: "SECONDS"))
    var pageTimeout: Double = PageLoader.defaultPageTimeout

    /// Refuses a budget that is not a positive, finite number of seconds.
    func validate() throws {
        guard pageTimeout > 0, pageTimeout.isFinite else {
            throw ValidationError("--page-timeout must be a positive number of seconds (got \(pageTimeout)).")
        }
    }
}
