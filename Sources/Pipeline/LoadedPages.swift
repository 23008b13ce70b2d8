import Documents

/// The pages of a run that parsed, and every page or PATH that failed, each in input order.
public struct LoadedPages: Sendable {
    /// Parsed pages, in input order.
    public let documents: [Document]
    /// Missing PATHs first (as collected), then pages that could not be read or parsed.
    public let failures: [PageFailure]

    /// Splits loader results into documents and failures.
    ///
    /// - Parameters:
    ///   - collectionFailures: PATHs ``InputCollector`` could not use.
    ///   - results: ``PageLoader/load(_:)-(([Input]))`` results, in input order.
    public init(collectionFailures: [PageFailure], results: [Result<Document, PageFailure>]) {
        var documents: [Document] = []
        var failures = collectionFailures
        for result in results {
            switch result {
            case .success(let document): documents.append(document)
            case .failure(let failure): failures.append(failure)
            }
        }
        self.documents = documents
        self.failures = failures
    }

    /// The pages whose extraction finished in time, with the pages that ran out added to the failures.
    public func adding(_ extracted: ExtractedPages) -> LoadedPages {
        LoadedPages(documents: extracted.documents, failures: failures + extracted.failures)
    }

    private init(documents: [Document], failures: [PageFailure]) {
        self.documents = documents
        self.failures = failures
    }

    /// Whether a PATH did not exist or held no pages (the CLI exits 66).
    public var hasMissingInput: Bool { failures.contains { $0.reason == .missingInput } }
}

extension PageLoader {
    /// Collects the pages under command-line PATHs and loads them.
    ///
    /// - Parameters:
    ///   - paths: Files, folders or URLs as given.
    ///   - skipping: A folder never to read pages from (the reports' folder).
    /// - Returns: Parsed pages and failures, in input order.
    public func load(paths: [String], skipping: String? = nil) async -> LoadedPages {
        let collected = InputCollector(skipping: skipping).collect(paths)
        return LoadedPages(collectionFailures: collected.failures, results: await load(collected.inputs))
    }
}
