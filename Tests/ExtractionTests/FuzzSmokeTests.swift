import Bench
import Testing

/// A small seeded run of `reconcile bench fuzz` (issue 13): random text pages, mutated, through
/// the parser, the extractor and both JSON writers. The 100 000-input run is done by hand
/// (`reconcile bench fuzz --inputs 100000` on a release build).
@Suite struct FuzzSmokeTests {
    @Test func seededRunGivesValidJSONAndNoSlowInput() {
        let inputs = FuzzInputs(pages: [], seed: 13, largest: 4_096)
        let summary = FuzzRun.run(inputs, range: 0..<40, hangSeconds: 30, jobs: 2)
        #expect(summary.inputs == 40)
        #expect(summary.invalidJSON == 0, "\(summary.failures)")
        #expect(summary.hangs == 0, "\(summary.failures)")
        #expect(summary.maxSeconds < 30)
    }

    @Test func anInputDependsOnlyOnSeedAndIndex() {
        let inputs = FuzzInputs(pages: [("a", Array("<html><body><p>Smith 2019 trial</p></body></html>".utf8))], seed: 5)
        #expect(inputs.input(42).bytes == inputs.input(42).bytes)
        #expect(inputs.input(42).recipe == FuzzInputs(pages: [("a", Array("<html><body><p>Smith 2019 trial</p></body></html>".utf8))], seed: 5).input(42).recipe)
    }
}
