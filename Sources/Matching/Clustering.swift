/// Groups scored pairs into clusters of claims about one study.
///
/// Greedy by descending pair score with union-find: a pair joins two clusters only when no
/// document has a claim in both (a page's study matches at most one study of another page),
/// so clusters across three or more pages are transitive but never hold two claims of one
/// page. A pair below `confident` (a `possible` match) joins two clusters only when every
/// other pair across them passes `compatible`: a weak link does not pull a claim into a
/// cluster whose other members it disagrees with. Ties break on claim order, so the result
/// does not depend on input order.
struct Clustering {
    /// A pair of claim indices with its score.
    struct Edge {
        let a: Int
        let b: Int
        let score: Double
    }

    /// The clusters (claim indices, ascending) of two or more claims, with the edges that
    /// joined each one.
    static func clusters(
        count: Int, documents: [Int], edges: [Edge], confident: Double = -.infinity,
        compatible: (Int, Int) -> Bool = { _, _ in true }
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
        for edge in ordered {
            let left = root(edge.a)
            let right = root(edge.b)
            if left == right { continue }
            let leftDocs = docs[left] ?? [documents[left]]
            let rightDocs = docs[right] ?? [documents[right]]
            if !leftDocs.isDisjoint(with: rightDocs) { continue }
            let leftMembers = groups[left] ?? [left]
            let rightMembers = groups[right] ?? [right]
            if edge.score < confident, leftMembers.count + rightMembers.count > 2 {
                let agree = leftMembers.allSatisfy { x in
                    rightMembers.allSatisfy { y in (x == edge.a && y == edge.b) || (x == edge.b && y == edge.a) || compatible(x, y) }
                }
                if !agree { continue }
            }
            groups[left] = leftMembers + rightMembers
            groups[right] = nil
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
