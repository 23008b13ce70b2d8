/// What can go wrong with the run history database.
public enum StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The database file could not be opened, created or migrated.
    case cannotOpen(path: String, detail: String)
    /// A stored value does not read back (the file was edited or damaged).
    case corrupt(column: String, detail: String)
    /// No finding of the latest run has this id (or id prefix).
    case unknownFinding(id: String)
    /// An id prefix names more than one finding.
    case ambiguousFinding(id: String, candidates: [String])
    /// A query or write failed.
    case database(path: String, detail: String)
    /// Saving a run failed (a full disk, say); the transaction was rolled back.
    case cannotSave(path: String, detail: String)

    /// `path: problem (expected …)`.
    public var description: String {
        switch self {
        case .cannotOpen(let path, let detail):
            return "\(path): cannot open the run history database: \(detail)"
        case .corrupt(let column, let detail):
            return "database column \(column): \(detail)"
        case .unknownFinding(let id):
            return "\(id): no finding with this id in the latest run (expected an id from `reconcile review list`)"
        case .ambiguousFinding(let id, let candidates):
            return "\(id): id prefix matches \(candidates.count) findings (\(candidates.prefix(3).joined(separator: ", "))…; expected a longer id)"
        case .database(let path, let detail):
            return "\(path): \(detail)"
        case .cannotSave(let path, let detail):
            return "\(path): cannot save the run: \(detail) (a full disk or a file-size limit?); "
                + "the database keeps its previous runs (expected room to write)"
        }
    }
}
