/// Hand-written word lists the actor recogniser reads: titles, organisation and place
/// cues, well-known acronyms. General English and news vocabulary only, never names
/// taken from a test article. All keys are lowercased `NameKey` forms.
enum ActorLexicon {
    /// Honorifics: part of how a person is addressed, never of the name.
    static let honorifics: WordSet = [
        "mr", "mrs", "ms", "mx", "miss", "dr", "sir", "dame", "lord", "lady", "prof",
        "professor", "rev", "reverend", "madam", "monsieur", "herr", "mme", "hon",
    ]

    /// Honorifics that a role may keep ("Sir", "Dame", "Dr"), unlike "Mr" or "Mrs".
    static let keptHonorifics: WordSet = ["sir", "dame", "lord", "lady", "dr", "prof", "professor"]

    /// Nouns that head a title and may stand right before a person's name.
    static let titleHeads: WordSet = [
        "president", "minister", "secretary", "chancellor", "governor", "senator", "ambassador",
        "chairman", "chairwoman", "chair", "chairperson", "ceo", "cfo", "coo", "cto", "director",
        "commissioner", "spokesman", "spokeswoman", "spokesperson", "general", "admiral",
        "colonel", "captain", "commander", "lieutenant", "sergeant", "major", "marshal",
        "king", "queen", "prince", "princess", "pope", "emperor", "empress", "sheikh", "emir",
        "sultan", "mayor", "judge", "justice", "representative", "congressman", "congresswoman",
        "premier", "envoy", "leader", "speaker", "chief", "officer", "executive", "founder",
        "co-founder", "analyst", "attorney", "prosecutor", "inspector", "detective", "constable",
        "superintendent", "bishop", "archbishop", "cardinal", "rabbi", "imam", "ayatollah",
        "deputy", "treasurer", "head", "coach", "manager", "president-elect", "secretary-general",
        "economist", "professor", "pres", "gen", "sen", "rep", "gov", "col", "lt", "capt",
        "cmdr", "adm", "sgt", "insp", "supt", "det", "dir", "chmn", "mp", "mep", "lawmaker",
        "councillor", "councilman", "councilwoman", "editor", "correspondent", "researcher",
        "scientist", "physicist", "designer", "engineer", "pilot", "vp", "boss", "owner",
        "partner", "counsel", "solicitor", "barrister", "magistrate", "dean", "rector",
        "provost", "principal", "curator", "producer", "presenter", "host", "author",
    ]

    /// Words that may stand inside a title before its head: "Foreign Secretary",
    /// "Vice President", "Chief Executive Officer".
    static let titleModifiers: WordSet = [
        "foreign", "defence", "defense", "home", "finance", "financial", "prime", "vice", "deputy",
        "chief", "executive", "attorney", "health", "trade", "justice", "interior", "transport",
        "education", "environment", "energy", "treasury", "culture", "economy", "economic",
        "affairs", "managing", "general", "former", "acting", "senior", "supreme", "lord",
        "first", "crown", "state", "operating", "technology", "technical", "commercial",
        "marketing", "sales", "communications", "press", "public", "international", "national",
        "regional", "security", "intelligence", "police", "military", "armed", "forces", "rear",
        "lieutenant", "major", "brigadier", "staff", "joint", "high", "grand", "chief-executive",
        "associate", "assistant", "principal", "news", "foreign-affairs", "co", "shadow",
        "labour", "work", "pensions", "business", "industry", "agriculture", "development",
        "science", "digital", "housing", "communities", "immigration", "exchequer", "opposition",
        "party", "union", "world", "group", "global", "european", "cabinet", "junior", "lead",
        "creative", "design", "information", "investment", "investor", "relations", "human",
        "resources", "legal", "programme", "program", "product", "products", "research",
        "interim", "incoming", "outgoing", "founding", "ex", "then", "new", "current", "sitting",
        "district", "circuit", "federal", "county", "city", "town", "municipal", "provincial",
    ]

