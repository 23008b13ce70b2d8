/// A field whose level weights are estimated from the run (``WeightEstimation``), with its
/// levels and where each level's weight lives in ``MatchWeights``.
///
/// Conditions and names are not listed: their weights are value-specific already (each
/// shared condition or name weighs by its rarity in the run). The pages' subject is a
/// property of pages, not of study descriptions, and keeps its hand-set weight.
struct EstimatedField: Sendable {
    /// The field compared.
    let field: FieldComparison.Field
    /// Its levels, in the order of a pattern's level indices (1…).
    let levels: [Comparison]
    /// Each level's weight in `weights`.
    let read: @Sendable (MatchWeights) -> [Double]
    /// Writes each level's estimated weight (and m, for fields whose equal level is
    /// value-specific) into `weights`.
    let write: @Sendable (inout MatchWeights, _ weights: [Double], _ m: [Double]) -> Void

    /// Every estimated field, in ``FieldComparison/Field`` order.
    static let all: [EstimatedField] = [
        EstimatedField(field: .identifiers, levels: [.equal, .different],
                       read: { [$0.identifierEqual, $0.identifierDifferent] },
                       write: { w, v, _ in (w.identifierEqual, w.identifierDifferent) = (v[0], v[1]) }),
        EstimatedField(field: .authors, levels: [.equal, .close, .different],
                       read: { [$0.firstAuthorEqual, $0.firstAuthorCoauthor, $0.firstAuthorDifferent] },
                       write: { w, v, _ in
                           (w.firstAuthorEqual, w.firstAuthorCoauthor, w.firstAuthorDifferent) = (v[0], v[1], v[2])
                       }),
        // The equal year weighs by the year's rarity, log2(m / share): the estimate gives its m.
        EstimatedField(field: .year, levels: [.equal, .close, .different],
                       read: { [$0.yearEqualTypical, $0.yearAdjacent, $0.yearDifferent] },
                       write: { w, v, m in
                           w.yearAgreementM = m[0]
                           (w.yearAdjacent, w.yearDifferent) = (v[1], v[2])
                       }),
        EstimatedField(field: .month, levels: [.equal, .different],
                       read: { [$0.monthEqual, $0.monthDifferent] },
                       write: { w, v, _ in (w.monthEqual, w.monthDifferent) = (v[0], v[1]) }),
        EstimatedField(field: .design, levels: [.equal, .compatible, .different],
                       read: { [$0.designEqual, $0.designCompatible, $0.designDifferent] },
                       write: { w, v, _ in (w.designEqual, w.designCompatible, w.designDifferent) = (v[0], v[1], v[2]) }),
        EstimatedField(field: .sampleSize, levels: [.equal, .close, .compatible, .different],
                       read: { [$0.sampleEqual, $0.sampleClose, $0.sampleCompatible, $0.sampleDifferent] },
                       write: { w, v, _ in
                           (w.sampleEqual, w.sampleClose, w.sampleCompatible, w.sampleDifferent) = (v[0], v[1], v[2], v[3])
                       }),
        EstimatedField(field: .duration, levels: [.equal, .close, .different],
                       read: { [$0.durationEqual, $0.durationClose, $0.durationDifferent] },
                       write: { w, v, _ in
                           (w.durationEqual, w.durationClose, w.durationDifferent) = (v[0], v[1], v[2])
                       }),
        EstimatedField(field: .dose, levels: [.equal, .different],
                       read: { [$0.doseEqual, $0.doseDifferent] },
                       write: { w, v, _ in (w.doseEqual, w.doseDifferent) = (v[0], v[1]) }),
        EstimatedField(field: .country, levels: [.equal, .different],
                       read: { [$0.countryEqual, $0.countryDifferent] },
                       write: { w, v, _ in (w.countryEqual, w.countryDifferent) = (v[0], v[1]) }),
        EstimatedField(field: .venue, levels: [.equal, .different],
                       read: { [$0.venueEqual, $0.venueDifferent] },
                       write: { w, v, _ in (w.venueEqual, w.venueDifferent) = (v[0], v[1]) }),
        EstimatedField(field: .wording, levels: [.equal, .close, .different],
                       read: { [$0.wordingEqual, $0.labelOverlap, $0.wordingDifferent] },
                       write: { w, v, _ in (w.wordingEqual, w.labelOverlap, w.wordingDifferent) = (v[0], v[1], v[2]) }),
        EstimatedField(field: .population, levels: [.equal, .different],
                       read: { [$0.populationEqual, $0.populationDifferent] },
                       write: { w, v, _ in (w.populationEqual, w.populationDifferent) = (v[0], v[1]) }),
    ]

    /// The level index (1…) of a comparison, 0 when the field is missing or the level unlisted.
    func index(of comparison: Comparison?) -> UInt8 {
        guard let comparison, let position = levels.firstIndex(of: comparison) else { return 0 }
        return UInt8(position + 1)
    }
}

extension MatchWeights {
    /// These weights with every level a table lists replaced by the table's weight
    /// (levels it does not list keep their value).
    public func applying(_ table: WeightTable) -> MatchWeights {
        var result = self
        for estimated in EstimatedField.all {
            let prior = estimated.read(self)
            var weights = prior
            var m = estimated.levels.map { _ in yearAgreementM }
            for (index, level) in estimated.levels.enumerated() {
                if let row = table.level(estimated.field.rawValue, level) {
                    weights[index] = row.weight
                    m[index] = row.m
                }
            }
            estimated.write(&result, weights, m)
        }
        return result
    }
}
