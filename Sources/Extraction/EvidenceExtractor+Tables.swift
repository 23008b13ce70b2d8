import Documents

extension EvidenceExtractor {
    /// Ratings from a table: a rating table (first column topics, verdict from the rating
    /// columns) or a stance table (every header a stance, every cell a claim). Study tables
    /// (Year, Design, N…) give none.
    func tableCandidates(_ table: Table, _ context: BlockContext) -> [Candidate] {
        var header = table.header
        var rows = table.rows
        var lines = table.rowLines
        if header.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }), let first = rows.first {
            header = first
            rows = Array(rows.dropFirst())
            lines = Array(lines.dropFirst())
        }
        let headerWords = header.map { Set(ConditionNormalizer.words(ConditionNormalizer.prepare($0))) }
        if Self.listsStudies(header: header, words: headerWords) { return [] }
        let stances = header.map { classifier.bestMatch(in: $0) }
        if header.count >= 2, stances.allSatisfy({ ($0?.weight ?? 0) >= 2 }) {
            return stanceTableCandidates(rows, lines: lines, stances: stances.compactMap { $0 }, context)
        }
        return ratingTableCandidates(rows, lines: lines, headerWords: headerWords, context)
    }

    private func ratingTableCandidates(_ rows: [[String]], lines: [Int], headerWords: [Set<String>],
                                       _ context: BlockContext) -> [Candidate] {
        var bonus: [Int: Int] = [:]
        for (column, words) in headerWords.enumerated() where column > 0 {
            if !words.isDisjoint(with: EvidencePhrases.verdictHeaderWords) {
                bonus[column] = 3
            } else if !words.isDisjoint(with: EvidencePhrases.evidenceHeaderWords),
                      words.isDisjoint(with: EvidencePhrases.nonRatingHeaderWords) {
                bonus[column] = 0
            }
        }
        if bonus.isEmpty { bonus = contentRatingColumns(rows, headerWords: headerWords) }
        guard !bonus.isEmpty else { return [] }
        // A table that rates rows names its topics in the first column, whatever the header says
        // ("Use", "Question", "What for"); a first column of populations or doses still needs a
        // known condition.
        let namesTopics = !(headerWords.first ?? []).isDisjoint(with: EvidencePhrases.topicHeaderWords)
            || (headerWords.first ?? []).isDisjoint(with: EvidencePhrases.nonTopicHeaderWords)
        var found: [Candidate] = []
        for (rowIndex, row) in rows.enumerated() {
            guard let topicCell = row.first else { continue }
            var best: (match: VerdictClassifier.Match, score: Int)?
            for (column, extra) in bonus.sorted(by: { $0.key < $1.key }) where column < row.count {
                guard let match = classifier.bestMatch(in: row[column]) else { continue }
                if best == nil || match.weight + extra > (best?.score ?? 0) { best = (match, match.weight + extra) }
            }
            guard let verdict = best?.match else { continue }
            let topics = namesTopics ? normalizer.normalize(topicCell) : knownTopics(topicCell)
            let line = rowIndex < lines.count ? lines[rowIndex] : context.block.span.line
            for (offset, topic) in topics.enumerated() {
                found.append(Candidate(
                    topic: topic, verdict: Classified(verdict.verdict, text: verdict.text),
                    quote: Self.rowQuote(row), span: SourceSpan(line: line), source: .table,
                    block: context.index, order: context.order(rowIndex * 10 + offset)))
            }
        }
        return found
    }

    /// Columns without rating words in their header whose cells mostly read as verdicts.
    private func contentRatingColumns(_ rows: [[String]], headerWords: [Set<String>]) -> [Int: Int] {
        guard !rows.isEmpty else { return [:] }
        var columns: [Int: Int] = [:]
        let width = rows.map(\.count).max() ?? 0
        for column in 1..<max(1, width) {
            if column < headerWords.count, !headerWords[column].isDisjoint(with: EvidencePhrases.nonRatingHeaderWords) {
                continue
            }
            let rated = rows.filter { column < $0.count && (classifier.bestMatch(in: $0[column])?.weight ?? 0) >= 2 }
            if Double(rated.count) >= 0.6 * Double(rows.count) { columns[column] = 0 }
        }
        return columns
    }

    /// "Backed by trials | Still unproven": each cell's known
    /// conditions take their column header's stance.
    private func stanceTableCandidates(_ rows: [[String]], lines: [Int], stances: [VerdictClassifier.Match],
                                       _ context: BlockContext) -> [Candidate] {
        var found: [Candidate] = []
        for (rowIndex, row) in rows.enumerated() {
            let line = rowIndex < lines.count ? lines[rowIndex] : context.block.span.line
            for (column, cell) in row.enumerated() where column < stances.count {
                let stance = stances[column]
                for (offset, topic) in normalizer.mentions(in: cell).enumerated() {
                    found.append(Candidate(
                        topic: topic, verdict: Classified(stance.verdict, text: stance.text),
                        quote: cell, span: SourceSpan(line: line), source: .table, block: context.index,
                        order: context.order(rowIndex * 100 + column * 10 + offset)))
                }
            }
        }
        return found
    }

    /// Whether a header makes a table a list of studies: a study field (Year, N, Authors…) in
    /// any column, or a short header naming studies ("Study", "Trial"); a longer header that
    /// only mentions them ("What the trials show") describes evidence.
    static func listsStudies(header: [String], words: [Set<String>]) -> Bool {
        zip(header, words).contains { cell, cellWords in
            if !cellWords.isDisjoint(with: EvidencePhrases.studyFieldHeaderWords) { return true }
            return cellWords.count <= 2 && !cellWords.isDisjoint(with: EvidencePhrases.studyNounHeaderWords)
        }
    }

    /// A row as the page's pipe-table line: `| a | b |`.
    static func rowQuote(_ row: [String]) -> String { "| " + row.joined(separator: " | ") + " |" }
}
