import Extraction

/// A claim of either kind in the contract's `claims` list, told apart by its `kind` key.
public enum ContractClaim: Codable, Hashable, Sendable {
    /// A study claim.
    case study(ContractStudyClaim)
    /// An evidence claim.
    case evidence(ContractEvidenceClaim)

    /// Converts a claim.
    public init(_ claim: Claim) {
        switch claim {
        case .study(let study): self = .study(ContractStudyClaim(study))
        case .evidence(let evidence): self = .evidence(ContractEvidenceClaim(evidence))
        }
    }

    private enum KindKey: String, CodingKey { case kind }

    /// Reads a claim by its `kind`.
    public init(from decoder: any Decoder) throws {
        let kind = try decoder.container(keyedBy: KindKey.self).decode(String.self, forKey: .kind)
        self = kind == "evidence" ? .evidence(try ContractEvidenceClaim(from: decoder))
            : .study(try ContractStudyClaim(from: decoder))
    }

    /// Writes the claim's own keys.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .study(let claim): try claim.encode(to: encoder)
        case .evidence(let claim): try claim.encode(to: encoder)
        }
    }
}
