import Documents
import Extraction
import Foundation
import Model
import Reporting
import TestSupport
import Testing

/// Runs extraction over the seeds (text and HTML renditions), the dev and both validation
/// corpora, scores the contract JSON with `score.py` and checks ``ScoreThresholds/Extraction``.
// Needs ../shared/corpus/{seeds,dev} (gold) and ../shared/tools/score.py.
@Suite(.enabled(if: Fixtures.sharedPresent, "skipped: no ../shared/corpus or ../shared/tools/score.py beside the checkout"))
struct CorpusScoreTests {
    static let corpora: [ScoredCorpus] = [
        .init(name: "seeds (text)", pages: [Fixtures.packageRoot.appendingPathComponent("Inputs").path],
              gold: Fixtures.corpus.appendingPathComponent("seeds/gold.json").path,
              minimums: ScoreThresholds.Extraction.seeds, maximums: ScoreThresholds.Extraction.maximums),
        .init(name: "seeds (HTML renditions)",
              pages: ["acupressure-science-review.html", "spikerest-acupressure-benefits.html"]
                  .map { Fixtures.folder.appendingPathComponent($0).path },
              gold: Fixtures.corpus.appendingPathComponent("seeds/gold.json").path,
              minimums: ScoreThresholds.Extraction.seeds, maximums: ScoreThresholds.Extraction.maximums),
        .init(name: "dev", pages: [Fixtures.corpus.appendingPathComponent("dev").path],
              gold: Fixtures.corpus.appendingPathComponent("dev/gold.json").path,
              minimums: ScoreThresholds.Extraction.dev, maximums: ScoreThresholds.Extraction.maximums),
        .init(name: "validation", pages: [Fixtures.folder.appendingPathComponent("validation").path],
              gold: Fixtures.folder.appendingPathComponent("validation/gold.json").path,
              minimums: ScoreThresholds.Extraction.validation, maximums: [:]),
        .init(name: "validation-2", pages: [Fixtures.folder.appendingPathComponent("validation-2").path],
              gold: Fixtures.folder.appendingPathComponent("validation-2/gold.json").path,
              minimums: ScoreThresholds.Extraction.validation2, maximums: [:]),
        .init(name: "validation-3", pages: [Fixtures.folder.appendingPathComponent("validation-3").path],
              gold: Fixtures.folder.appendingPathComponent("validation-3/gold.json").path,
              minimums: ScoreThresholds.Extraction.validation3, maximums: [:]),
        .init(name: "real", pages: [Fixtures.corpus.appendingPathComponent("real").path],
              gold: Fixtures.corpus.appendingPathComponent("real/gold.json").path,
              minimums: ScoreThresholds.Extraction.real, maximums: ScoreThresholds.Extraction.maximums),
    ]

    @Test(arguments: corpora)
    func meetsThresholds(corpus: ScoredCorpus) throws {
        let documents = try corpus.pages.flatMap(Self.pages(at:)).map(Self.parse)
        #expect(!documents.isEmpty)
        let extractor = ClaimExtractor()
        let claims = documents.flatMap { extractor.extract(from: $0) }
        let report = FileManager.default.temporaryDirectory
            .appendingPathComponent("extract-\(UUID().uuidString).json")
        try ExtractionReport(documents: documents, claims: claims).encoded().write(to: report)
        defer { try? FileManager.default.removeItem(at: report) }

        let metrics = try ScoreTool.metrics(report: report, gold: URL(fileURLWithPath: corpus.gold))
        for (key, minimum) in corpus.minimums.sorted(by: { $0.key < $1.key }) {
            let value = metrics[key]
            #expect((value ?? -1) >= minimum, "\(corpus.name): \(key) = \(value.map { "\($0)" } ?? "null"), needs ≥ \(minimum)")
        }
        for (key, maximum) in corpus.maximums.sorted(by: { $0.key < $1.key }) {
            let value = metrics[key]
            #expect(value.map { $0 <= maximum } ?? true, "\(corpus.name): \(key) = \(value ?? -1), allowed ≤ \(maximum)")
        }
    }

    /// Page files under `path` (or `path` itself), in name order, as the CLI walks folders.
    static func pages(at path: String) throws -> [URL] { try CorpusPages.at(path) }

    static func parse(_ url: URL) throws -> Document {
        let bytes = [UInt8](try Data(contentsOf: url))
        return try DocumentParser().parse(bytes, path: url.path, id: url.deletingPathExtension().lastPathComponent,
                                          source: url.path)
    }
}
