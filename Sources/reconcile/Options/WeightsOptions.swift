import ArgumentParser
import Foundation
import Matching
import Pipeline

/// `--weights FILE`: pin the match weights to a table instead of estimating them.
struct WeightsOptions: ParsableArguments {
    /// A weights table, or a report.json whose `weights` member to use.
    @Option(
        help: ArgumentHelp(
            "Match weights to use instead of estimating them: a report.json (its weights) or a table in that form.",
            valueName: "FILE"),
        completion: .file())
    var weights: String?

    /// The pinned table, `nil` without `--weights`.
    /// - Throws: ``ExitStatus/noInput`` when the file is missing, ``ExitStatus/dataError``
    ///   when it is not a table (both after printing why).
    func table() throws -> WeightTable? {
        guard let weights else { return nil }
        guard let data = FileManager.default.contents(atPath: weights) else {
            Terminal.error("error: \(weights): no such weights file (expected a report.json or a weights table)\n")
            throw ExitStatus.noInput
        }
        do {
            return try WeightTable.pinned(from: data, file: weights)
        } catch {
            Terminal.error("error: \(error)\n")
            throw ExitStatus.dataError
        }
    }

    /// The standard stages with these weights.
    func stages() throws -> RunPipeline.Stages {
        .standard(weights: try table())
    }
}
