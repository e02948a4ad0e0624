/// The news taxonomy the topic model recognises: the IPTC Media Topics top level
/// (https://iptc.org/standards/media-topics/, the 17 top-level subjects) and finer
/// themes under them that briefings need.
///
/// Each entry lists its terms, separated by `|`:
/// - a term is one or more words; the words are stemmed (`Stemmer`), so "sanction"
///   also finds "sanctions", "sanctioned", "sanctioning";
/// - `=word` matches that exact word form only ("=arms" must not find "arm");
/// - `*w` after a term sets its weight (default 1): `*1.5` for telling terms,
///   `*0.5` for weak ones that only support a theme found by stronger terms.
///
/// The taxonomy is general news vocabulary; it names no person, company or brand.
struct ThemeSpec: Sendable {
    let id: String
    let label: String
    /// The id of the top-level subject this theme belongs to; nil for a top-level subject.
    let parent: String?
    let terms: String
}

enum TopicTaxonomy {
    static let themes: [ThemeSpec] = [
        // MARK: IPTC top level
        ThemeSpec(id: "politics", label: "Politics", parent: nil, terms: """
            politics|political*0.8|politician|government*0.6|minister*0.6|prime minister*0.8|\
            parliament|parliamentary|legislation|lawmaker|legislator|congress*0.8|senate*0.8|senator|\
            opposition party|ruling party|cabinet*0.6|policy*0.4|policymaker*0.6|president*0.4|\
            head of state|coalition government|administration*0.4|governance|constitution|constitutional
            """),
        ThemeSpec(id: "conflict", label: "Conflict, war and peace", parent: nil, terms: """
            war|warfare|conflict*0.8|invasion*1.3|invade*1.3|occupation*0.5|attack*0.6|offensive*0.8|\
            fighting|battle|battlefield|frontline|front line|shelling|airstrike|air strike|bombing|\
            casualty|civilian casualties*1.5|insurgent|insurgency|militant|rebel|terrorism|terrorist|\
            hostage|war crime*1.5|genocide|aggression|hostilities
            """),
        ThemeSpec(id: "economy", label: "Economy, business and finance", parent: nil, terms: """
            economy|economic|economics|economist|business*0.6|finance*0.8|financial*0.8|market*0.5|\
            company*0.4|firm*0.4|industry*0.5|investment*0.8|investor|price*0.6|cost*0.5|budget*0.8|\
            tax*0.8|taxation|fiscal|debt|bank*0.5|banking|stock market|share price|shareholder|\
            revenue|profit|earnings|sales*0.6|customer*0.4|consumer*0.5
            """),
        ThemeSpec(id: "crime-law", label: "Crime, law and justice", parent: nil, terms: """
            crime|criminal|police|arrest|prosecutor|prosecution|charged with|convicted|conviction|\
            prison|jail|sentenced|fraud|corruption|bribery|murder|theft|investigation*0.5|\
            justice|illegal*0.5|law enforcement
            """),
        ThemeSpec(id: "disaster", label: "Disaster, accident and emergency incident", parent: nil, terms: """
            disaster|accident|crash|emergency*0.8|catastrophe|tragedy|victim|killed|injured|injury|\
            dead*0.6|death toll|rescue|rescuer|survivor|wreckage|debris|evacuate|evacuation|\
            earthquake|flood|flooding|wildfire|explosion|collapse*0.6|black box*1.5|flight recorder*1.5
            """),
        ThemeSpec(id: "health", label: "Health", parent: nil, terms: """
            health|healthcare|health care|hospital|patient|disease|illness|medical|medicine|doctor|\
            nurse|vaccine|vaccination|virus|pandemic|epidemic|infection|cancer|treatment*0.6|surgery|\
            clinic|public health*1.5|mental health*1.5|drug*0.5
            """),
        ThemeSpec(id: "environment", label: "Environment", parent: nil, terms: """
            environment|environmental|pollution|pollutant|conservation|wildlife|biodiversity|\
            deforestation|recycling|waste*0.5|ecosystem|endangered species|noise pollution|\
            marine*0.8|ocean*0.6|coral|reef|fish stocks*1.3|overfishing|habitat|species*0.6|ecology|\
            ecological|nature reserve|national park|plastic waste*1.3|water quality*1.3|restoration*0.5
            """),
        ThemeSpec(id: "science-technology", label: "Science and technology", parent: nil, terms: """
            technology|technological|science|scientific|scientist|research*0.6|researcher|engineering|\
            engineer*0.8|innovation|laboratory|experiment|artificial intelligence*1.5|robot|robotics|\
            digital*0.6|tech
            """),
        ThemeSpec(id: "society", label: "Society", parent: nil, terms: """
            society|social*0.5|community*0.5|human rights*1.3|civil rights|discrimination|equality|\
            inequality|poverty|welfare|housing|protest|protester|demonstration*0.8|demonstrator|\
            family*0.4|children*0.4|gender|racism
            """),
        ThemeSpec(id: "labour", label: "Labour", parent: nil, terms: """
            labour|labor|employment|unemployment|employee*0.8|worker|workforce|staff*0.5|job*0.8|\
            job cuts*1.5|job losses*1.5|layoff|lay off|redundancy|redundancies|union*0.6|trade union*1.5|\
            strike*0.6|wage|salary|pension|hiring|recruitment|headcount|jobless
            """),
        ThemeSpec(id: "education", label: "Education", parent: nil, terms: """
            education|school|university|student|teacher|pupil|classroom|curriculum|college|tuition|exam
            """),
        ThemeSpec(id: "sport", label: "Sport", parent: nil, terms: """
            sport|sports|football|soccer|cricket|rugby|tennis|golf|athletics|olympic|olympics|\
            championship|tournament|league*0.6|match*0.5|player*0.6|coach*0.5|goal*0.4|stadium|\
            world cup*1.5|medal|cup final
            """),
        ThemeSpec(id: "arts-culture", label: "Arts, culture, entertainment and media", parent: nil, terms: """
            art*0.6|artist|culture*0.6|cultural|music|musician|song|album|singer|band*0.5|concert|\
            film|movie|cinema|television|tv show|actor*0.5|actress|theatre|theater|festival|museum|\
            book*0.5|novel|author*0.6|entertainment|media*0.5|newspaper|broadcaster|record label*1.5|\
            record company*1.5|hit single
            """),
        ThemeSpec(id: "religion", label: "Religion", parent: nil, terms: """
            religion|religious|church|mosque|temple|synagogue|pope|bishop|priest|imam|faith|\
            christian|muslim|islamic|jewish|hindu|buddhist
            """),
        ThemeSpec(id: "weather", label: "Weather", parent: nil, terms: """
            weather|storm|hurricane|typhoon|cyclone|heatwave|heat wave|rainfall|snow|drought|\
            temperature*0.6|forecaster*0.6|meteorological|tornado
            """),
        ThemeSpec(id: "lifestyle", label: "Lifestyle and leisure", parent: nil, terms: """
            lifestyle|leisure|tourism|tourist|holiday*0.6|vacation|travel*0.6|restaurant|fashion|food*0.5
            """),

        // MARK: politics
        ThemeSpec(id: "diplomacy", label: "Diplomacy and talks", parent: "politics", terms: """
            diplomacy|diplomatic*1.3|diplomat|talks|negotiation|negotiate*0.8|negotiator|summit|\
            foreign minister*1.3|foreign secretary*1.3|foreign affairs*1.3|foreign policy*1.3|\
            secretary of state*1.3|ambassador|embassy|envoy|bilateral|multilateral|ally|allies|\
            alliance|partner*0.4|cooperation*0.6|co-operation*0.6|collaboration*0.5|dialogue|treaty|\
            united nations|security council*1.3|state visit|international relations
            """),
        ThemeSpec(id: "elections", label: "Elections and voting", parent: "politics", terms: """
            election|electoral|vote*0.8|voter|voting|ballot|poll*0.6|polling|referendum|candidate|\
            campaign*0.5|re-election|constituency|turnout|landslide|primaries|electorate
            """),
        ThemeSpec(id: "sanctions", label: "Sanctions and economic pressure", parent: "politics", terms: """
            sanction*1.5|embargo*1.5|economic pressure*1.5|financial pressure*1.5|\
            financial constraints*1.5|financial restrictions*1.5|asset freeze*1.5|frozen assets*1.5|\
            export controls*1.3|blacklist|ban*0.5|punitive measures*1.3|restrictive measures*1.3|\
            pressure*0.5|penalty*0.5|boycott
            """),
        ThemeSpec(id: "migration", label: "Migration and asylum", parent: "society", terms: """
            migration|migrant|immigration|immigrant|emigration|refugee|asylum|asylum seeker*1.5|\
            deportation|deport|border control*1.3|border crossing*1.3|displaced|people smuggling|\
            small boats|visa*0.6
            """),

        // MARK: conflict, war and peace
        ThemeSpec(id: "defence", label: "Defence and military aid", parent: "conflict", terms: """
            defence|defense|military*1.2|militarily*1.2|armed forces*1.5|army|navy|naval|air force|\
            troop|soldier|weapon|weaponry|=arms|arms deal*1.5|missile|munition|ammunition|tank*0.5|\
            fighter jet|warplane|warship|drone*0.6|nato*1.3|military aid*1.5|military support*1.5|\
            rearmament|defence spending*1.5|defense spending*1.5|defence budget*1.5|deterrence|\
            security guarantee*1.3|peacekeeper|peacekeeping|chief of the defence staff*1.5|\
            defence secretary*1.3|defense secretary*1.3|pentagon|tanker aircraft|aerial refuelling|\
            air-to-air refuelling|refueling tanker|airtanker|military transport
            """),
        ThemeSpec(id: "ceasefire", label: "Ceasefire and peace process", parent: "conflict", terms: """
            ceasefire*1.5|cease-fire*1.5|truce*1.5|armistice*1.5|peace*0.8|peace deal*1.5|\
            peace agreement*1.5|peace talks*1.5|peace process*1.5|peace plan*1.5|peace treaty*1.5|\
            peace initiative*1.5|lasting peace*1.5|peacekeeping*1.2|peacekeeper*1.2|\
            end the war*1.5|end to the war*1.5|de-escalation|reconciliation
            """),
        ThemeSpec(id: "intelligence", label: "Intelligence and espionage", parent: "conflict", terms: """
            intelligence*1.2|intelligence sharing*1.5|intelligence agency*1.5|intelligence service*1.5|\
            spy|spying|espionage|surveillance|reconnaissance|covert|counterintelligence|informant
            """),
        ThemeSpec(id: "cyber", label: "Cybersecurity and disinformation", parent: "science-technology", terms: """
            cybersecurity*1.5|cyber security*1.5|cyber*1.3|cyberattack*1.5|cyber attack*1.5|\
            cyber-attack*1.5|cybercrime*1.5|hacker*1.3|hacking*1.3|hack*0.8|malware|ransomware|\
            phishing|data breach*1.5|disinformation*1.5|misinformation*1.5|propaganda|fake news|\
            information warfare*1.5|influence operation*1.5|bot network|troll factory
            """),

        // MARK: economy, business and finance
        ThemeSpec(id: "growth", label: "Economic growth and forecasts", parent: "economy", terms: """
            economic growth*1.5|growth*0.8|growth forecast*1.5|gdp*1.5|gross domestic product*1.5|\
            recession*1.5|slowdown|downturn|recovery*0.6|output*0.5|forecast*0.6|outlook*0.6|\
            economic conditions*1.3|global economy*1.3|economic outlook*1.5|stagnation|productivity|\
            imf|oecd|world bank
            """),
        ThemeSpec(id: "monetary", label: "Inflation, interest rates and monetary policy", parent: "economy", terms: """
            inflation*1.5|inflationary*1.5|deflation*1.5|interest rate*1.5|rate cut*1.3|rate hike*1.3|\
            rate rise*1.3|monetary policy*1.5|monetary*1.2|central bank*1.5|bank of england*1.5|\
            federal reserve*1.5|european central bank*1.5|policymaker*0.6|borrowing costs*1.3|\
            cost of living*1.3|consumer prices*1.3|quantitative easing*1.5|mortgage rates*1.3|\
            currency|exchange rate|bond yields|inflationary pressure*1.5|inflation pressure*1.5|\
            price pressure*1.2|price rises*1.2|rising prices*1.2
            """),
        ThemeSpec(id: "trade", label: "Trade and tariffs", parent: "economy", terms: """
            tariff*1.5|trade*0.9|trade war*1.5|trade tensions*1.5|trade deal*1.5|trade agreement*1.5|\
            free trade*1.5|trade deficit*1.5|trade surplus*1.5|import*0.8|export*0.8|customs|\
            duties*0.6|protectionism|protectionist|world trade organization|wto|supply chain
            """),
        ThemeSpec(id: "energy", label: "Energy", parent: "economy", terms: """
            energy|oil|=gas|natural gas|gas supplies|petrol|gasoline|diesel|crude|opec|pipeline|\
            electricity|power plant|power station|nuclear power|renewable|renewables|solar|\
            wind power|wind farm|coal|fuel*0.5|fuel efficiency*0.8|fuel prices*1.3|energy prices*1.5
            """),
        ThemeSpec(id: "corporate", label: "Company results and markets", parent: "economy", terms: """
            profit*1.2|loss*0.5|revenue*1.2|earnings*1.2|quarterly*1.2|annual results|results*0.4|\
            sales*0.8|turnover|share price*1.3|shares*0.8|stock*0.6|shareholder|investor|dividend|\
            market share*1.3|market value|valuation|stock exchange|nasdaq|ipo|analyst*0.6|\
            net income|operating profit|margins|billion*0.3
            """),
        ThemeSpec(id: "deals", label: "Deals, orders and contracts", parent: "economy", terms: """
            deal*0.8|contract*1.2|order*0.8|orders*0.8|purchase*1.2|buy*0.6|acquisition|acquire|\
            merger|takeover|bid*0.8|bidding|tender|procurement|agreement*0.5|options*0.5|\
            firm order*1.5|commitment*0.5|worth*0.5|list price*1.3|catalogue price*1.3|\
            signed*0.5|contract award*1.5|joint venture*1.5
            """),
        ThemeSpec(id: "aviation", label: "Aviation and airlines", parent: "economy", terms: """
            aviation*1.5|airline*1.5|airliner*1.5|aircraft*1.3|aeroplane*1.3|airplane*1.3|plane*1.2|\
            jet*1.2|jetliner*1.5|jumbo*1.3|superjumbo*1.5|wide-body*1.3|widebody*1.3|\
            narrow-body*1.3|flight*0.8|maiden flight*1.5|test flight*1.5|flight test*1.5|\
            airport*1.2|passenger*0.8|carrier*0.6|low-cost carrier*1.5|low cost airline*1.5|\
            budget airline*1.5|fleet*0.8|route*0.5|cockpit|pilot*0.8|aerospace*1.3|\
            air travel*1.5|air transport*1.5|takeoff|runway|winglet*1.3|fuselage*1.3|\
            jet engine*1.3|engine*0.5|long-haul*1.3|short-haul*1.3|air traffic*1.3|airshow|air show|\
            flight attendant|cabin crew|seat*0.4|airframe|airworthiness|certification*0.6|\
            first flight*1.3|delivery*0.5|deliveries*0.5|aircraft manufacturer*1.5|planemaker*1.5
            """),
        ThemeSpec(id: "transport", label: "Transport", parent: "economy", terms: """
            transport|transportation|rail|railway|train|road*0.5|traffic*0.6|shipping|port*0.5|\
            freight|logistics|motorway|highway|car*0.5|vehicle*0.6|transport minister*1.5
            """),

        // MARK: science and technology
        ThemeSpec(id: "consumer-tech", label: "Consumer technology and devices", parent: "science-technology", terms: """
            smartphone*1.5|mobile phone*1.5|cell phone*1.5|phone*1.2|handset*1.3|computer*1.2|\
            laptop*1.5|notebook*0.6|desktop*1.2|tablet*1.0|device*1.0|gadget*1.3|software*1.3|\
            operating system*1.5|app*1.2|apps*1.2|application*0.5|download*1.2|music player*1.5|\
            media player*1.5|digital music*1.5|online store*1.5|online music store*1.5|touchscreen*1.5|\
            touch screen*1.5|keyboard|processor*1.3|chip*0.8|microprocessor|wireless*1.2|3g*1.3|\
            4g|5g|wi-fi*1.3|bluetooth*1.3|broadband*1.2|internet*1.0|online*0.6|web*0.6|browser|\
            video playback*1.5|camera*0.8|battery*0.8|antenna*1.2|screen*0.8|display*0.5|\
            hard drive*1.3|flash memory*1.3|storage*0.6|memory*0.5|user*0.6|developer*0.8|\
            software development kit*1.5|beta|update*0.6|upgrade*0.6|version*0.6|release*0.4|\
            streaming|cloud*0.8|data*0.4|electronics*1.2|consumer electronics*1.5|pc*1.2|\
            keynote*0.8|product launch*1.3|tech company*1.5|technology company*1.5|silicon valley*1.3
            """),
        ThemeSpec(id: "space", label: "Space", parent: "science-technology", terms: """
            space*0.6|spacecraft*1.5|satellite*1.3|rocket*1.3|orbit*1.3|launch vehicle*1.5|\
            space launch*1.5|space station*1.5|astronaut*1.5|nasa*1.3|space agency*1.5|moon*0.6|mars*0.6
            """),

        // MARK: crime, law and justice
        ThemeSpec(id: "courts", label: "Courts and lawsuits", parent: "crime-law", terms: """
            court*1.2|lawsuit*1.5|sue*1.3|sued*1.3|suing*1.3|judge*1.2|trial*0.8|ruling*1.2|verdict|\
            appeal*0.6|legal*0.8|lawyer|attorney|litigation|plaintiff|defendant|settlement*0.8|\
            trademark*1.3|patent*1.3|copyright*1.3|infringement*1.3|intellectual property*1.5|\
            injunction|damages*0.6|high court*1.5|supreme court*1.5|legal action*1.5|dispute*0.6|\
            general counsel
            """),
        ThemeSpec(id: "regulation", label: "Regulation and oversight", parent: "politics", terms: """
            regulator*1.2|regulation*1.0|regulatory*1.2|watchdog*1.2|oversight*1.0|audit*0.8|\
            accountability office*1.3|compliance|antitrust|competition authority*1.5|probe*0.6|\
            inquiry*0.8|safety rules*1.3|licence*0.6|license*0.6|ban*0.5
            """),

        // MARK: environment
        ThemeSpec(id: "climate", label: "Climate change", parent: "environment", terms: """
            climate*1.3|climate change*1.5|global warming*1.5|emission*1.2|carbon*1.2|\
            greenhouse gas*1.5|greenhouse*1.2|net zero*1.5|fossil fuel*1.3|paris agreement*1.5|\
            decarbonisation|decarbonization|sea level*1.3|carbon dioxide*1.5|co2*1.3|\
            sea temperatures*1.3|coral bleaching*1.5|extreme weather*1.3|heatwaves|drought*0.6|\
            renewable energy*1.3|clean energy*1.3|climate summit*1.5|cop28|cop29|cop30
            """),
    ]
}
