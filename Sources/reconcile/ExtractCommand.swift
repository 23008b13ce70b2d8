import ArgumentParser
import Documents
import Extraction
import Fetching
import Foundation
import Model
import Pipeline
import Reporting

/// `reconcile extract PATH… [--format json|table] [-o FILE]`: parse pages and print their claims.
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Parse pages and print the study and evidence claims found.",
        discussion: """
            JSON follows DESIGN.md "JSON contract" (documents and claims, schemaVersion 1); the table \
            shows one claim per line, at most 100 columns wide.

            Example: reconcile extract Inputs/ --format json > claims.json

            Exit codes: 0 ok (pages that failed are named on stderr), 65 no page could be read, \
            66 a PATH does not exist or holds no pages.
            """)

    @OptionGroup(title: "Inputs") var inputs: InputOptions
    @OptionGroup(title: "Parsing") var parsing: ParseOptions

    @Option(help: "Output format.") var format: ClaimFormat = .json

    @Option(name: [.short, .customLong("output")], help: "Write to FILE instead of standard output.",
            completion: .file())
    var output: String?

    func run() async throws {
        let loader = PageLoader(fetcher: URLFetcher(), pageTimeout: parsing.pageTimeout)
        let loaded = await loader.load(paths: inputs.paths)
        let extractor = ClaimExtractor()
        let extractOnly = RunPipeline.Stages(extract: { extractor.extract(from: $0) }, match: { _ in ([], nil) },
                                             findings: { _, _ in [] })
        let extracted = await RunPipeline(stages: extractOnly, loader: loader).extractPages(loaded.documents)
        let pages = loaded.adding(extracted)
        let documents = pages.documents
        let claims = extracted.claims
        var data: Data
        switch format {
        case .json:
            data = try ExtractionReport(documents: documents, claims: claims).encoded()
            data.append(Data("\n".utf8))
        case .table:
            data = Data(ClaimTable.render(claims).utf8)
        }
        if let output {
            let url = URL(fileURLWithPath: output)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url, options: .atomic)
        } else {
            FileHandle.standardOutput.write(data)
        }
        try ExitStatus.reportFailures(of: pages)
    }
}

/// Output formats of `reconcile extract`.
enum ClaimFormat: String, ExpressibleByArgument, CaseIterable {
    /// DESIGN.md "JSON contract": documents and claims.
    case json
    /// One aligned line per claim, for people.
    case table
}
