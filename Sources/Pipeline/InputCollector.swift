import Documents
import Foundation

/// Turns the PATHs of a command line into the ordered list of pages to load.
///
/// A PATH is a file, a directory or an `http(s)` URL. Directories are walked recursively
/// in name order taking `.html`, `.htm`, `.txt` and `.md` files; hidden files and folders,
/// a folder's own notes (`README*`, `LICENSE*`, `NOTICE*`, `CHANGELOG*`) and the report
/// folder are skipped. A file named directly is always taken. Ids are file names without
/// extension; colliding ids get their parent folder's name in front (`dev-faq`).
public struct InputCollector: Sendable {
    /// Name prefixes of a folder's own notes, skipped in directories (compared lower-cased).
    public static let notePrefixes = ["readme", "license", "licence", "notice", "changelog"]

    private let skippedFolder: String?

    /// Creates a collector.
    ///
    /// - Parameter skipping: A folder never to walk into (the `--out` folder), if any.
    public init(skipping folder: String? = nil) {
        self.skippedFolder = folder.map { Self.absolute($0) }
    }

    /// The pages under the given PATHs, in command-line then name order, plus the PATHs
    /// that do not exist or hold no pages.
    ///
    /// - Parameter paths: PATH arguments as given.
    /// - Returns: Inputs with unique ids, and failures with reason `.missingInput`.
    public func collect(_ paths: [String]) -> (inputs: [Input], failures: [PageFailure]) {
        var found: [Found] = []
        var failures: [PageFailure] = []
        var seen: Set<String> = []
        for path in paths {
            if Self.isURL(path) {
                if seen.insert(path).inserted { found.append(.url(path)) }
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                let error = PipelineError.missingInput(path: path)
                failures.append(PageFailure(source: path, message: error.description, reason: .missingInput))
                continue
            }
            if isDirectory.boolValue {
                let before = found.count
                walk(directory: path, source: path, into: &found, seen: &seen)
                if found.count == before {
                    let error = PipelineError.noPages(directory: path)
                    failures.append(PageFailure(source: path, message: error.description, reason: .missingInput))
                }
            } else if seen.insert(Self.absolute(path)).inserted {
                found.append(.file(path: path, source: path))
            }
        }
        return (Self.assignIDs(found), failures)
    }

    /// A page found before ids are assigned.
    enum Found {
        case file(path: String, source: String)
        case url(String)
    }

    static func isURL(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    private func walk(directory: String, source: String, into found: inout [Found], seen: inout Set<String>) {
        let absoluteDirectory = Self.absolute(directory)
        if let skippedFolder, absoluteDirectory == skippedFolder { return }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = Self.join(directory, name)
            let childSource = Self.join(source, name)
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                let type = attributes[.type] as? FileAttributeType
            else { continue }
            var resolvedType = type
            if type == .typeSymbolicLink {
                var isDirectory: ObjCBool = false
                // Symlinked folders are not followed (they may loop); symlinked files are pages.
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
                    !isDirectory.boolValue
                else { continue }
                resolvedType = .typeRegular
            }
            if resolvedType == .typeDirectory {
                walk(directory: path, source: childSource, into: &found, seen: &seen)
            } else if resolvedType == .typeRegular, Self.isPage(name),
                seen.insert(Self.absolute(path)).inserted
            {
                found.append(.file(path: path, source: childSource))
            }
        }
    }

    /// Whether a file met while walking a folder is a page.
    static func isPage(_ name: String) -> Bool {
        let lower = name.lowercased()
        if notePrefixes.contains(where: { lower.hasPrefix($0) }) { return false }
        guard let dot = lower.lastIndex(of: ".") else { return false }
        return PageExtension.collected.contains(String(lower[lower.index(after: dot)...]))
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// Whether two sources name one page: equal URLs, or file paths that are equal once made
    /// absolute (a run typed `pages/a.txt`; `verify` re-reads the stored absolute inputs).
    static func sameSource(_ a: String, _ b: String) -> Bool {
        a == b || (!isURL(a) && !isURL(b) && absolute(a) == absolute(b))
    }

    /// File name without extension; colliding ids become `<parent folder>-<stem>`,
    /// then get `-2`, `-3`… if they still collide.
    static func assignIDs(_ found: [Found]) -> [Input] {
        let bases = found.map(baseID)
        var counts: [String: Int] = [:]
        for base in bases { counts[base.stem, default: 0] += 1 }
        var used: Set<String> = []
        var inputs: [Input] = []
        for (item, base) in zip(found, bases) {
            var id = base.stem
            if counts[base.stem, default: 0] > 1, !base.parent.isEmpty { id = base.parent + "-" + base.stem }
            var candidate = id
            var suffix = 2
            while !used.insert(candidate).inserted {
                candidate = "\(id)-\(suffix)"
                suffix += 1
            }
            switch item {
            case .file(let path, let source):
                inputs.append(.file(FileInput(path: path, source: source, id: candidate)))
            case .url(let url):
                inputs.append(.url(URLInput(url: url, id: candidate)))
            }
        }
        return inputs
    }

    private static func baseID(_ item: Found) -> (stem: String, parent: String) {
        switch item {
        case .file(let path, _):
            let url = URL(fileURLWithPath: path).standardizedFileURL
            return (url.deletingPathExtension().lastPathComponent, url.deletingLastPathComponent().lastPathComponent)
        case .url(let string):
            guard let url = URL(string: string) else { return ("page", "") }
            let components = url.pathComponents.filter { $0 != "/" }
            let host = url.host ?? "page"
            guard let last = components.last else { return (host, "") }
            let stem = (last as NSString).deletingPathExtension
            let parent = components.dropLast().last ?? host
            return (stem.isEmpty ? host : stem, parent)
        }
    }
}
