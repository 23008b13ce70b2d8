import Extraction

/// Finds the candidate pairs worth scoring, without comparing all pairs.
///
/// Each claim registers hashed keys: every author surname, every identifier, its sample
/// size, its country, its year (and the next year, so years one apart meet) combined with the
/// head word of each condition phrase ("pain" of "low back pain": a phrase and a narrower
/// one share it). Claims naming no condition meet every claim of their year ±1; claims without
/// a year meet every claim naming one of their conditions. All keys are scoped by the page's subject group
/// (``SubjectGroups``): pages on unrelated known subjects never meet (the subject weight would reject them anyway). Only claims of different documents that share
/// a key become candidates. Keys shared by more than ``maximumBlockSize`` claims (a word
/// like "pain" across a huge corpus) are skipped: they would approach all pairs and say
/// little; the other keys still bring true pairs together.
struct Blocking: Sendable {
    /// Keys held by more claims than this are too common to block on.
    static let maximumBlockSize = 4000

    /// Candidate partners `j > i` for each claim `i`, sorted and unique.
    static func candidates(_ features: [StudyFeatures]) -> [[Int32]] {
        var registered: [[UInt64]] = []
        var queried: [[UInt64]] = []
        registered.reserveCapacity(features.count)
        queried.reserveCapacity(features.count)
        let someUnknown = features.contains { $0.subject == nil }
        for feature in features {
            let keys = keys(feature, conditionWords: Array(Set(feature.conditionHeads)).sorted(),
                            someUnknownSubject: someUnknown)
            registered.append(keys.register)
            queried.append(keys.query)
        }
        var buckets: [UInt64: [Int32]] = [:]
        for (index, keys) in registered.enumerated() {
            for key in keys { buckets[key, default: []].append(Int32(index)) }
        }
        var result: [[Int32]] = Array(repeating: [], count: features.count)
        var partners: [Int32] = []
        for index in features.indices {
            partners.removeAll(keepingCapacity: true)
            let document = features[index].document
            for key in queried[index] {
                guard let bucket = buckets[key], bucket.count <= maximumBlockSize else { continue }
                for other in bucket where Int(other) > index && features[Int(other)].document != document {
                    partners.append(other)
                }
            }
            if partners.isEmpty { continue }
            partners.sort()
            var unique: [Int32] = []
            unique.reserveCapacity(partners.count)
            for partner in partners where unique.last != partner { unique.append(partner) }
            result[index] = unique
        }
        return result
    }

    private enum Tag: UInt64 {
        case author = 1, identifier, sampleSize, country, yearCondition, yearAll, yearBare, conditionAll, conditionNoYear
        case yearOnly, conditionsOnly
    }

    private static func key(_ tag: Tag, _ parts: Int...) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ tag.rawValue
        for part in parts {
            hash = (hash ^ UInt64(bitPattern: Int64(part))) &* 0x0000_0100_0000_01b3
            hash ^= hash >> 29
        }
        return hash
    }

    private static func key(_ tag: Tag, _ text: String) -> UInt64 {
        key(tag, Int(truncatingIfNeeded: StableHash.value([text])))
    }

    private static func keys(
        _ feature: StudyFeatures, conditionWords: [Int], someUnknownSubject: Bool
    ) -> (register: [UInt64], query: [UInt64]) {
        var symmetric: [UInt64] = feature.authors.map { key(.author, $0) }
        for id in feature.identifiers {
            if let id { symmetric.append(key(.identifier, id)) }
        }
        if let n = feature.sampleSize { symmetric.append(key(.sampleSize, n)) }
        if let country = feature.country { symmetric.append(key(.country, country)) }
        var register: [UInt64] = []
        var query: [UInt64] = []
        if let year = feature.year {
            for window in [year, year + 1] {
                for word in conditionWords { symmetric.append(key(.yearCondition, window, word)) }
                // The year alone is a weak key: only claims naming no condition use it to meet
                // the others (as with years, a register/query split keeps it symmetric).
                let all = key(.yearAll, window)
                let bare = key(.yearBare, window)
                if conditionWords.isEmpty {
                    register += [all, bare]
                    query.append(all)
                } else {
                    register.append(all)
                    query.append(bare)
                }
            }
            for word in conditionWords {
                register.append(key(.conditionAll, word))
                query.append(key(.conditionNoYear, word))
            }
        } else {
            for word in conditionWords {
                register.append(key(.conditionAll, word))
                register.append(key(.conditionNoYear, word))
                query.append(key(.conditionAll, word))
            }
        }
        // A claim with a year but no condition and one with conditions but no year share no
        // key above though neither contradicts the other ("a 2021 Cochrane review" /
        // "a Cochrane review on depression"): they meet through a crossed pair of keys.
        if feature.year != nil && conditionWords.isEmpty {
            register.append(key(.yearOnly, 0))
            query.append(key(.conditionsOnly, 0))
        } else if feature.year == nil && !conditionWords.isEmpty {
            register.append(key(.conditionsOnly, 0))
            query.append(key(.yearOnly, 0))
        }
        register += symmetric
        query += symmetric
        // Subject namespaces keep the relation symmetric: a page with a known subject meets
        // pages on that subject and pages of unknown subject; an unknown one meets all.
        let anySubject = 0x5A5A_5A5A
        let unknownSubject = 0x3C3C_3C3C
        if let subject = feature.subject {
            if !someUnknownSubject {
                return (register.map { scoped($0, subject) }, query.map { scoped($0, subject) })
            }
            return (register.flatMap { [scoped($0, subject), scoped($0, anySubject)] },
                    query.flatMap { [scoped($0, subject), scoped($0, unknownSubject)] })
        }
        return (register.flatMap { [scoped($0, unknownSubject), scoped($0, anySubject)] },
                query.map { scoped($0, anySubject) })
    }

    private static func scoped(_ base: UInt64, _ namespace: Int) -> UInt64 {
        (base ^ UInt64(bitPattern: Int64(namespace)) &* 0x9E37_79B9_7F4A_7C15) &* 0x0000_0100_0000_01b3
    }
}
