import Testing

@Suite struct MatchingSmokeTests {
    @Test func packageBuilds() { #expect(Bool(true)) }
}
