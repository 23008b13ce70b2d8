/// How review pages name conditions and outcomes, as data for ``ConditionNormalizer``.
///
/// Every table holds lowercase words with hyphens written as spaces. Extend them freely:
/// the normaliser and the evidence extractor read nothing else about condition names.
enum ConditionPhrases {
    /// Words that qualify a condition without changing which condition it is
    /// ("chronic back pain" is back pain); dropped wherever they stand.
    static let qualifiers: Set<String> = [
        "chronic", "acute", "non specific", "nonspecific", "mild", "severe", "perceived",
        "general", "overall", "direct", "directly", "clinical", "non clinical", "subjective",
        "measured", "lasting", "long term", "short term", "digital", "night time", "nighttime",
        "nocturnal", "everyday", "daily", "typical", "common", "occasional", "immediate",
        "significant", "modest", "slight", "reliably", "noticeably", "any", "some", "your",
        "the", "a", "an", "its", "their", "my", "our", "nightly",
    ]

    /// Phrases that open with a qualifier yet name a topic of their own ("long-term use" is
    /// a question of long-term safety, not of "use"); kept whole, then mapped by ``synonyms``.
    static let qualifiedTopics: Set<String> = [
        "long term safety", "long term use", "long term effects", "long term effect",
        "long term side effects", "long term harm", "long term risks",
    ]

    /// Words before a condition that say what changes about it ("reduced pain",
    /// "better sleep", "protects the retina"); dropped at the start of a topic.
    static let leadingChangeWords: Set<String> = [
        "improved", "improves", "improve", "improving", "improvement in", "better", "best",
        "reduced", "reduces", "reduce", "reducing", "reduction in", "less", "lower", "lowers",
        "lowered", "lowering", "fewer", "more", "increased", "increases", "increase", "higher",
        "enhanced", "enhances", "enhance", "boosts", "boost", "boosted", "supports", "support",
        "supporting", "protects", "protect", "protecting", "protection of", "treats", "treat", "treating", "treatment of",
        "cures", "cure", "curing", "cure for", "reverses", "reverse", "reversing", "relieves", "relieve", "relief of", "eases", "ease",
        "easing", "helps", "help", "helps with", "help with", "fights", "fight", "faster",
        "quicker", "stronger", "sharper", "deeper", "healthy", "healthier", "steadier", "calmer",
        "clearer", "smoother", "fitter", "leaner", "brighter", "firmer", "thicker", "shorter", "effect on",
        "effects on", "benefit for", "benefits for", "strengthens", "strengthen", "shields",
        "calms", "manages", "manage", "management of", "decreased", "decreases", "decrease",
        "minimises", "minimizes", "speeds", "bigger", "greater", "promotes", "promote",
    ]

    /// Words before a condition that turn it into its prevention ("preventing dementia" is
    /// dementia prevention, a different question from treating dementia).
    static let preventionLeads: Set<String> = [
        "prevents", "prevent", "preventing", "prevention of", "protection against",
        "protects against", "protecting against", "warding off", "wards off", "staving off",
        "reduced risk of", "lower risk of", "risk of",
    ]
    /// The word a prevention topic ends with ("dementia prevention").
    static let preventionWord = "prevention"

    /// Words after a condition that name a change or a measure of it ("cellulite
    /// reduction", "sleep quality"); dropped at the end of a topic, repeatedly.
    static let trailingWords: Set<String> = [
        "reduction", "reductions", "improvement", "improvements", "relief", "enhancement",
        "quality", "levels", "level", "symptoms", "support", "benefits",
        "benefit", "management", "treatment", "scores", "score", "ratings", "rating",
        "effects", "effect", "outcomes", "outcome", "control", "gains", "gain", "boost",
        "with age", "in older adults", "in athletes", "from screen use", "at the group level",
        "throughout the body",
    ]

