import Extraction
import Testing

@Suite struct StableHashTests {
    /// Values computed independently (Python FNV-1a with the 0x1F separator), so a change of
    /// algorithm, which would change every stored fingerprint, fails here.
    @Test(arguments: [
        ([String](), "cbf29ce484222325"),
        (["a"], "089be907b544fdc9"),
        (["Kjerryd", "2012"], "81d1a495431f7c57"),
    ])
    func knownValues(parts: [String], expected: String) {
        #expect(StableHash.hex(parts, length: 16) == expected)
    }

    @Test func partsAreSeparated() {
        #expect(StableHash.value(["ab", "c"]) != StableHash.value(["a", "bc"]))
    }

    @Test func shortFormKeepsLowDigits() {
        #expect(StableHash.hex(["a"]) == "e907b544fdc9")
    }
}
