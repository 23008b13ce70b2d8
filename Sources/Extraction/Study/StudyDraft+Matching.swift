/// How two mentions on one page are judged to be the same study.
extension StudyDraft {
    /// Evidence that `other` names the same study as `self`: `nil` when a field both state
    /// clashes (first author, year, country, design family, sample size unless one first
    /// author leads both), else a score where each shared specific value adds weight. A
    /// shared year alone scores 0.
    func sameStudyScore(_ other: StudyDraft) -> Int? {
        var score = 0
        var sameAuthor = false
        if let mine = authors.first?.folded, let theirs = other.authors.first?.folded {
            guard mine == theirs || mine.hasSuffix(" " + theirs) || theirs.hasSuffix(" " + mine) else { return nil }
            score += 4
            sameAuthor = true
        }
        if let mine = year, let theirs = other.year, mine != theirs { return nil }
        if let mine = country, let theirs = other.country {
            guard mine == theirs else { return nil }
            score += 2
        }
        if let mine = designFamily, let theirs = other.designFamily {
            // A registered trial's later mentions name whatever design it turned out to have.
            let registered = design?.value == .registeredTrial || other.design?.value == .registeredTrial
            // and its family says too little to favour it over another mention.
            guard mine == theirs || registered else { return nil }
            if mine == theirs, !registered { score += 1 }
        }
        if let mine = sampleSize?.value, let theirs = other.sampleSize?.value {
            // Completers or rounding differ a little; a different study differs a lot —
            // unless one first author leads both mentions on the page ("Ruiz's team also
            // tested another 40 adults"): then the second count is a part of her study.
            let level = SampleSizeField.agreement(mine, theirs)
            if level == .equal || level == .close { score += mine == theirs ? 2 : 1 } else if !sameAuthor { return nil }
        }
        if let mine = duration?.value, let theirs = other.duration?.value, mine > 0, theirs > 0,
            DurationField.agreement(mine, theirs) == .equal
        {
            // Prose also names time points ("better within two weeks"), so a different
            // duration is no clash.
            score += 1
        }
        if !Set(identifiers.citations).isDisjoint(with: other.identifiers.citations),
           identifiers.citations.contains(where: { $0.hasPrefix("ref") }) {
            score += 4
        }
        for (a, b) in [(identifiers.pmid, other.identifiers.pmid), (identifiers.doi, other.identifiers.doi),
                       (identifiers.nct, other.identifiers.nct), (identifiers.isrctn, other.identifiers.isrctn),
                       (identifiers.pmcid, other.identifiers.pmcid)] {
            if let a, let b { if a == b { score += 5 } else { return nil } }
        }
        if let mine = venue?.folded, let theirs = other.venue?.folded, mine == theirs { score += 2 }
        if !distinctiveWords.isDisjoint(with: other.distinctiveWords) { score += 1 }
        return score
    }
}
