import Reporting
import Testing

@Suite struct MarkdownEscapingTests {
    @Test(arguments: [
        ("plain words 98%", "plain words 98%"),
        ("a | b", "a \\| b"),
        ("<script>", "\\<script\\>"),
        ("[x](javascript:alert(1))", "[x]\\(javascript:alert(1))"),
        ("`code` *bold*", "\\`code\\` \\*bold\\*"),
        ("back\\slash", "back\\\\slash"),
        ("two\nlines\r\nthree", "two lines three"),
        ("[web:141] (2012)", "[web:141] (2012)"),
    ])
    func escapes(text: String, expected: String) {
        #expect(MarkdownEscaping.escape(text) == expected)
    }
}
