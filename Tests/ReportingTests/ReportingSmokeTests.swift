import Testing

@Suite struct ReportingSmokeTests {
    @Test func packageBuilds() { #expect(Bool(true)) }
}
