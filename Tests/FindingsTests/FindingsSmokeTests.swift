import Testing

@Suite struct FindingsSmokeTests {
    @Test func packageBuilds() { #expect(Bool(true)) }
}
