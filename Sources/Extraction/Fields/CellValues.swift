import Foundation

/// Recognises table cells that hold no value ("–", "n/a", "Not reported").
enum CellValues {
    private static let placeholders: Set<String> = [
        "-", "–", "—", "n/a", "na", "n.a.", "none", "?", "…", "...", "not reported", "not stated",
        "unknown", "unclear", "varied", "various", "nr",
    ]

    /// Whether `cell` is a placeholder rather than data.
    static func isPlaceholder(_ cell: String) -> Bool {
        let text = cell.trimmingCharacters(in: .whitespaces).lowercased()
        return text.isEmpty || placeholders.contains(text)
    }
}
