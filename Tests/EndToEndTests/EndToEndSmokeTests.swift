import Testing

@Suite struct EndToEndSmokeTests {
    @Test func packageBuilds() { #expect(Bool(true)) }
}
