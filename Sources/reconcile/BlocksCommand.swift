import ArgumentParser
import Documents
import Fetching
import Foundation
import Model
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
    @OptionGroup(title: "Parsing") var parsing: ParseOptions

    @Option(help: "Output format.") var format: BlocksFormat = .text

    func run() async throws {
        let pages = await PageLoader(fetcher: URLFetcher(), pageTimeout: parsing.pageTimeout).load(paths: inputs.paths)
        let documents = pages.documents
        switch format {
        case .json:
            // JSON escapes every control character (`\u001b`), so the bytes go out as they are.
            var output = BlockJSON.compactBytes(documents)
            output.append(UInt8(ascii: "\n"))
            FileHandle.standardOutput.write(Data(output))
        case .text:
            Terminal.out(BlocksText.render(documents))
        }
        try ExitStatus.reportFailures(of: pages)
    }
}

/// Output formats of `reconcile blocks`.
enum BlocksFormat: String, ExpressibleByArgument, CaseIterable {
    /// One block per line, for people.
    case text
    /// DESIGN.md "Block model JSON".
    case json
}
