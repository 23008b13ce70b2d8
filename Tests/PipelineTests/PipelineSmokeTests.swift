import Testing

@Suite struct PipelineSmokeTests {
    @Test func packageBuilds() { #expect(Bool(true)) }
}