    /// Variants (after qualifiers, change words and plurals are removed) → the name
    /// the project uses for the condition.
    static let synonyms: [String: String] = [
        "immune system": "immunity", "immune function": "immunity",
        "immune response": "immunity", "immune health": "immunity",
        "sick day": "immunity", "sick days": "immunity", "blood flow": "circulation",
        "blood circulation": "circulation", "local circulation": "circulation",
        "headaches": "headache", "tension headache": "headache", "migraines": "headache",
        "migraine": "headache",
        "lower back pain": "low back pain",
        "lumbar pain": "low back pain", "back ache": "back pain", "backache": "back pain",
        "sleep onset": "sleep", "sleep": "sleep", "sleeping": "sleep", "sleep time": "sleep",
        "sleep duration": "sleep", "restful sleep": "sleep", "sleep problem": "sleep",
        "sleep difficulties": "sleep", "sleep difficulty": "sleep",
        "stress level": "stress", "stress reduction": "stress", "detox": "detoxification",
        "hair regrowth": "hair loss", "hair growth": "hair loss", "pattern hair loss": "hair loss",
        "hair fall out": "hair loss", "hair falling out": "hair loss", "hair to fall out": "hair loss",
        "hair fall": "hair loss", "alopecia": "hair loss", "androgenetic alopecia": "hair loss",
        "fine line": "wrinkles", "fine lines": "wrinkles", "wrinkle": "wrinkles",
        "eyestrain": "eye strain", "eye fatigue": "eye strain", "tired eyes": "eye strain",
        "depressive symptoms": "depression", "major depression": "depression",
        "low mood": "mood", "mental health": "mood", "kidneys": "kidney", "kidney health": "kidney",
        "kidney function": "kidney", "thyroid": "thyroid function", "fracture": "fractures",
        "broken bone": "fractures", "bone fracture": "fractures",
        "long term use": "long term safety", "long term effects": "long term safety",
        "long term effect": "long term safety", "long term side effects": "long term safety",
        "long term harm": "long term safety", "long term risks": "long term safety",
        "respiratory infection": "respiratory infections", "influenza": "flu",
        "jetlag": "jet lag", "sleep apnoea": "sleep apnea", "uti": "urinary tract infections",
        "urinary tract infection": "urinary tract infections", "glucose": "blood glucose",
        "ulcer": "ulcers", "retinal": "retina", "retinal damage": "retina",
        "retinal protection": "retina", "body fat": "fat loss", "fat burning": "fat loss",
        "weight": "weight loss", "smarter": "cognition", "cognitive function": "cognition",
        "cognitive performance": "cognition", "brain function": "cognition",
        "muscle pain": "muscle soreness", "delayed onset muscle soreness": "muscle soreness",
        "doms": "muscle soreness", "relaxed": "relaxation", "more relaxed": "relaxation",
        "heartbeat": "heart rate", "hypertension": "blood pressure",
        "leg cramp": "leg cramps", "restless leg": "restless legs",
        "restless legs syndrome": "restless legs", "knee oa": "knee osteoarthritis",
        "osteoarthritis of the knee": "knee osteoarthritis", "strength": "muscle strength",
        "cramps": "muscle cramps", "cellulite reduction": "cellulite",
    ]

    /// Broad topics and the narrower ones a page may spell out right after naming them
    /// ("Long-term eye health: shields your retina" is about the retina; "Does creatine make
    /// you smarter? … better scores on memory tests" is about memory).
    static let narrowerTopics: [String: [String]] = [
        "cognition": ["memory", "attention", "focus", "concentration", "mental fatigue"],
        "eye health": ["retina", "macular degeneration", "eye strain", "dry eye", "vision",
                       "cataracts", "glaucoma"],
        "heart health": ["blood pressure", "cholesterol", "ldl cholesterol", "heart rate",
                         "triglycerides", "heart disease"],
        "bone health": ["fractures", "osteoporosis", "bone density", "falls"],
        "gut health": ["digestion", "bloating", "constipation", "irritable bowel syndrome"],
        "respiratory infections": ["colds", "common cold", "flu", "sinusitis", "infections"],
        "joint pain": ["knee osteoarthritis", "osteoarthritis", "rheumatoid arthritis", "arthritis",
                       "knee pain", "hip pain", "gout"],
    ]

    /// Phrases that stay plural ("restless legs", not "restless leg").
    static let pluralPhrases: Set<String> = [
        "restless legs", "leg cramps", "muscle cramps", "wrinkles", "hot flashes",
        "hot flushes", "varicose veins", "hemorrhoids", "haemorrhoids", "allergies",
        "diabetes", "glasses", "sinus", "sepsis", "stress", "dizziness", "fitness", "illness",
        "wellness", "weakness", "stiffness", "tiredness", "alertness", "sleepiness",
        "mental toughness", "rosacea", "psoriasis", "osteoporosis", "fibrosis", "arthritis",
        "osteoarthritis", "tendinitis", "fasciitis", "sciatica", "acne", "eczema",
    ]

