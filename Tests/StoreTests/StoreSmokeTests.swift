import Testing

@Suite struct StoreSmokeTests {
    @Test func packageBuilds() { #expect(Bool(true)) }
}
