import ArgumentParser
import Foundation
import Store

/// The review database and reviewer: `--db PATH`, `--reviewer NAME`.
struct ReviewerOptions: ParsableArguments {
    @OptionGroup var history: StoreOptions

    /// Who records the decision; `$USER` by default.
    @Option(help: ArgumentHelp("Who decides (default: $USER).", valueName: "NAME"))
    var reviewer: String?

    /// The reviewer's name: `--reviewer`, else `$USER`, else "unknown".
    var name: String {
        reviewer ?? ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "unknown"
    }
}

extension StoreOptions {
    /// Opens an existing history database with at least one run; reports and exits otherwise.
    func openExisting() throws -> RunStore {
        guard FileManager.default.fileExists(atPath: db) else {
            Terminal.error("error: \(db): no run history here (run `reconcile run PATH…` first, or pass --db)\n")
            throw ExitStatus.noInput
        }
        do {
            return try RunStore(path: db)
        } catch {
            Terminal.error("error: \(error)\n")
            throw ExitStatus.cannotCreate
        }
    }
}
