import Foundation

extension VocabularyTable {
    /// A table of this module's `Vocabulary/Data/`, parsed once by the caller's `static let`;
    /// a bad bundled file stops the process with its file, line and problem.
    static func extraction<T>(
        _ name: String, columns: ClosedRange<Int>, parse: (VocabularyTable) throws -> T
    ) -> T {
        bundled(name, in: .module, columns: columns, parse: parse)
    }

    /// A bundled `role<TAB>term` table of this module, grouped by role.
    static func extractionTerms(_ name: String, roles: [String]) -> [String: [String]] {
        extraction(name, columns: 2...2) { try $0.termsByRole(roles) }
    }

    /// A bundled `role<TAB>regex` table of this module, grouped by role.
    static func extractionPatterns(_ name: String, roles: [String], single: Set<String> = []) -> [String: [String]] {
        extraction(name, columns: 2...2) { try $0.patternsByRole(roles, single: single) }
    }

    /// A bundled one-term-per-line table of this module, in file order.
    static func extractionList(_ name: String) -> [String] {
        extraction(name, columns: 1...1) { try $0.terms() }
    }
}

extension Dictionary where Key == String, Value == [String] {
    /// The terms of `role` (empty when the file has none).
    func terms(_ role: String) -> [String] { self[role] ?? [] }
    /// The single pattern of `role`, which the loader checked is present.
    func single(_ role: String) -> String { self[role]?.first ?? "" }
}
