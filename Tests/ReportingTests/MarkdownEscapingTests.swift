import Reporting
import Testing

@Suite struct MarkdownEscapingTests {
    @Test(arguments: [
        ("plain words 98%", "plain words 98%"),
        ("a | b", "a \\| b"),
        ("<script>", "\\<script\\>"),
        ("[x](javascript:alert(1))", "\\[x\\]\\(javascript:alert(1))"),
        ("![i](javascript:x) [r]: javascript:x", "!\\[i\\]\\(javascript:x) \\[r\\]: javascript:x"),
        ("<javascript:alert(1)>", "\\<javascript:alert(1)\\>"),
        ("red \u{1B}[31mtext\u{1B}[0m \u{9B}2J\u{07}", "red \\[31mtext\\[0m 2J"),
        ("a\tb", "a b"),
        ("`code` *bold*", "\\`code\\` \\*bold\\*"),
        ("back\\slash", "back\\\\slash"),
        ("two\nlines\r\nthree", "two lines three"),
        ("[web:141] (2012)", "\\[web:141\\] (2012)"),
    ])
    func escapes(text: String, expected: String) {
        #expect(MarkdownEscaping.escape(text) == expected)
    }
}
