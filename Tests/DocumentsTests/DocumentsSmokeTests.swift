import Testing

@Suite struct DocumentsSmokeTests {
    @Test func packageBuilds() { #expect(Bool(true)) }
}
