import ArgumentParser
import Documents
import Foundation
import Pipeline
import Reporting

/// `reconcile blocks PATH… [--format text|json]`: the parse-only debugging view.
struct BlocksCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blocks",
        abstract: "Parse pages and print their blocks with source locations.",
        discussion: """
            Every page becomes ordered blocks (heading, paragraph, listItem, table, quote, caption), \
            each with its 1-based line and, for text pages, UTF-8 byte offsets.

            Example: reconcile blocks Inputs/ --format json > blocks.json

            Exit codes: 0 ok (pages that failed are named on stderr), 65 no page could be read, \
            66 a PATH does not exist or holds no pages.
            """)

    @OptionGroup(title: "Inputs") var inputs: InputOptions

    @Option(help: "Output format.") var format: BlocksFormat = .text

    func run() async throws {
        let collected = InputCollector().collect(inputs.paths)
        let results = await PageLoader().load(collected.inputs)
        var documents: [Document] = []
        var failures = collected.failures
        for result in results {
            switch result {
            case .success(let document): documents.append(document)
            case .failure(let failure): failures.append(failure)
            }
        }
        var output: [UInt8]
        switch format {
        case .json:
            output = BlockJSON.compactBytes(documents)
            output.append(UInt8(ascii: "\n"))
        case .text:
            output = Array(BlocksText.render(documents).utf8)
        }
        FileHandle.standardOutput.write(Data(output))
        if !failures.isEmpty {
            let report = failures.map { "error: \($0.message)\n" }.joined()
            FileHandle.standardError.write(Data(report.utf8))
        }
        if failures.contains(where: { $0.reason == .missingInput }) { throw ExitStatus.noInput }
        if documents.isEmpty { throw ExitStatus.dataError }
    }
}

/// Output formats of `reconcile blocks`.
enum BlocksFormat: String, ExpressibleByArgument, CaseIterable {
    /// One block per line, for people.
    case text
    /// DESIGN.md "Block model JSON".
    case json
}
