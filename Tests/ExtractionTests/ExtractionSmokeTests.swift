import Testing

@Suite struct ExtractionSmokeTests {
    @Test func packageBuilds() { #expect(Bool(true)) }
}
