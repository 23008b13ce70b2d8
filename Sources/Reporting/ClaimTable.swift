import Extraction

/// Renders claims as an aligned text table, one row per claim, at most ``maxWidth`` display
/// columns wide; long cells end in "…". Display width counts wide characters (CJK, emoji)
/// as two columns and combining marks as none.
public enum ClaimTable {
    /// The widest a rendered line may be, in display columns.
    public static let maxWidth = 100

    private static let columns: [(title: String, width: Int)] = [
        ("document", 16), ("year", 4), ("design", 17), ("n", 6), ("days", 4), ("verdict", 15),
    ]

    /// The table for `claims`: a header line, then one line per claim.
    public static func render(_ claims: [Claim]) -> String {
        let fixed = columns.reduce(0) { $0 + $1.width + 2 }
        let labelWidth = maxWidth - fixed
        var lines = [line(columns.map(\.title) + ["label / topic"], labelWidth: labelWidth)]
        for claim in claims {
            lines.append(line(cells(of: claim), labelWidth: labelWidth))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func cells(of claim: Claim) -> [String] {
        switch claim {
        case .study(let study):
            return [study.document, study.year.map(String.init) ?? "-",
                    study.design?.value.map(DesignField.display) ?? "-", study.sampleSize?.value.map(String.init) ?? "-",
                    study.duration?.value.map(String.init) ?? "-", study.verdict?.value.map(VerdictField.display) ?? "-", study.label]
        case .evidence(let evidence):
            return [evidence.document, "", "", "", "", evidence.verdict.value.map(VerdictField.display) ?? "-",
                    "evidence: " + evidence.topic + " (" + evidence.subject + ")"]
        }
    }

    private static func line(_ cells: [String], labelWidth: Int) -> String {
        var out = ""
        for (index, cell) in cells.enumerated() {
            let width = index < columns.count ? columns[index].width : labelWidth
            let fitted = fit(cell.split(whereSeparator: \.isNewline).joined(separator: " "), width: width)
            out += fitted
            if index < columns.count {
                out += String(repeating: " ", count: width - displayWidth(fitted) + 2)
            }
        }
        while out.hasSuffix(" ") { out.removeLast() }
        return out
    }

    /// `text` cut to at most `width` display columns, ending in "…" when cut.
    static func fit(_ text: String, width: Int) -> String {
        guard displayWidth(text) > width else { return text }
        var out = ""
        var used = 0
        for character in text {
            let w = displayWidth(character)
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…"
    }

    /// Display columns of `text`.
    public static func displayWidth(_ text: String) -> Int { text.reduce(0) { $0 + displayWidth($1) } }

    /// Display columns of one character: 2 for wide and emoji-presentation characters, 0 for
    /// zero-width ones, else 1.
    static func displayWidth(_ character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        if scalar.properties.isEmojiPresentation { return 2 }
        let v = scalar.value
        if v == 0x200B || v == 0x200D || scalar.properties.generalCategory == .nonspacingMark { return 0 }
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x3FFFD,
        ]
        return wide.contains { $0.contains(v) } ? 2 : 1
    }
}
