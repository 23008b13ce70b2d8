/// Groups scored pairs into clusters of claims about one study, without chaining.
///
/// Two passes, each greedy by descending pair score (ties break on claim order, so the
/// result does not depend on input order):
///
/// 1. **Confident pairs** (``Edge/confident``) join clusters with union-find. A pair joins
///    two clusters only when no document has a claim in both (a page's study matches at
///    most one study of another page) and no claim of one cluster `contradicts` a claim of
///    the other on a decisive field (`FieldComparison.contradicts`: identifier,
///    first author with year, subject). So a claim joins a cluster only by matching one
///    member confidently while contradicting none: a chain A–B–C never puts A and C
///    together when they are plainly two studies.
/// 2. **Possible pairs** stay pairs for a person to judge: one is kept only when both claims
///    are still alone (in no cluster and no other kept pair) and do not contradict. They
///    never glue clusters together, and a claim is in at most one cluster or pair.
struct Clustering {
    /// A pair of claim indices with its score.
    struct Edge {
        let a: Int
        let b: Int
        let score: Double
        /// Whether the pair may join clusters (a `match`); otherwise it is at most a
        /// `possible` pair of its own.
        var confident = true
    }

    /// The clusters (claim indices, ascending) of two or more claims, with the edges that
    /// joined each one, ordered by their first member.
    /// - Parameters:
    ///   - count: The number of claims.
    ///   - documents: Each claim's document index.
    ///   - edges: The scored pairs worth clustering, confident or possible.
    ///   - contradicts: Whether two claims disagree on a decisive field (never one cluster).
    static func clusters(
        count: Int, documents: [Int], edges: [Edge],
        contradicts: (Int, Int) -> Bool = { _, _ in false }
    ) -> [(members: [Int], edges: [Edge])] {
        var parent = Array(0..<count)
        var docs: [Int: Set<Int>] = [:]
        var groups: [Int: [Int]] = [:]
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        let ordered = edges.sorted {
            if $0.score != $1.score { return $0.score > $1.score }
            if $0.a != $1.a { return $0.a < $1.a }
            return $0.b < $1.b
        }
        var joined: [Int: [Edge]] = [:]
        for edge in ordered where edge.confident {
            let left = root(edge.a)
            let right = root(edge.b)
            if left == right { continue }
            let leftDocs = docs[left] ?? [documents[left]]
            let rightDocs = docs[right] ?? [documents[right]]
            if !leftDocs.isDisjoint(with: rightDocs) { continue }
            let leftMembers = groups[left] ?? [left]
            let rightMembers = groups[right] ?? [right]
            let clash = leftMembers.contains { x in rightMembers.contains { y in contradicts(x, y) } }
            if clash { continue }
            groups[left] = leftMembers + rightMembers
            groups[right] = nil
            parent[right] = left
            docs[left] = leftDocs.union(rightDocs)
            docs[right] = nil
            joined[left, default: []].append(contentsOf: (joined[right] ?? []) + [edge])
            joined[right] = nil
        }
        var taken = Set<Int>()
        for index in 0..<count where joined[root(index)] != nil { taken.insert(index) }
        var pairs: [(members: [Int], edges: [Edge])] = []
        for edge in ordered where !edge.confident {
            if taken.contains(edge.a) || taken.contains(edge.b) { continue }
            if documents[edge.a] == documents[edge.b] || contradicts(edge.a, edge.b) { continue }
            taken.insert(edge.a)
            taken.insert(edge.b)
            pairs.append(([min(edge.a, edge.b), max(edge.a, edge.b)], [edge]))
        }
        var members: [Int: [Int]] = [:]
        for index in 0..<count where joined[root(index)] != nil {
            members[root(index), default: []].append(index)
        }
        let clusters = members.keys.compactMap { key -> (members: [Int], edges: [Edge])? in
            guard let list = members[key], list.count > 1 else { return nil }
            return (list, joined[key] ?? [])
        }
        return (clusters + pairs).sorted { $0.members[0] < $1.members[0] }
    }
}