    /// Condition and outcome names the evidence extractor looks for in running text
    /// (a sentence, a question, a list item without a label). Synonym keys count too.
    static let knownConditions: Set<String> = [
        // pain and musculoskeletal
        "pain", "back pain", "low back pain", "neck pain", "shoulder pain", "knee pain",
        "joint pain", "hip pain", "foot pain", "pelvic pain", "menstrual pain", "period pain",
        "nerve pain", "headache", "migraine", "sciatica", "fibromyalgia", "arthritis",
        "osteoarthritis", "knee osteoarthritis", "rheumatoid arthritis", "gout", "tendinitis",
        "plantar fasciitis", "carpal tunnel syndrome", "muscle soreness", "muscle recovery", "muscle strength",
        "muscle growth", "muscle mass", "muscle cramps", "leg cramps", "restless legs",
        "muscle tension", "injury recovery", "bone density", "osteoporosis", "flexibility",
        "mobility", "exercise performance", "athletic performance", "endurance",
        // mind, mood and sleep
        "anxiety", "depression", "stress", "mood", "cognition", "memory", "attention", "focus",
        "concentration", "mental fatigue", "fatigue", "adhd", "dementia", "alzheimer's disease",
        "cognitive decline", "insomnia", "sleep", "relaxation", "burnout", "ptsd",
        // heart, metabolism, blood
        "blood pressure", "heart rate", "heart rate variability", "heart health",
        "cardiovascular health", "cholesterol", "blood sugar", "diabetes", "type 2 diabetes",
        "insulin sensitivity", "inflammation", "circulation", "weight loss", "fat loss",
        "obesity", "metabolism", "cortisol", "testosterone", "libido", "fertility",
        "menopause", "hot flashes", "premenstrual syndrome", "longevity", "anemia",
        // skin, hair, eyes
        "wrinkles", "skin aging", "acne", "cellulite", "psoriasis", "eczema", "rosacea",
        "scars", "wound healing", "hair loss", "eye strain", "dry eye", "macular degeneration",
        "retina", "eye health", "vision", "cataracts", "glaucoma",
        // immunity, digestion, other organs
        "immunity", "colds", "common cold", "infections", "allergies", "asthma", "digestion",
        "constipation", "irritable bowel syndrome", "ibs", "gut health", "acid reflux",
        "nausea", "kidney", "kidney stones", "liver health", "detoxification", "cancer",
        "tinnitus", "hangover", "sinusitis", "thyroid function", "liver", "fractures", "falls",
        "bone health", "respiratory infections", "flu", "migraine prevention", "blood lipids",
        // further common conditions and outcomes
        "jet lag", "sleep apnea", "snoring", "erectile dysfunction",
        "sperm quality", "pcos", "endometriosis", "menstrual cramps", "morning sickness",
        "motion sickness", "vertigo", "seasonal affective disorder", "bipolar disorder",
        "schizophrenia", "autism", "ocd", "addiction", "smoking cessation", "cravings",
        "appetite", "weight gain", "body composition", "lean mass", "blood glucose",
        "insulin resistance", "triglycerides", "ldl cholesterol", "heart disease", "stroke",
        "heart attack", "atrial fibrillation", "kidney disease", "liver disease", "fatty liver",
        "lupus", "multiple sclerosis", "parkinson's disease", "epilepsy", "seizures",
        "neuropathy", "chronic fatigue", "long covid", "cold sores", "shingles", "heartburn",
        "ulcers", "gallstones", "hay fever", "dandruff", "stretch marks", "hyperpigmentation",
        "sun damage", "skin cancer", "breast cancer", "prostate cancer", "colon cancer",
        "skin hydration", "skin elasticity", "dry skin", "oral health", "gum disease",
        "tooth decay", "urinary tract infections", "bloating", "sarcopenia", "frailty",
        "balance", "grip strength", "muscle damage", "swelling", "bruising", "edema",
        "long term safety",
    ]
}
