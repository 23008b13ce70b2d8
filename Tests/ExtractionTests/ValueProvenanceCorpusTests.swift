import Extraction
import Model
import Foundation
import TestSupport
import Testing

/// Every value of every claim in every corpus cites a line that holds its quote (issue 14).
// Needs ../shared/corpus/{seeds,dev,real}; the validation corpora are in Tests/Fixtures.
@Suite(.enabled(if: Fixtures.sharedCorpusPresent, "skipped: no ../shared/corpus beside the checkout"))
struct ValueProvenanceCorpusTests {
    static let corpora: [String] = [
        Fixtures.corpus.appendingPathComponent("seeds").path,
        Fixtures.folder.appendingPathComponent("acupressure-science-review.html").path,
        Fixtures.folder.appendingPathComponent("spikerest-acupressure-benefits.html").path,
        Fixtures.corpus.appendingPathComponent("dev").path,
        Fixtures.corpus.appendingPathComponent("real").path,
        Fixtures.folder.appendingPathComponent("validation").path,
        Fixtures.folder.appendingPathComponent("validation-2").path,
        Fixtures.folder.appendingPathComponent("validation-3").path,
    ]

    @Test(arguments: corpora)
    func everyQuoteIsOnItsLine(corpus: String) throws {
        let extractor = ClaimExtractor()
        var mismatches: [QuoteLineCheck.Mismatch] = []
        var values = 0
        for page in try CorpusPages.at(corpus) {
            let check = try QuoteLineCheck(page: page)
            let claims = extractor.extract(from: check.parsed)
            values += claims.map { QuoteLineCheck.values(of: .init($0)).count }.reduce(0, +)
            mismatches += check.mismatches(in: claims)
        }
        #expect(values > 0, "\(corpus): no values checked")
        let listed = mismatches.prefix(15).map(\.description).joined(separator: "\n")
        #expect(mismatches.isEmpty, "\(corpus): \(mismatches.count) of \(values) values cite a line without their quote:\n\(listed)")
    }
}
