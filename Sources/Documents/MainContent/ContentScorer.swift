/// Picks a page's main content from a ``PageModel``, readability-style.
///
/// Paragraph-like blocks of 25+ characters score `1 + commas + min(length / 100, 3)` for
/// their container, half for its parent and a third per level above (five levels). A
/// container's score starts from its tag and class/id hints and is scaled by
/// `1 - link density`. The best container wins (moving up when most strong candidates
/// share an ancestor, or when its parent scores better); siblings that score well, or
/// that are plain prose, join it. When the winner holds too little text, the page's
/// likely blocks are kept instead.
struct ContentScorer {
    /// Blocks shorter than this (in characters) do not score.
    static let minimumScoredLength = 25
    /// A selection shorter than this (in characters) is too weak to trust.
    static let minimumArticleLength = 500
    /// How many ancestors a block's score reaches.
    static let ancestorLevels = 5

    let page: PageModel

    /// Indexes of the blocks to keep, in page order.
    func selectedBlocks() -> [Int] {
        let likely = page.blocks.indices.filter { !page.blocks[$0].isEmpty && !page.blocks[$0].isUnlikely }
        guard let selection = articleBlocks() else { return fallback(likely) }
        let length = selection.reduce(0) { $0 + page.blocks[$1].characters }
        if length < Self.minimumArticleLength {
            let likelyLength = likely.reduce(0) { $0 + page.blocks[$1].characters }
            // A short page is its own article; a short pick from a long page is a miss.
            if likelyLength > length * 2 { return fallback(likely) }
        }
        return selection
    }

    /// The page's likely blocks, or all of them when the unlikely ones hold most text.
    private func fallback(_ likely: [Int]) -> [Int] {
        let all = page.blocks.indices.filter { !page.blocks[$0].isEmpty }
        let likelyLength = likely.reduce(0) { $0 + page.blocks[$1].characters }
        let allLength = all.reduce(0) { $0 + page.blocks[$1].characters }
        return likelyLength * 2 < allLength ? all : likely
    }

    // MARK: Scoring

    private func scores() -> [Double?] {
        var scores = [Double?](repeating: nil, count: page.elements.count)
        for block in page.blocks where !block.isEmpty && !block.isUnlikely && isScored(block) {
            var score = 1.0 + Double(block.commas) + Double(min(block.characters / 100, 3))
            if block.kind == .listItem { score *= 0.5 }
            var element = block.owner
            var level = 0
            while element >= 0 && level < Self.ancestorLevels {
                let index = Int(element)
                if scores[index] == nil { scores[index] = initialScore(page.elements[index]) }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
                scores[index]? += score / divider
                element = page.elements[index].parent
                level += 1
            }
        }
        for index in scores.indices {
            guard let score = scores[index] else { continue }
            scores[index] = score * (1 - linkDensity(page.elements[index]))
        }
        return scores
    }

    private func isScored(_ block: DraftBlock) -> Bool {
        guard block.characters >= Self.minimumScoredLength else { return false }
        switch block.kind {
        case .paragraph, .quote, .listItem: return true
        case .heading: return (block.level ?? 1) > 1
        case .table, .caption: return false
        }
    }

    private func initialScore(_ element: PageElement) -> Double {
        let base: Double
        switch element.tag {
        case .div: base = 5
        case .td, .blockquote, .pre: base = 3
        case .form, .ul, .ol, .dl, .address: base = -3
        case .th: base = -5
        default: base = 0
        }
        return base + Double(element.classWeight)
    }

    private func linkDensity(_ element: PageElement) -> Double {
        guard element.characters > 0 else { return 0 }
        return Double(element.linkCharacters) / Double(element.characters)
    }

    // MARK: Choosing the article

    private func articleBlocks() -> [Int]? {
        let scores = scores()
        let candidates = scores.indices.filter { scores[$0] != nil && !page.elements[$0].isUnlikely }
        guard var top = candidates.max(by: { (scores[$0] ?? 0) < (scores[$1] ?? 0) }) else {
            return nil
        }
        top = promoteSharedAncestor(top, candidates: candidates, scores: scores)
        top = climbToBetterParent(top, scores: scores)
        while true {
            let parent = Int(page.elements[top].parent)
            guard parent >= 0, page.elements[parent].tag != .body,
                page.elements[parent].firstChild == page.elements[parent].lastChild,
                page.elements[parent].firstBlock == page.elements[top].firstBlock,
                page.elements[parent].endBlock == page.elements[top].endBlock
            else { break }
            top = parent
        }
        return withSiblings(top, scores: scores)
    }