    /// Lowercase role nouns that, right before a name, make it a person: "Boeing spokesman William Barksdale".
    static let lowercaseRoleNouns: WordSet = titleHeads.union([
        "actor", "actress", "singer", "player", "striker", "defender", "midfielder",
        "goalkeeper", "poet", "novelist", "writer", "journalist", "reporter", "columnist",
        "historian", "lawyer", "doctor", "nurse", "student", "teacher", "activist", "businessman",
        "businesswoman", "billionaire", "entrepreneur", "investor", "banker", "trader",
        "politician", "diplomat", "candidate", "nominee",
        "colleague", "wife", "husband", "son", "daughter", "brother", "sister", "mother",
        "father", "widow", "cousin", "uncle", "aunt", "friend", "spokesman", "spokeswoman",
        "commentator", "consultant", "adviser", "advisor", "aide", "official",
        "worker", "employee", "staffer", "veteran", "victim", "suspect", "defendant",
        "plaintiff", "witness", "resident", "citizen", "fan", "artist", "musician", "guitarist",
        "drummer", "bassist", "composer", "director", "filmmaker", "photographer", "chef",
        "athlete", "champion", "cyclist", "runner", "swimmer", "boxer", "golfer", "driver",
        "astronaut", "officer", "soldier", "commander", "professor", "expert", "specialist",
    ])

    /// Words that end (or head) an organisation's name.
    static let orgSuffixes: WordSet = [
        "inc", "corp", "corporation", "co", "company", "companies", "ltd", "limited", "llc", "plc",
        "llp", "lp", "ag", "gmbh", "sa", "nv", "bv", "spa", "ab", "asa", "oyj", "kk", "pte", "pty",
        "group", "holdings", "holding", "industries", "international", "airlines", "airline",
        "airways", "air", "aviation", "aerospace", "motors", "motor", "systems", "technologies",
        "technology", "services", "solutions", "partners", "associates", "capital", "bank",
        "bancorp", "securities", "investments", "fund", "trust", "insurance", "energy", "oil",
        "petroleum", "pharmaceuticals", "labs", "laboratories", "electronics", "communications",
        "telecom", "networks", "media", "entertainment", "studios", "records", "pictures",
        "publishing", "press", "news", "times", "post", "journal", "herald", "tribune", "gazette",
        "daily", "weekly", "magazine", "broadcasting", "television", "radio", "agency",
        "ministry", "department", "office", "council", "committee", "commission", "authority",
        "board", "bureau", "administration", "service", "institute", "institution", "university",
        "college", "school", "academy", "society", "association", "federation", "union",
        "league", "alliance", "coalition", "party", "organisation", "organization", "foundation",
        "force", "forces", "army", "navy", "guard", "police", "court", "courts", "parliament",
        "congress", "senate", "assembly", "cabinet", "government", "club", "team", "fc",
        "church", "hospital", "museum", "library", "research", "consulting", "software",
        "computer", "computers", "electric", "steel", "chemicals", "foods", "brewery",
        "restaurants", "stores", "mart", "exchange", "reserve", "treasury", "inc.", "corps",
        "directorate", "secretariat", "tribunal",
        "network", "channel", "enterprises", "ventures",
        "aircraft", "shipping", "lines", "railways", "railway", "rail", "express", "logistics",
        "brands", "products", "supermarkets", "retail", "cooperative", "co-operative", "resources",
        "mining", "gas", "power", "utilities", "water", "pharma", "biotech", "health",
        "healthcare", "mobile", "wireless", "online", "digital", "games", "sports", "nations",
    ]

    /// Words that make a name a place when they end it: "Downing Street", "Changi Airport".
    static let placeSuffixes: WordSet = [
        "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "square", "lane",
        "airport", "island", "islands", "isle", "river", "mountain", "mountains", "mount",
        "lake", "ocean", "sea", "bay", "gulf", "strait", "straits", "channel", "peninsula",
        "county", "province", "region", "valley", "desert", "coast", "beach", "harbour",
        "harbor", "port", "canal", "bridge", "park", "hill", "hills", "heights", "city", "town",
        "village", "district", "state", "territory", "republic", "kingdom", "emirate",
        "oblast", "prefecture", "canton", "borough", "forest", "falls", "springs", "station",
        "terminal", "plaza", "palace", "castle", "cathedral", "stadium", "arena", "hall",
        "tower", "base", "field", "point", "cape", "center", "centre", "factory", "plant",
        "theater", "theatre", "airfield", "shipyard", "headquarters", "campus",
    ]

