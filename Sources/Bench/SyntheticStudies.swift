import Documents
import Extraction

/// Deterministic synthetic study claims for the matching scale benchmark
/// (`reconcile bench matching`): many pages on many subjects, each page citing studies from
/// its subject's pool with the misreporting real pages show (n off, year ±1, author left
/// out, design upgraded). Same arguments, same claims, on every machine.
public enum SyntheticStudies {
    /// `claims` study claims spread evenly over `pages` pages (plus one evidence claim per
    /// page naming its subject), ten pages per subject.
    public static func claims(count claims: Int, pages: Int, seed: UInt64 = 42) -> [Claim] {
        var random = SplitMix(seed: seed)
        let pageCount = max(1, pages)
        let perPage = max(1, claims / pageCount)
        let subjects = max(1, pageCount / 10)
        let poolSize = max(perPage, perPage * 2)
        // Condition phrases share head words the way real ones do ("back pain", "neck pain"):
        // 300 phrases over 30 heads.
        let conditionVocabulary = (0..<300).map { "\(syllables($0 + 400)) \(syllables($0 % 30 + 8000))" }
        let designs: [DesignClass] = [.rct, .rct, .rct, .pilotRCT, .metaAnalysis, .systematicReview, .cohort,
                                      .crossSectional, .nonRandomizedTrial]
        var result: [Claim] = []
        result.reserveCapacity(claims + pageCount)
        for page in 0..<pageCount {
            let subject = page % subjects
            let document = "page-\(page)"
            let subjectName = "intervention \(subject)"
            result.append(.evidence(EvidenceClaim(
                id: "\(document)#e", document: document, subject: subjectName, topic: "topic \(subject)",
                verdict: Classified(.moderate, text: "moderate"),
                mention: Mention(quote: "", span: SourceSpan(line: 1)))))
            var chosen = Set<Int>()
            while chosen.count < min(perPage, poolSize) { chosen.insert(Int(random.next() % UInt64(poolSize))) }
            for (line, study) in chosen.sorted().enumerated() {
                var local = SplitMix(seed: UInt64(subject * 1_000_003 + study))
                let author = "Au" + syllables(Int(local.next() % 60_000))
                let year = 1990 + Int(local.next() % 36)
                let n = 10 + Int(local.next() % 500)
                let days = [7, 14, 21, 28, 42, 56, 84, 168, 365][Int(local.next() % 9)]
                let design = designs[Int(local.next() % UInt64(designs.count))]
                let firstCondition = conditionVocabulary[(subject * 7 + Int(local.next() % 15)) % 300]
                let secondCondition = conditionVocabulary[(subject * 7 + Int(local.next() % 15)) % 300]
                let misreport = random.next() % 10
                let claim = StudyClaim(
                    id: "\(document)#\(study)", document: document,
                    label: "\(author) et al. \(year) \(design.rawValue)",
                    authors: misreport == 0 ? [] : [author],
                    year: misreport == 1 ? year + 1 : (misreport == 2 ? nil : year),
                    design: Classified(misreport == 3 ? .rct : design, text: design.rawValue),
                    sampleSize: Classified(misreport == 4 ? n / 2 + 1 : n, text: "n = \(n)"),
                    duration: Classified(days, text: "\(days) days"),
                    conditions: [firstCondition, secondCondition],
                    mentions: [Mention(quote: "A \(year) study by \(author) et al. (n = \(n)) on \(firstCondition).",
                                       span: SourceSpan(line: line + 2))])
                result.append(.study(claim))
            }
        }
        return result
    }

    private static func syllables(_ number: Int) -> String {
        let parts = ["ka", "lo", "mer", "tin", "sa", "vek", "ri", "dol", "an", "bu", "chen", "gar", "hol", "is",
                     "jo", "ne", "pra", "qua", "ste", "wu"]
        var value = number
        var name = ""
        repeat {
            name += parts[value % parts.count]
            value /= parts.count
        } while value > 0
        return name
    }
}
