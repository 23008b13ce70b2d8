import ArgumentParser
import Foundation
import Model
import Store

/// The finding ids and optional note that `review accept` and `review dismiss` share.
struct DecisionOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Finding ids (or unique prefixes) from `review list`.", valueName: "ID"))
    var ids: [String]

    @Option(help: ArgumentHelp("A note kept with the decision.", valueName: "TEXT"))
    var note: String?

    func validate() throws {
        if ids.isEmpty { throw ValidationError("Give at least one finding ID.") }
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
            Terminal.out(lines.map { $0 + "\n" }.joined())
        } catch let error as StoreError {
            Terminal.error("error: \(error)\n")
            switch error {
            case .unknownFinding, .ambiguousFinding: throw ExitStatus.dataError
            default: throw ExitStatus.cannotCreate
            }
        }
    }
}