    /// Words after which "of" continues a name: "Bank of England", "Chief of the Defence Staff".
    static let ofHeads: WordSet = [
        "bank", "university", "department", "ministry", "republic", "kingdom", "court", "courts",
        "gulf", "isle", "isles", "bay", "sea", "cape", "city", "state", "states", "province",
        "council", "institute", "museum", "church", "federation", "union", "association",
        "board", "office", "commission", "bureau", "society", "academy", "college", "school",
        "organisation", "organization", "house", "chamber", "duke", "duchess", "prince",
        "princess", "queen", "king", "earl", "secretary", "minister", "chief", "chancellor",
        "governor", "mayor", "president", "head", "director", "commissioner", "order", "party",
        "league", "federal", "district", "county", "port", "straits", "strait", "lake",
        "mount", "tower", "palace", "statue", "conference", "congress", "parliament", "assembly",
        "committee", "agency", "authority", "government", "hospital", "centre", "center",
        "foundation", "fund", "chamber", "club", "corps", "division", "islands", "sultanate",
        "emirate", "principality", "commonwealth", "bishop", "archbishop", "supreme", "chiefs",
        "staff", "tribunal", "coalition", "alliance", "peninsula", "river", "straits", "bishopric",
    ]

    /// Words after which "for" continues a name: "Organisation for Economic Co-operation and Development".
    static let forHeads: WordSet = [
        "organisation", "organization", "agency", "office", "institute", "center", "centre",
        "commission", "council", "committee", "foundation", "fund", "society", "association",
        "secretary", "minister", "ministry", "department", "bureau", "alliance", "campaign",
        "network", "union", "federation", "coalition", "commissioner", "partnership", "bank",
        "court", "tribunal", "board", "school", "college", "academy", "museum", "trust",
        "people", "party", "movement", "forum",
    ]

    /// Lowercase connectors inside names from other languages: "Charles de Gaulle", "Ludwig van Beethoven".
    static let nameParticles: WordSet = [
        "de", "du", "des", "la", "le", "van", "von", "der", "den", "di", "da", "dos", "das",
        "del", "della", "al", "el", "bin", "ibn", "ben", "y", "ter", "zu",
    ]

    /// Words before "'s" that keep a name going: "People's Republic of China".
    static let possessiveInside: WordSet = [
        "people", "women", "children", "men", "workers", "veterans", "farmers", "st", "citizens",
        "solicitors", "lloyd", "macy", "mcdonald", "sotheby", "christie", "dunkin",
    ]

    /// Well-known acronyms and names whose expansion and kind any reader knows.
    /// (name or acronym, canonical name, kind)
    static let known: [(String, String, ActorKind)] = [
        ("EU", "European Union", .organization), ("European Union", "European Union", .organization),
        ("UN", "United Nations", .organization), ("U.N.", "United Nations", .organization),
        ("United Nations", "United Nations", .organization),
        ("NATO", "NATO", .organization), ("North Atlantic Treaty Organization", "NATO", .organization),
        ("OECD", "OECD", .organization), ("IMF", "International Monetary Fund", .organization),
        ("International Monetary Fund", "International Monetary Fund", .organization),
        ("WTO", "World Trade Organization", .organization), ("WHO", "World Health Organization", .organization),
        ("World Bank", "World Bank", .organization), ("OPEC", "OPEC", .organization),
        ("ECB", "European Central Bank", .organization), ("Fed", "Federal Reserve", .organization),
        ("Federal Reserve", "Federal Reserve", .organization), ("G7", "G7", .organization),
        ("G20", "G20", .organization), ("ASEAN", "ASEAN", .organization),
        ("African Union", "African Union", .organization), ("AU", "African Union", .organization),
        ("FBI", "FBI", .organization), ("CIA", "CIA", .organization), ("NSA", "NSA", .organization),
        ("NASA", "NASA", .organization), ("FAA", "Federal Aviation Administration", .organization),
        ("SEC", "Securities and Exchange Commission", .organization),
        ("BBC", "BBC", .organization), ("CNN", "CNN", .organization), ("Reuters", "Reuters", .organization),
        ("Associated Press", "Associated Press", .organization), ("AP", "Associated Press", .organization),
        ("AFP", "Agence France-Presse", .organization),
        ("Kremlin", "Kremlin", .organization), ("White House", "White House", .organization),
        ("Pentagon", "Pentagon", .organization), ("Elysee", "Élysée Palace", .organization),
        ("Élysée", "Élysée Palace", .organization), ("Whitehall", "Whitehall", .organization),
        ("Downing Street", "Downing Street", .place), ("Congress", "Congress", .organization),
        ("Senate", "Senate", .organization), ("Parliament", "Parliament", .organization),
        ("Bundestag", "Bundestag", .organization), ("Duma", "Duma", .organization),
        ("Knesset", "Knesset", .organization), ("Interpol", "Interpol", .organization),
        ("Europol", "Europol", .organization), ("Hamas", "Hamas", .organization),
        ("Hezbollah", "Hezbollah", .organization), ("Taliban", "Taliban", .organization),
        ("Red Cross", "Red Cross", .organization), ("UNESCO", "UNESCO", .organization),
        ("UNICEF", "UNICEF", .organization), ("European Commission", "European Commission", .organization),
        ("European Parliament", "European Parliament", .organization),
        ("Middle East", "Middle East", .place), ("Gulf", "Gulf", .place),
        ("Balkans", "Balkans", .place), ("Caribbean", "Caribbean", .place),
        ("Scandinavia", "Scandinavia", .place), ("Latin America", "Latin America", .place),
        ("Southeast Asia", "Southeast Asia", .place), ("Central Asia", "Central Asia", .place),
        ("East Asia", "East Asia", .place), ("Western Europe", "Western Europe", .place),
        ("Eastern Europe", "Eastern Europe", .place), ("Central Europe", "Central Europe", .place),
        ("Sub-Saharan Africa", "Sub-Saharan Africa", .place), ("Pacific", "Pacific", .place),
        ("Atlantic", "Atlantic", .place), ("Arctic", "Arctic", .place), ("Earth", "Earth", .place),
        ("Silicon Valley", "Silicon Valley", .place), ("Wall Street", "Wall Street", .organization),
        ("Gaza", "Gaza", .place), ("West Bank", "West Bank", .place), ("Crimea", "Crimea", .place),
        ("Donbas", "Donbas", .place), ("Kashmir", "Kashmir", .place), ("Tibet", "Tibet", .place),
        ("Kurdistan", "Kurdistan", .place), ("Scotland", "Scotland", .place),
        ("England", "England", .place), ("Wales", "Wales", .place),
        ("Northern Ireland", "Northern Ireland", .place), ("Hong Kong", "Hong Kong", .place),
    ]

