import Reporting
import Testing

@Suite struct ControlCharactersTests {
    @Test(arguments: [
        ("plain text\nnext\tcell", "plain text\nnext\tcell"),
        ("red \u{1B}[31mtext\u{1B}[0m", "red [31mtext[0m"),
        ("title \u{1B}]0;owned\u{07} end", "title ]0;owned end"),
        ("csi \u{9B}2J c1 \u{85}x \u{7F}del \u{0}nul", "csi 2J c1 x del nul"),
        ("crlf\r\nline", "crlf\nline"),
        ("over\rwrite", "over\nwrite"),
        ("accents é ✅ stay", "accents é ✅ stay"),
    ])
    func strips(text: String, expected: String) {
        #expect(ControlCharacters.strip(text) == expected)
    }
}