    /// When three of the five best candidates score near the top and sit below one
    /// ancestor of it, that ancestor is the article.
    private func promoteSharedAncestor(_ top: Int, candidates: [Int], scores: [Double?]) -> Int {
        let topScore = scores[top] ?? 0
        guard topScore > 0 else { return top }
        let best = candidates.sorted { (scores[$0] ?? 0) > (scores[$1] ?? 0) }.prefix(5)
        let strong = best.filter { $0 != top && (scores[$0] ?? 0) / topScore >= 0.75 }
        guard strong.count >= 3 else { return top }
        let strongAncestors = strong.map { Set(ancestors(of: $0)) }
        var parent = Int(page.elements[top].parent)
        while parent >= 0 && page.elements[parent].tag != .body {
            if strongAncestors.filter({ $0.contains(parent) }).count >= 3 { return parent }
            parent = Int(page.elements[parent].parent)
        }
        return top
    }

    private func climbToBetterParent(_ start: Int, scores: [Double?]) -> Int {
        var top = start
        var lastScore = scores[top] ?? 0
        let threshold = lastScore / 3
        var parent = Int(page.elements[top].parent)
        while parent >= 0 && page.elements[parent].tag != .body {
            guard let parentScore = scores[parent] else {
                parent = Int(page.elements[parent].parent)
                continue
            }
            if parentScore < threshold { break }
            if parentScore > lastScore {
                top = parent
                break
            }
            lastScore = parentScore
            parent = Int(page.elements[parent].parent)
        }
        return top
    }

    private func ancestors(of element: Int) -> [Int] {
        var result: [Int] = []
        var parent = Int(page.elements[element].parent)
        while parent >= 0 {
            result.append(parent)
            parent = Int(page.elements[parent].parent)
        }
        return result
    }

    /// The top element's blocks plus those of its siblings that qualify.
    private func withSiblings(_ top: Int, scores: [Double?]) -> [Int] {
        let parent = Int(page.elements[top].parent)
        guard parent >= 0 else { return blocks(in: top) }
        let topScore = scores[top] ?? 0
        let threshold = max(10, topScore * 0.2)
        let topClass = page.elements[top].classHash
        var result: [Int] = []
        var child = Int(page.elements[parent].firstChild)
        var blockIndex = Int(page.elements[parent].firstBlock)
        let end = Int(page.elements[parent].endBlock)
        while blockIndex < end || child >= 0 {
            let childStart = child >= 0 ? Int(page.elements[child].firstBlock) : end
            if blockIndex < childStart {
                // A block directly in the parent, before the next child element.
                let block = page.blocks[blockIndex]
                if !block.isEmpty && !block.isUnlikely && isProse(block) { result.append(blockIndex) }
                blockIndex += 1
                continue
            }
            let sibling = page.elements[child]
            var include = child == top
            if !include && !sibling.isUnlikely, let score = scores[child] {
                let bonus = topClass != 0 && sibling.classHash == topClass ? topScore * 0.2 : 0
                include = score + bonus >= threshold
            }
            if include { result += blocks(in: child) }
            blockIndex = max(blockIndex, Int(sibling.endBlock))
            child = Int(sibling.nextSibling)
        }
        return result
    }

    /// Readability's test for a paragraph sibling worth keeping.
    private func isProse(_ block: DraftBlock) -> Bool {
        guard block.kind == .paragraph || block.kind == .quote else { return false }
        let density = block.characters > 0 ? Double(block.linkCharacters) / Double(block.characters) : 1
        if block.characters > 80 { return density < 0.25 }
        return block.characters > 0 && density == 0 && block.text.last == 0x2E
    }

    private func blocks(in element: Int) -> [Int] {
        let range = Int(page.elements[element].firstBlock)..<Int(page.elements[element].endBlock)
        return range.filter { !page.blocks[$0].isEmpty && !page.blocks[$0].isUnlikely }
    }
}
