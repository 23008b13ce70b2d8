/// Removes control characters that a terminal would act on, so page text cannot move the
/// cursor, change colours, retitle the window or hide earlier output (ANSI/OSC escapes).
public enum ControlCharacters {
    /// Whether `scalar` is a C0 control (U+0000–U+001F), DEL or a C1 control (U+0080–U+009F).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// `text` without C0/C1 controls, keeping newline and tab; a CR before LF is dropped and
    /// a lone CR becomes a newline, so nothing can overwrite a line already shown.
    ///
    /// An escape sequence loses its ESC (or CSI) byte, so the rest shows as plain text.
    public static func strip(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "\n", "\t": out.append(scalar)
            case "\r": if index + 1 == scalars.count || scalars[index + 1] != "\n" { out.append("\n") }
            case _ where isControl(scalar): continue
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
