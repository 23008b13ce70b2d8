import Foundation

/// A `--sources FILE` list: one path or URL per line; blank lines and `#` comments skipped.
public enum SourcesFile {
    /// The sources listed in `text`.
    ///
    /// Relative paths are taken relative to `folder` (the list's own folder), so a list works
    /// from any working directory; URLs and absolute paths are kept as written.
    /// - Parameters:
    ///   - text: The file's contents.
    ///   - folder: The folder holding the file.
    /// - Returns: The sources in file order.
    public static func parse(_ text: String, folder: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { raw in
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#") else { return nil }
            if InputCollector.isURL(line) || line.hasPrefix("/") || folder.isEmpty || folder == "." {
                return line
            }
            return (folder.hasSuffix("/") ? folder : folder + "/") + line
        }
    }
}
