import Documents
import Foundation

/// Pages of one folder that are renditions of one text: a saved page and a cleaned copy of
/// it ("source.html" and "expected.html"), or an HTML page and its text export. A folder walk
/// reads both; the run keeps the one with more text and notes the other as a duplicate, so
/// one page is not reported, matched and counted twice.
///
/// Two pages are renditions when, of the one with fewer distinct blocks, at least
/// ``containedShare`` of its blocks (of at least ``minimumBlockCharacters``, compared
/// case- and space-insensitively) are blocks of the other, and it has at least
/// ``minimumBlocks`` such blocks. Pages read from URLs, and pages in different folders, are
/// never compared.
public enum DuplicateRenditions {
    /// The least share of the smaller page's blocks that must recur on the larger.
    public static let containedShare = 0.9
    /// The fewest comparable blocks a page needs before it can be called a copy.
    public static let minimumBlocks = 3
    /// Blocks shorter than this ("Share", "Menu") are not compared.
    public static let minimumBlockCharacters = 20

    /// A page left out of the run because another page of its folder holds the same text.
    public struct Duplicate: Sendable, Hashable {
        /// The source of the page left out.
        public let source: String
        /// The source of the page kept.
        public let keptAs: String
    }

    /// `documents` without renditions of another page of the same folder, in input order,
    /// and the pages left out.
    public static func removing(from documents: [Document]) -> (kept: [Document], duplicates: [Duplicate]) {
        let keys = documents.map(blockKeys)
        let sizes = documents.map { $0.blocks.reduce(0) { $0 + $1.text.count } }
        var byFolder: [String: [Int]] = [:]
        for (index, document) in documents.enumerated() where !document.source.contains("://") {
            byFolder[URL(fileURLWithPath: document.source).deletingLastPathComponent().path, default: []].append(index)
        }
        var dropped: [Int: Int] = [:]
        for indices in byFolder.values where indices.count > 1 {
            for (position, a) in indices.enumerated() {
                for b in indices[(position + 1)...] where dropped[a] == nil && dropped[b] == nil {
                    let (small, large) = (keys[a].count, sizes[a]) <= (keys[b].count, sizes[b]) ? (a, b) : (b, a)
                    guard keys[small].count >= minimumBlocks else { continue }
                    let shared = keys[small].intersection(keys[large]).count
                    if Double(shared) >= containedShare * Double(keys[small].count) { dropped[small] = large }
                }
            }
        }
        let kept = documents.indices.filter { dropped[$0] == nil }.map { documents[$0] }
        let duplicates = dropped.keys.sorted().map {
            Duplicate(source: documents[$0].source, keptAs: documents[dropped[$0] ?? $0].source)
        }
        return (kept, duplicates)
    }

    private static func blockKeys(_ document: Document) -> Set<String> {
        Set(document.blocks.compactMap { block in
            let key = block.text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            return key.count >= minimumBlockCharacters ? key : nil
        })
    }
}