    /// Seats of power used for their country's government ("the Kremlin" for Russia's),
    /// and places within a country the tables lack: name → country.
    static let seats = WordMap<String>([
        "kremlin": "Russia", "white house": "United States", "pentagon": "United States",
        "downing street": "United Kingdom", "whitehall": "United Kingdom",
        "elysee": "France", "élysée": "France", "zhongnanhai": "China", "bundestag": "Germany",
        "duma": "Russia", "knesset": "Israel", "congress": "United States",
        "capitol hill": "United States", "federal reserve": "United States", "fbi": "United States",
        "cia": "United States", "nsa": "United States", "nasa": "United States",
        "bank of england": "United Kingdom", "bbc": "United Kingdom",
        "scotland": "United Kingdom", "england": "United Kingdom", "wales": "United Kingdom",
        "northern ireland": "United Kingdom", "crimea": "Ukraine", "donbas": "Ukraine",
        "gaza": "Palestine", "west bank": "Palestine", "silicon valley": "United States",
        "wall street": "United States",
    ])

    /// Places the generated tables lack (name, country).
    static let extraPlaces: [(String, String?)] = [
        ("Washington", "United States"), ("Washington DC", "United States"),
        ("Washington D.C.", "United States"), ("New York City", "United States"),
        ("Europe", nil), ("Asia", nil), ("Africa", nil), ("Americas", nil),
    ]

    static let extraDemonyms: [(String, String)] = [
        ("european", "European Union"), ("europeans", "European Union"),
        ("russians", "Russia"), ("ukrainians", "Ukraine"), ("canadians", "Canada"),
        ("australians", "Australia"), ("indians", "India"), ("israelis", "Israel"),
        ("palestinians", "Palestine"), ("iranians", "Iran"), ("iraqis", "Iraq"),
        ("syrians", "Syria"), ("afghans", "Afghanistan"), ("pakistanis", "Pakistan"),
        ("italians", "Italy"), ("spaniards", "Spain"), ("mexicans", "Mexico"),
        ("brazilians", "Brazil"), ("koreans", "South Korea"), ("japanese", "Japan"),
        ("egyptians", "Egypt"), ("turks", "Turkey"), ("poles", "Poland"), ("swedes", "Sweden"),
        ("danes", "Denmark"), ("finns", "Finland"), ("norwegians", "Norway"), ("greeks", "Greece"),
        ("scots", "United Kingdom"), ("irish", "Ireland"), ("nigerians", "Nigeria"),
        ("kenyans", "Kenya"), ("saudis", "Saudi Arabia"), ("taiwanese", "Taiwan"),
        ("vietnamese", "Vietnam"), ("singaporean", "Singapore"), ("emirati", "United Arab Emirates"),
        ("soviet", "Russia"), ("arab", ""), ("arabs", ""), ("western", ""), ("westerners", ""),
        ("asian", ""), ("african", ""), ("latin", ""), ("nordic", ""), ("baltic", ""),
        ("transatlantic", ""), ("anglo", ""), ("scandinavian", ""), ("middle-eastern", ""),
    ]

