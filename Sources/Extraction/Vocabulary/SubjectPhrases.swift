/// How review pages name the intervention they are about, as data for ``SubjectDetector``.
///
/// Words are lowercase with hyphens written as spaces. Extend the tables freely.
enum SubjectPhrases {
    /// Title words that never name an intervention ("Does X Really Work? A Complete
    /// Science Review"): question words, review vocabulary, filler.
    static let genericWords: Set<String> = [
        "a", "an", "the", "of", "for", "and", "or", "in", "on", "to", "with", "by", "from", "at",
        "is", "are", "do", "does", "did", "can", "could", "will", "would", "should", "may",
        "might", "it", "its", "it's", "you", "your", "we", "our", "us", "they", "them", "their",
        "what", "why", "how", "when", "who", "which", "really", "actually", "truly", "honestly",
        "work", "works", "working", "worked", "help", "helps", "say", "says", "said", "show",
        "shows", "explained", "explain", "review", "reviews", "reviewed", "science", "scientific",
        "research", "evidence", "study", "studies", "trial", "trials", "guide", "complete",
        "ultimate", "definitive", "proven", "backed", "science backed", "benefit", "benefits",
        "health", "healthy", "effect", "effects", "claim", "claims", "fact", "facts", "truth",
        "myth", "myths", "faq", "faqs", "question", "questions", "answer", "answers", "answered",
        "top", "best", "new", "latest", "updated", "everything", "need", "know", "things",
        "ways", "reasons", "tips", "answer", "patient", "information", "frequently", "asked",
        "everywhere", "hold", "up", "finds", "find", "found", "but", "fade", "fast", "ease",
        "vs", "versus", "not", "no", "yes", "just", "more", "less", "than", "here", "this",
        "that", "these", "those", "all", "about", "really", "brain", "body", "people", "sheet",
        "advice", "nuance", "verdict", "says", "clinic", "blog", "news", "report", "reports",
        "call", "calls", "sick", "natural", "powerful", "supplement", "supplements",
        "supplementation", "pill", "pills", "capsule", "capsules", "tablet", "tablets", "gummies",
        "powder", "powders", "product", "products", "dose", "dosage", "myths", "side",
        "good", "bad", "worth", "legit", "hype", "scam", "real", "overrated", "underrated",
        "safe", "use", "uses", "using", "used", "take", "taking", "try", "trying", "buy",
        "buying", "much", "many", "long", "often", "daily", "every", "day",
    ]

    /// Variant names → the name the project uses for the intervention. Keys are matched
    /// after hyphens become spaces and the last word's plural is folded.
    static let synonyms: [String: String] = [
        "cold": "cold water immersion", "cold plunge": "cold water immersion",
        "cold plunging": "cold water immersion", "cold water": "cold water immersion",
        "cold shower": "cold water immersion", "cold showering": "cold water immersion",
        "ice bath": "cold water immersion", "cold exposure": "cold water immersion",
        "cold therapy": "cold water immersion", "cold immersion": "cold water immersion",
        "winter swimming": "cold water immersion",
        "red light": "red light therapy", "photobiomodulation": "red light therapy",
        "low level laser therapy": "red light therapy", "lllt": "red light therapy",
        "led light therapy": "red light therapy", "red light mask": "red light therapy",
        "curcumin": "turmeric", "turmeric extract": "turmeric",
        "blue light": "blue light glasses", "blue light blocking glasses": "blue light glasses",
        "blue light blocking": "blue light glasses", "blue light filtering lens": "blue light glasses", "blue blocker": "blue light glasses",
        "blue light glass": "blue light glasses", "amber glasses": "blue light glasses",
        "acupressure mats": "acupressure mat", "bed of nails": "acupressure mat",
        "spike mat": "acupressure mat", "shakti mat": "acupressure mat",
        "creatine monohydrate": "creatine", "magnesium supplement": "magnesium",
        "magnesium glycinate": "magnesium", "magnesium citrate": "magnesium",
        "fish oil": "omega 3", "omega 3 fatty acid": "omega 3", "vitamin d3": "vitamin d",
        "cholecalciferol": "vitamin d", "infrared sauna": "sauna", "sauna bathing": "sauna",
        "massage gun": "percussive massage", "percussion massage": "percussive massage",
        "cbd oil": "cbd", "cannabidiol": "cbd", "apple cider vinegar": "apple cider vinegar",
        "probiotic": "probiotics", "ashwagandha root": "ashwagandha",
        "intermittent fasting": "intermittent fasting", "time restricted eating": "intermittent fasting",
        "compression garment": "compression", "compression sock": "compression",
    ]

    /// Words that stay plural in a subject name.
    static let pluralWords: Set<String> = ["glasses", "probiotics", "goggles", "omega"]
}
