import ArgumentParser

/// `reconcile review dismiss ID… [--note "…"]`.
struct ReviewDismissCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dismiss",
        abstract: "Mark findings as dismissed: not worth acting on.",
        discussion: "Example: reconcile review dismiss f-3c1a9e --note \"same study, rounding\"")

    @Argument(help: ArgumentHelp("Finding ids (or unique prefixes) from `review list`.", valueName: "ID"))
    var ids: [String]

    @Option(help: ArgumentHelp("A note kept with the decision.", valueName: "TEXT"))
    var note: String?

    @OptionGroup var options: ReviewerOptions

    func validate() throws {
        if ids.isEmpty { throw ValidationError("Give at least one finding ID.") }
    }

    func run() async throws {
        try ReviewDecision.record(ids: ids, state: .dismissed, note: note, options: options)
    }
}
