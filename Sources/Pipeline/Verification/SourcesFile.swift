import Foundation

/// A `--sources FILE` list: one path or URL per line; blank lines and `#` comments skipped.
///
/// A comment is a line starting with `#`, or ` #` (whitespace, then `#`) and the rest of a
/// line after a source: `pages/a.html  # the vendor page`. A `#` inside a source (a URL's
/// `#fragment`) stays.
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
            let line = withoutComment(raw).trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#") else { return nil }
            if InputCollector.isURL(line) || line.hasPrefix("/") || folder.isEmpty || folder == "." {
                return line
            }
            return (folder.hasSuffix("/") ? folder : folder + "/") + line
        }
    }

    /// `line` up to its first `#` that starts the line or follows whitespace.
    static func withoutComment(_ line: Substring) -> Substring {
        var previous: Character?
        for index in line.indices {
            if line[index] == "#", previous == nil || previous?.isWhitespace == true {
                return line[..<index]
            }
            previous = line[index]
        }
        return line
    }
}
