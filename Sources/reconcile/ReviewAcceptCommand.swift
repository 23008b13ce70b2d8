import ArgumentParser

/// `reconcile review accept ID… [--note "…"]`.
struct ReviewAcceptCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accept",
        abstract: "Mark findings as accepted: real, and handled.",
        discussion: "Example: reconcile review accept f-3c1a9e f-77b0 --note \"asked the author\"")

    @OptionGroup var decision: DecisionOptions
    @OptionGroup var options: ReviewerOptions

    func run() async throws {
        try ReviewDecision.record(ids: decision.ids, state: .accepted, note: decision.note, options: options)
    }
}
