/// The one list of page file extensions: which the parser recognises, as HTML or text, and
/// which a directory walk collects.
///
/// Extensions are lower case, without the dot. A directory walk takes the four DESIGN.md
/// names (`.html`, `.htm`, `.txt`, `.md`); the parser also recognises `.xhtml`, `.markdown`
/// and `.text` when such a file is named on the command line.
public enum PageExtension {
    /// Every recognised extension, the format it implies, and whether directories are searched for it.
    static let table: [(name: String, format: Document.Format, collected: Bool)] = [
        ("html", .html, true), ("htm", .html, true), ("xhtml", .html, false),
        ("txt", .text, true), ("md", .text, true), ("markdown", .text, false), ("text", .text, false),
    ]

    /// The extensions a directory walk takes pages from.
    public static let collected: Set<String> = Set(table.filter(\.collected).map(\.name))

    /// The format an extension implies.
    /// - Parameter name: An extension in any case, without the dot.
    /// - Returns: `.html` or `.text`; `nil` for an extension that is not a page's.
    public static func format(of name: String) -> Document.Format? {
        let lower = name.lowercased()
        return table.first { $0.name == lower }?.format
    }
}