    /// Months and weekdays, and their abbreviations: never actors on their own.
    static let calendarWords: WordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
        "fri", "sat", "sun", "christmas", "easter", "ramadan", "eid", "thanksgiving", "hanukkah",
        "am", "pm", "gmt", "utc", "est", "edt", "pst", "bst", "cet",
    ]

    /// Capitalised words that open sentences or headlines and are never names on their own.
    static let commonCapitalised: WordSet = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
        "those", "there", "here", "but", "and", "or", "nor", "however", "in", "on", "at", "his",
        "her", "its", "their", "our", "my", "your", "after", "before", "when", "while", "if", "as",
        "so", "yet", "meanwhile", "also", "some", "many", "most", "all", "both", "not", "what",
        "who", "whom", "whose", "which", "why", "how", "where", "one", "two", "three", "since",
        "although", "though", "according", "earlier", "later", "last", "next", "then", "now",
        "today", "yesterday", "tomorrow", "for", "with", "by", "from", "to", "of", "about",
        "analysts", "officials", "moreover", "additionally", "further", "furthermore", "more",
        "less", "other", "others", "another", "each", "every", "any", "no", "none", "such",
        "despite", "during", "under", "over", "into", "through", "until", "unless", "because",
        "instead", "indeed", "still", "even", "just", "only", "already", "again", "once",
        "first", "second", "third", "finally", "overall", "similarly", "likewise", "thus",
        "therefore", "hence", "consequently", "nevertheless", "nonetheless", "besides",
        "regarding", "following", "amid", "amidst", "among", "between", "against", "without",
        "within", "across", "along", "around", "behind", "beyond", "near", "upon", "per", "via",
        "do", "does", "did", "is", "are", "was", "were", "be", "been", "has", "have", "had",
        "will", "would", "can", "could", "should", "may", "might", "must", "shall", "let",
        "yes", "no", "well", "oh", "please", "thanks", "thank", "dear", "hello", "welcome",
        "new", "old", "big", "top", "early", "late", "recent", "recently", "currently",
        "critics", "experts", "investors", "shares", "sales", "prices", "reports", "sources",
        "residents", "workers", "people", "police", "troops", "forces", "leaders", "ministers",
        "lawmakers", "negotiators", "diplomats", "observers", "economists", "traders",
        "markets", "stocks", "talks", "plans", "efforts", "concerns", "fears", "hopes",
        "government", "officers", "authorities", "members", "citizens", "voters", "users",
        "customers", "consumers", "employees", "staff", "students", "scientists", "researchers",
        "doctors", "patients", "passengers", "pilots", "airlines", "companies", "banks",
        "several", "few", "much", "very", "too", "whether", "either", "neither", "nothing",
        "everything", "something", "anything", "everyone", "someone", "anyone", "nobody",
        "everybody", "somebody", "anybody", "same", "meantime", "elsewhere", "otherwise",
        "above", "below", "inside", "outside", "up", "down", "out", "off", "away", "back",
        "though", "unlike", "like", "apart", "except", "including", "excluding", "given",
        "upcoming", "anticipated", "expected", "additional", "separate", "related", "major",
        "key", "main", "global", "local", "national", "international", "public", "private",
        "breaking", "update", "updated", "exclusive", "opinion", "analysis", "editorial",
        "note", "notes", "source", "sources", "photo", "video", "read", "see", "click",
        "subscribe", "share", "tweet", "comment", "comments", "related", "advertisement",
        "chapter", "section", "part", "page", "figure", "table", "step", "story", "news",
        "why", "whatever", "whenever", "wherever", "whoever", "hers", "his", "theirs", "ours",
        "mine", "yours", "him", "them", "us", "me", "myself", "itself", "themselves",
    ]

    /// Function words: never the first word of a name, whatever follows ("On Wall Street").
    static let functionWords: WordSet = [
        "the", "a", "an", "in", "on", "at", "for", "with", "by", "from", "to", "of", "and", "but",
        "or", "nor", "as", "after", "before", "when", "while", "if", "since", "although", "though",
        "meanwhile", "however", "moreover", "additionally", "further", "furthermore", "also",
        "then", "now", "today", "yesterday", "tomorrow", "this", "that", "these", "those", "there",
        "here", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our",
        "my", "your", "according", "despite", "during", "under", "over", "into", "through",
        "about", "among", "between", "against", "without", "within", "across", "along", "around",
        "near", "amid", "amidst", "so", "yet", "thus", "still", "even", "only", "both", "all",
        "some", "many", "most", "each", "every", "any", "no", "not", "what", "who", "which", "why",
        "how", "where", "later", "earlier", "once", "until", "unless", "because", "like", "unlike",
        "including", "following", "regarding", "whether", "instead", "indeed", "yes", "analysts",
    ]

    /// Verbs of saying: "…, said Smith".
    static let speechVerbs: WordSet = [
        "said", "says", "told", "added", "noted", "stated", "explained", "argued", "warned",
        "claimed", "insisted", "announced", "commented", "remarked", "wrote", "asked", "replied",
    ]

    /// Words before a name that make it a company: "rival Airbus", "carrier Ryanair".
    static let companyCues: WordSet = [
        "company", "firm", "carrier", "airline", "maker", "manufacturer", "airframer",
        "retailer", "rival", "competitor", "giant", "group", "conglomerate", "bank", "lender",
        "insurer", "broker", "startup", "start-up", "subsidiary", "parent", "unit", "division",
        "supplier", "contractor", "operator", "producer", "developer", "publisher", "network",
        "broadcaster", "newspaper", "daily", "agency", "outlet", "channel", "studio", "label",
        "chipmaker", "automaker", "carmaker", "planemaker", "drugmaker", "shipbuilder",
        "telecoms", "brand", "chain", "club", "team", "party", "union", "consortium",
    ]

    /// Words after a name that make it a company: "Boeing spokesman", "Apple shares".
    static let companyAfterCues: WordSet = [
        "spokesman", "spokeswoman", "spokesperson", "ceo", "cfo", "chairman", "executive",
        "executives", "shares", "stock", "stocks", "shareholders", "investors", "analyst",
        "analysts", "employees", "staff", "workers", "board", "management", "officials",
        "subsidiary", "unit", "division", "president", "founder", "co-founder", "inc",
        "corp", "ltd", "plc", "chief", "headquarters", "store", "stores", "products",
    ]

    /// Currency codes, units and technical abbreviations: written in capitals, never actors.
    static let notActors: WordSet = [
        "usd", "eur", "gbp", "jpy", "cny", "rmb", "aud", "cad", "chf", "hkd", "sgd", "inr", "krw",
        "rub", "brl", "mxn", "zar", "sek", "nok", "dkk", "nzd", "try", "ghz", "mhz", "khz", "hz",
        "gb", "mb", "kb", "tb", "gbps", "mbps", "lcd", "led", "oled", "tv", "hdtv", "os", "pc",
        "cpu", "gpu", "usb", "dvd", "cd", "mp3", "hd", "ai", "it", "vip", "sdk", "api", "gdp",
        "cpi", "pm", "am", "dna", "hiv", "aids", "ok", "faq", "pdf", "url", "www", "http", "html",
        "ceo", "cfo", "coo", "cto", "vp", "mp", "mep", "phd", "ipo", "m&a", "r&d", "q1", "q2",
        "q3", "q4", "fy", "yoy", "ytd", "etc", "ie", "eg", "ps", "no", "nos", "vs", "tba", "tbc",
        "kg", "km", "mph", "kph", "lb", "lbs", "oz", "ft", "mm", "cm", "kw", "mw", "gw", "kwh",
        "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "xiii", "xiv", "xv", "xx",
        // Stock indexes: financial entities, not actors.
        "dow", "dow jones", "nikkei", "dax", "cac", "ftse", "hang seng", "sensex", "kospi", "topix",
        "stoxx", "euro stoxx", "s&p", "russell", "ibex", "asx", "tsx", "bovespa", "shanghai composite",
    ]

    /// Nouns that name a thing by its number: "Flight 447", "Terminal 3".
    static let numberedThings: WordSet = [
        "flight", "terminal", "gate", "route", "highway", "platform", "stage", "level", "section",
        "room", "building", "block", "pier", "runway", "channel", "track", "lane", "exit", "unit",
        "series", "model", "version", "type", "class", "mark", "phase", "round", "day", "week",
    ]

    /// Prepositions that put a place after them: "in Toulouse", "near Seattle".
    static let placePrepositions: WordSet = [
        "in", "near", "outside", "throughout", "inside",
    ]
}
