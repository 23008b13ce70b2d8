import Documents
import Extraction
import Model

/// The pages that failed this run whose previous run's claims are matched into the new report.
///
/// A page that could not be read (or ran out of time) has not stopped saying what it said:
/// its last good claims go through matching and findings with the pages read now, and every
/// report marks them stale (``Report/stalePages``). Their documents carry no blocks, only the
/// id, source, format and title the history kept. ``StaleCarryOver`` then keeps the stored
/// run's rows consistent with this (the failed page's row marked stale).
public struct StalePages: Sendable {
    /// One blockless document per carried page, in the order of the failures.
    public var documents: [Document] = []
    /// The carried pages' previous claims, in the previous run's order.
    public var claims: [Claim] = []
    /// Their stored records by claim id (written again as they were saved).
    public var records: [String: ClaimJSON] = [:]

    /// The previous run's claims of the pages in `failures`.
    /// - Parameters:
    ///   - previous: The last saved run, if any.
    ///   - failures: This run's page failures.
    ///   - live: Ids of the pages read this run (a page read now is never carried).
    /// - Returns: The pages to carry; empty without a previous run.
    public static func carried(from previous: RunSnapshot?, failures: [PageFailure], live: Set<String>) -> StalePages {
        var result = StalePages()
        guard let previous else { return result }
        var taken = live
        for failure in failures {
            guard let before = previous.documents.first(where: { InputCollector.sameSource($0.source, failure.source) && $0.contentHash != nil }),
                  !taken.contains(before.documentID)
            else { continue }
            taken.insert(before.documentID)
            result.documents.append(Document(
                // The source as given now (the run may name the page another way).
                id: before.documentID, source: failure.source,
                format: before.format.flatMap(Document.Format.init(rawValue:)) ?? .text, title: before.title, blocks: []))
            for stored in previous.claims where stored.document == before.documentID {
                var record = stored.payload
                record.stale = false
                result.claims.append(record.claim)
                result.records[record.id] = record
            }
        }
        return result
    }

    /// The carried pages' ids.
    public var ids: Set<String> { Set(documents.map(\.id)) }
}
