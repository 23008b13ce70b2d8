import Testing
@testable import Extraction

@Suite struct ConditionNormalizerTests {
    let normalizer = ConditionNormalizer()

    @Test(arguments: [
        ("Chronic neck/back pain", ["neck pain", "back pain"]),
        ("back pain, sciatica, or fibromyalgia", ["back pain", "sciatica", "fibromyalgia"]),
        ("Sleep quality", ["sleep"]),
        ("Chronic back pain", ["back pain"]),
        ("Stress / perceived stress", ["stress"]),
        ("Headaches/migraines", ["headache"]),
        ("Improved immune function", ["immunity"]),
        ("Digestion improvement", ["digestion"]),
        ("\"Detoxification\"", ["detoxification"]),
        ("Muscle recovery (athletes)", ["muscle recovery"]),
        ("Sciatica (piriformis origin)", ["sciatica"]),
        ("Anxiety + sleep quality", ["anxiety", "sleep"]),
        ("Stress, sleep, anxiety", ["stress", "sleep", "anxiety"]),
        ("Chronic back and neck pain reduction", ["back pain", "neck pain"]),
        ("Mood and depression", ["mood and depression"]),
        ("Fewer sick days / better immunity", ["immunity"]),
        ("Less digital eye strain", ["eye strain"]),
        ("Cellulite reduction", ["cellulite"]),
        ("Weight loss", ["weight loss"]),
        ("Restless legs", ["restless legs"]),
        ("Night-time leg cramps", ["leg cramps"]),
        ("Hair regrowth", ["hair loss"]),
        ("Depression (add-on to antidepressants)", ["depression"]),
        ("Preventing gout", ["gout prevention"]),
        ("Gout prevention", ["gout prevention"]),
        ("Protection against winter colds", ["winter cold prevention"]),
        ("Treating gout flares", ["gout flare"]),
        ("knee or joint pain", ["knee pain", "joint pain"]),
        ("Prevents or treats migraine", ["headache"]),
        ("Fewer broken bones", ["fractures"]),
        ("Prevention", ["prevention"]),
        ("Nightly, long-term use", ["long term safety"]),
        ("Adults with asthma or eczema", ["adults with asthma or eczema"]),
        ("Asthma or eczema", ["asthma", "eczema"]),
        ("Long-term side effects", ["long term safety"]),
        ("Long-term joint pain", ["joint pain"]),
    ])
    func normalizes(text: String, expected: [String]) {
        #expect(normalizer.normalize(text) == expected)
    }

    @Test(arguments: [
        ("Any effect on cortisol, blood pressure, or heart rate at the group level",
         ["cortisol", "blood pressure", "heart rate"]),
        ("That they treat or cure back pain, sciatica, or fibromyalgia", ["back pain", "sciatica", "fibromyalgia"]),
        ("That they reliably improve measured sleep versus other relaxation", ["sleep"]),
        ("blood flow actually increases to treated areas", ["circulation"]),
        ("A warm, tingling skin sensation is commonly described", []),
        ("Will creatine make my hair fall out?", ["hair loss"]),
        ("Does folate in pregnancy prevent neural tube defects?", ["neural tube defects"]),
        ("Nettle tea and healthy aging", ["healthy aging"]),
    ])
    func findsMentions(text: String, expected: [String]) {
        #expect(normalizer.mentions(in: text) == expected)
    }

    @Test(arguments: [
        ("eye health", "shields your retina from blue light damage", ["retina"]),
        ("cognition", "saw better scores on memory and reasoning tests", ["memory"]),
        ("cognition", "nothing specific here", ["cognition"]),
        ("sleep", "better memory too", ["sleep"]),
    ])
    func narrowsBroadTopics(topic: String, text: String, expected: [String]) {
        #expect(normalizer.narrowed(topic, by: text) == expected)
    }

    @Test(arguments: [
        ("anxiety", "stress and anxiety", true), ("back pain", "chronic back pain", true),
        ("memory", "depression", false), ("headaches", "headache", true), ("hair loss", "fat loss", false),
    ])
    func comparesTopics(lhs: String, rhs: String, expected: Bool) {
        #expect(ConditionNormalizer.sameTopic(lhs, rhs) == expected)
    }

    @Test(arguments: [
        ("gout", "gout", 1.0),
        ("gout", "gout prevention", 0.5),
        ("hay fever", "pollen allergy", 0.0),
    ])
    func topicAffinityPrefersTheClosestTopic(lhs: String, rhs: String, expected: Double) {
        #expect(ConditionNormalizer.topicAffinity(lhs, rhs) == expected)
        #expect(ConditionNormalizer.sameTopic(lhs, rhs) == (expected > 0))
    }

    @Test(arguments: [
        ("respiratory infections", "winter flu", ConditionNormalizer.broaderAffinity),
        ("common cold and flu", "respiratory infections", ConditionNormalizer.broaderAffinity),
        ("bone health", "fewer fractures", ConditionNormalizer.broaderAffinity),
        ("bone health", "bone density and memory", 0.0),
        ("gout", "gout prevention", 0.5),
        ("respiratory infections", "depression", 0.0),
    ])
    func ratingsOfABroadAndANarrowTopicAreCompared(lhs: String, rhs: String, expected: Double) {
        #expect(ConditionNormalizer.ratingAffinity(lhs, rhs) == expected)
        // Within one page a broad and a narrow rating stay two claims.
        #expect(ConditionNormalizer.sameTopic(lhs, rhs) == (expected >= 0.5))
    }
}
