import ArgumentParser

/// `reconcile review dismiss ID… [--note "…"]`.
struct ReviewDismissCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dismiss",
        abstract: "Mark findings as dismissed: not worth acting on.",
        discussion: "Example: reconcile review dismiss f-3c1a9e --note \"same study, rounding\"")

    @OptionGroup var decision: DecisionOptions
    @OptionGroup var options: ReviewerOptions

    func run() async throws {
        try ReviewDecision.record(ids: decision.ids, state: .dismissed, note: decision.note, options: options)
    }
}
