/// Scores a ``PageModel``'s containers readability-style and picks the article's blocks:
/// one signal of ``ContentSelector``, which keeps more than this one pick.
///
/// Paragraph-like blocks of 25+ characters score `1 + commas + min(length / 100, 3)` for
/// their container, half for its parent and a third per level above (five levels). A
/// container's score starts from its tag and class/id hints and is scaled by
/// `1 - link density`. The best container wins (moving up when most strong candidates
/// share an ancestor, or when its parent scores better); siblings that score well, or
/// that are plain prose, join it. Data tables score by their rows, list items at half.
/// When the winner holds too little text, a second pass counts unlikely elements too;
/// when that fails as well, the page's likely blocks are kept.
struct ContentScorer {
    /// Blocks shorter than this (in characters) do not score.
    static let minimumScoredLength = 25
    /// A selection shorter than this (in characters) is too weak to trust.
    static let minimumArticleLength = 500
    /// How many ancestors a block's score reaches.
    static let ancestorLevels = 5
    /// List items count for less than paragraphs (menus and link lists are lists).
    static let listItemWeight = 0.5
    /// A data table's row score counts for less than the same text in paragraphs.
    static let tableWeight = 0.5

    let page: PageModel

    /// Indexes of the blocks to keep, in page order: the article pick widened by
    /// ``ContentSelector`` to every other section that holds content.
    func selectedBlocks() -> [Int] {
        ContentSelector(page: page, article: articleBlocks()).selectedBlocks()
    }

    /// Indexes of the article's blocks as readability would pick them, in page order.
    ///
    /// Like readability, a first pass leaves out everything below an element whose
    /// class or id says it is unlikely content; when that pass finds too little (the
    /// unlikely hint was wrong, e.g. on a page wrapper), a second pass counts everything
    /// and lets class weights alone push comments and sidebars down.
    func articleBlocks() -> [Int] {
        let all = page.blocks.indices.filter { !page.blocks[$0].isEmpty }
        let likely = all.filter { !page.blocks[$0].isUnlikely }
        for strict in [true, false] {
            let pass = Pass(page: page, strict: strict)
            guard let selection = pass.articleBlocks() else { continue }
            let length = characters(selection)
            let pool = characters(strict ? likely : all)
            // A short page is its own article; a short pick from a long page is a miss.
            if length >= Self.minimumArticleLength || pool <= length * 2 { return selection }
        }
        return characters(likely) * 2 < characters(all) ? all : likely
    }

    private func characters(_ blocks: [Int]) -> Int {
        blocks.reduce(0) { $0 + page.blocks[$1].characters }
    }
}

/// One scoring pass of ``ContentScorer``.
private struct Pass {
    let page: PageModel
    /// Leave out unlikely elements and their blocks.
    let strict: Bool

    private func counts(_ block: DraftBlock) -> Bool {
        !block.isEmpty && !(strict && block.isUnlikely)
    }

    // MARK: Scoring

    private func scores() -> [Double?] {
        var scores = [Double?](repeating: nil, count: page.elements.count)
        for block in page.blocks where counts(block) && isScored(block) {
            var score = 1.0 + Double(block.commas) + Double(min(block.characters / 100, 3))
            if block.kind == .listItem { score *= ContentScorer.listItemWeight }
            if block.kind == .table {
                score = (block.rowScore + Double(block.commas)) * ContentScorer.tableWeight
            }
            var element = block.owner
            var level = 0
            while element >= 0 && level < ContentScorer.ancestorLevels {
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
        guard block.characters >= ContentScorer.minimumScoredLength else { return false }
        switch block.kind {
        case .paragraph, .quote, .listItem: return true
        case .heading: return (block.level ?? 1) > 1
        case .table: return block.rowScore > 0
        case .caption: return false
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
        let characters = strict ? element.characters : element.allCharacters
        let links = strict ? element.linkCharacters : element.allLinkCharacters
        return characters > 0 ? Double(links) / Double(characters) : 0
    }

    // MARK: Choosing the article

    func articleBlocks() -> [Int]? {
        let scores = scores()
        let candidates = scores.indices.filter {
            scores[$0] != nil && !(strict && page.elements[$0].isUnlikely)
        }
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
        top = enclosingArticle(of: top)
        return withSiblings(top, scores: scores)
    }

    /// The `<article>` around the pick, when the pick is most of it: its title, byline
    /// and short paragraphs belong to the article even though they score nothing.
    private func enclosingArticle(of top: Int) -> Int {
        var ancestor = Int(page.elements[top].parent)
        var steps = 0
        while ancestor >= 0 && steps < ContentScorer.ancestorLevels {
            let element = page.elements[ancestor]
            if element.tag == .article {
                let articleLength = strict ? element.characters : element.allCharacters
                let topLength = strict ? page.elements[top].characters : page.elements[top].allCharacters
                return articleLength <= topLength * 2 ? ancestor : top
            }
            ancestor = Int(element.parent)
            steps += 1
        }
        return top
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
                if counts(block) && (isProse(block) || titles(blockIndex, top)) {
                    result.append(blockIndex)
                }
                blockIndex += 1
                continue
            }
            let sibling = page.elements[child]
            var include = child == top
            if !include && !(strict && sibling.isUnlikely), let score = scores[child] {
                let bonus = topClass != 0 && sibling.classHash == topClass ? topScore * 0.2 : 0
                include = score + bonus >= threshold
            }
            if include { result += blocks(in: child) }
            blockIndex = max(blockIndex, Int(sibling.endBlock))
            child = Int(sibling.nextSibling)
        }
        return result
    }

    /// A heading right before the article element (only headings or empty slots between)
    /// is its title.
    private func titles(_ index: Int, _ top: Int) -> Bool {
        guard page.blocks[index].kind == .heading, index < Int(page.elements[top].firstBlock) else {
            return false
        }
        let owner = page.blocks[index].owner
        var next = index + 1
        while next < Int(page.elements[top].firstBlock) {
            let block = page.blocks[next]
            guard block.isEmpty || (block.kind == .heading && block.owner == owner) else { return false }
            next += 1
        }
        return true
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
        return range.filter { counts(page.blocks[$0]) }
    }
}
