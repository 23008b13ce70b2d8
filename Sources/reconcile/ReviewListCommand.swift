import Extraction
import ArgumentParser
import Findings
import Foundation
import Model
import Pipeline
import Reporting
import Store

/// `reconcile review list [--status S] [--severity SEV] [--format table|json]`.
struct ReviewListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the latest run's findings with their review state.",
        discussion: "Example: reconcile review list --status open --severity major --format json")

    @Option(help: ArgumentHelp("Only findings in this state (repeatable).", valueName: "STATE"))
    var status: [ReviewState] = []

    @Option(help: ArgumentHelp("Only findings of this severity (repeatable).", valueName: "SEV"))
    var severity: [Severity] = []

    @Option(help: "Output format.")
    var format: ReviewListFormat = .table

    @OptionGroup var history: StoreOptions

    func run() async throws {
        let store = try history.openExisting()
        let listed: [ReviewedFinding]
        do {
            listed = try store.reviewedFindings()
        } catch {
            Terminal.error("error: \(error)\n")
            throw ExitStatus.cannotCreate
        }
        let shown = listed.filter { item in
            (status.isEmpty || status.contains(item.state)) && (severity.isEmpty || severity.contains(item.finding.severity))
        }
        let output: String
        switch format {
        case .table: output = ReviewTable(shown).render()
        case .json: output = try ReviewTable(shown).json()
        }
        Terminal.out(output)
    }
}

/// How `review list` prints.
enum ReviewListFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

extension ReviewState: ExpressibleByArgument {}
