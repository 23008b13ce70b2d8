import ArgumentParser
import Foundation
import Store

/// `reconcile review accept ID… [--note "…"]`.
struct ReviewAcceptCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accept",
        abstract: "Mark findings as accepted: real, and handled.",
        discussion: "Example: reconcile review accept f-3c1a9e f-77b0 --note \"asked the author\"")

    @Argument(help: ArgumentHelp("Finding ids (or unique prefixes) from `review list`.", valueName: "ID"))
    var ids: [String]

    @Option(help: ArgumentHelp("A note kept with the decision.", valueName: "TEXT"))
    var note: String?

    @OptionGroup var options: ReviewerOptions

    func validate() throws {
        if ids.isEmpty { throw ValidationError("Give at least one finding ID.") }
    }

    func run() async throws {
        try ReviewDecision.record(ids: ids, state: .accepted, note: note, options: options)
    }
}

/// Records a decision and prints one line per finding; shared by accept, dismiss and note.
enum ReviewDecision {
    static func record(ids: [String], state: ReviewState?, note: String?, options: ReviewerOptions) throws {
        let store = try options.history.openExisting()
        do {
            let reviews = try store.recordReview(ids: ids, state: state, note: note, reviewer: options.name,
                                                 time: Date())
            let lines = reviews.map { review in
                "\(review.state.rawValue): \(review.fingerprint)" + (review.note.map { " — \($0)" } ?? "")
            }
            FileHandle.standardOutput.write(Data(lines.map { $0 + "\n" }.joined().utf8))
        } catch let error as StoreError {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            switch error {
            case .unknownFinding, .ambiguousFinding: throw ExitStatus.dataError
            default: throw ExitStatus.cannotCreate
            }
        }
    }
}
