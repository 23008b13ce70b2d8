/// Groups scored pairs into clusters of claims about one study.
///
/// Greedy by descending pair score with union-find: a pair joins two clusters only when no
/// document has a claim in both (a page's study matches at most one study of another page),
/// so clusters across three or more pages are transitive but never hold two claims of one
/// page. Ties break on claim order, so the result does not depend on input order.
struct Clustering {
    /// A pair of claim indices with its score.
    struct Edge {
        let a: Int
        let b: Int
        let score: Double
    }

    /// The clusters (claim indices, ascending) of two or more claims, with the edges that
    /// joined each one.
    static func clusters(count: Int, documents: [Int], edges: [Edge]) -> [(members: [Int], edges: [Edge])] {
        var parent = Array(0..<count)
        var docs: [Int: Set<Int>] = [:]
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
        for edge in ordered {
            let left = root(edge.a)
            let right = root(edge.b)
            if left == right { continue }
            let leftDocs = docs[left] ?? [documents[left]]
            let rightDocs = docs[right] ?? [documents[right]]
            if !leftDocs.isDisjoint(with: rightDocs) { continue }
            parent[right] = left
            docs[left] = leftDocs.union(rightDocs)
            docs[right] = nil
            joined[left, default: []].append(contentsOf: (joined[right] ?? []) + [edge])
            joined[right] = nil
        }
        var members: [Int: [Int]] = [:]
        for index in 0..<count where joined[root(index)] != nil {
            members[root(index), default: []].append(index)
        }
        return members.keys.sorted().compactMap { key in
            guard let list = members[key], list.count > 1 else { return nil }
            return (list, joined[key] ?? [])
        }
    }
}
