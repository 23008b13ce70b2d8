/// Lowercase particles that belong to surnames ("van den Berg", "de la Cruz"), and
/// capitalised words that start sentences or name institutions rather than authors.
///
/// Both lists are data: `Data/NameWords.tsv`.
enum NameParticles {
    private static let file = VocabularyTable.extractionTerms("NameWords", roles: ["particle", "not_surname"])
    /// Surname particles, matched case-sensitively in lowercase, in file order.
    static let particles: [String] = file.terms("particle")

    /// Capitalised words that are never a surname in a citation ("In 2014, …", "The study").
    static let notSurnames = Set(file.terms("not_surname"))
}
