import ArgumentParser

/// `reconcile review note ID "…"`.
struct ReviewNoteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Attach a note to a finding without changing its state.",
        discussion: "Example: reconcile review note f-3c1a9e \"checked the PDF: n = 42 is right\"")

    @Argument(help: ArgumentHelp("A finding id (or unique prefix) from `review list`.", valueName: "ID"))
    var id: String

    @Argument(help: ArgumentHelp("The note.", valueName: "TEXT"))
    var text: String

    @OptionGroup var options: ReviewerOptions

    func run() async throws {
        try ReviewDecision.record(ids: [id], state: nil, note: text, options: options)
    }
}
