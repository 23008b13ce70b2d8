import ArgumentParser

/// `reconcile review list|accept|dismiss|note|export`: review decisions on findings.
struct ReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "List findings and record review decisions that carry across runs.",
        discussion: """
            Decisions are keyed by each finding's stable id, so a finding accepted or dismissed \
            once stays so on later runs — until its values change, when it is open again.

            Example: reconcile review list --status open; reconcile review dismiss f-3c1a --note "rounding"

            Exit codes: 0 ok, 64 usage, 65 unknown or ambiguous finding id, 66 no database or no \
            run recorded, 73 the database could not be written.
            """,
        subcommands: [ReviewListCommand.self, ReviewAcceptCommand.self, ReviewDismissCommand.self,
                      ReviewNoteCommand.self, ReviewExportCommand.self])
}
