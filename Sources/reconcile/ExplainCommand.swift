import ArgumentParser
import Extraction
import Fetching
import Foundation
import Matching
import Pipeline

/// `reconcile explain ID… [--report FILE] [--input PATH…]`: why two claims matched or not.
struct ExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show why two claims matched or not, field by field.",
        discussion: """
            Give two claim ids, or one match id, from a report. The pages of the last run \
            (run.inputs of --report) are read again (claim ids are stable fingerprints, so \
            the ids of unchanged pages are the same) and the pair is scored field by field: \
            the start score, each field's level with both values, its m- and u-probability and \
            weight, the score after it, the final score and its band (a Splink-style waterfall). \
            The weights are estimated from those pages as `run` does, unless --weights pins them.

            Example: reconcile explain m-3f9a0c12be77
                     reconcile explain 'acupressure-science-review#126ea4225d84' 'spikerest-acupressure-benefits#d882547c4081'

            Exit codes: 0 ok, 64 usage, 65 unknown id, 66 report or pages missing.
            """)

    @Argument(help: ArgumentHelp("Two claim ids, or one match id.", valueName: "ID"))
    var ids: [String]

    @Option(help: ArgumentHelp("The report whose run inputs to read.", valueName: "FILE"),
            completion: .file())
    var report: String = "Reports/latest/report.json"

    @Option(name: .customLong("input"), parsing: .upToNextOption,
            help: ArgumentHelp("Pages to read instead of the report's inputs.", valueName: "PATH"),
            completion: .file())
    var inputs: [String] = []

    @Option(help: ArgumentHelp("text or markdown.", valueName: "FORMAT"))
    var format: ExplanationFormat = .text

    @OptionGroup(title: "Matching") var matching: WeightsOptions

    func validate() throws {
        if ids.isEmpty || ids.count > 2 {
            throw ValidationError("Give two claim ids, or one match id.")
        }
    }

    func run() async throws {
        let paths = inputs.isEmpty ? try reportInputs() : inputs
        // The run's inputs may be URLs: fetched again, as `run` read them.
        let pinned = try matching.table()
        let result = await RunPipeline(stages: .standard(weights: pinned), loader: PageLoader(fetcher: URLFetcher())).run(
            paths: paths, time: Date(), toolVersion: Reconcile.configuration.version)
        let claims = result.report.claims
        let matcher = Matcher(pinned: pinned)
        let table = result.report.weights ?? matcher.table(for: claims)
        let weights = matcher.weights.applying(table)
        let format = format.explanation
        Terminal.out("weights: \(table.summary)\n")
        if ids.count == 1 {
            guard let match = result.report.matches.first(where: { $0.id == ids[0] }) else {
                fail("unknown match id \(ids[0])", near: result.report.matches.map(\.id), to: ids[0])
                throw ExitStatus.dataError
            }
            Terminal.out("\(match.id): \(match.status.rawValue), score \(String(format: "%.2f", match.score))\n")
            for comparison in match.comparisons {
                Terminal.out("\n")
                Terminal.out(Explanation.render(comparison, weights: weights, format: format) + "\n")
            }
            return
        }
        let studies = claims.compactMap(\.study).map(\.id)
        for id in ids where !studies.contains(id) {
            fail("unknown study claim id \(id)", near: studies, to: id)
            throw ExitStatus.dataError
        }
        guard let comparison = matcher.compare(ids[0], ids[1], in: claims) else {
            throw ExitStatus.dataError
        }
        Terminal.out(Explanation.render(comparison, weights: weights, format: format) + "\n")
    }

    /// `run.inputs` of the report.
    private func reportInputs() throws -> [String] {
        guard let data = FileManager.default.contents(atPath: report) else {
            Terminal.error("error: \(report): no report (run `reconcile run` first, or give --input PATH…)\n")
            throw ExitStatus.noInput
        }
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let run = root["run"] as? [String: Any], let inputs = run["inputs"] as? [String], !inputs.isEmpty
        else {
            Terminal.error("error: \(report): no run.inputs (expected a report.json from `reconcile run`)\n")
            throw ExitStatus.dataError
        }
        return inputs
    }

    /// Reports an unknown id with the known ids that look most like it.
    private func fail(_ message: String, near known: [String], to id: String) {
        let page = id.split(separator: "#").first.map(String.init) ?? id
        var near = known.filter { $0.hasPrefix(page) || $0.hasPrefix(String(id.prefix(4))) }
        if near.isEmpty { near = known }
        let list = near.prefix(12).map { "  " + $0 }.joined(separator: "\n")
        Terminal.error("error: \(message); known ids:\n\(list)\n")
    }
}

/// `--format` of `reconcile explain`.
enum ExplanationFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown

    var explanation: Explanation.Format {
        switch self {
        case .text: return .text
        case .markdown: return .markdown
        }
    }
}
