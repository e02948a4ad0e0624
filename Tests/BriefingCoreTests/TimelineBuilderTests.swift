import Testing
@testable import BriefingCore

/// Builds actors by hand: each name with the surface forms to find in the text.
private func actors(_ briefing: Briefing, _ specs: [(id: String, name: String, kind: ActorKind, forms: [String])]) -> [Actor] {
    let text = briefing.source.scalars
    return specs.map { spec in
        var mentions: [Mention] = []
        for form in spec.forms {
            let needle = Array(form.unicodeScalars)
            var i = 0
            while i + needle.count <= text.count {
                if Array(text[i..<(i + needle.count)]) == needle,
                   i + needle.count == text.count || !text[i + needle.count].isLetter,
                   i == 0 || !text[i - 1].isLetter,
                   !mentions.contains(where: { $0.span.overlaps(TextSpan(i, i + needle.count)) }) {
                    let span = TextSpan(i, i + needle.count)
                    mentions.append(Mention(span: span, sentence: briefing.sentenceIndex(containing: i)!))
                }
                i += 1
            }
        }
        return Actor(id: spec.id, name: spec.name, kind: spec.kind, aliases: spec.forms, roles: [],
                     affiliation: nil, mentions: mentions.sorted { $0.span < $1.span })
    }
}

private func timeline(_ text: String, _ date: String? = "2025-03-13",
                      actors specs: [(id: String, name: String, kind: ActorKind, forms: [String])] = [])
    -> (Briefing, [TimelineEntry]) {
    let reference = date.flatMap(CalendarDate.init(iso:))
    let briefing = BriefingAnalyzer.analyze(text, date: reference)
    let people = actors(briefing, specs)
    let entries = TimelineBuilder.build(briefing.source, sentences: briefing.sentences, actors: people,
                                        times: briefing.times, reference: reference)
    return (briefing, entries)
}

private func relations(_ sentence: String) -> [TemporalRelation?] {
    timeline(sentence).1.map(\.relation)
}

@Suite("Timeline: relations from tense, aspect and modality")
struct TimelineRelationTests {
    @Test func future() {
        #expect(relations("Kallas is scheduled to meet Lammy.").contains(.future))
        #expect(relations("Kallas will receive a briefing from the Chief of the Defence Staff.") == [.future])
        #expect(relations("The Bank of England is expected to maintain current interest rates.") == [.future])
        #expect(relations("The company plans to cut jobs.") == [.future])
        #expect(relations("Discussions are anticipated to be key points of dialogue.") == [.future])
    }

    @Test func past() {
        #expect(relations("Lammy also held talks in Washington with Vance.").first == .past)
        #expect(relations("The OECD has revised down its growth forecasts.") == [.past])
        #expect(relations("Starmer recently welcomed Carney to Downing Street.") == [.past])
        #expect(relations("Lammy emphasized the importance of collaboration.") == [.past])
        #expect(relations("Boeing had previously announced plans.").first == .past)
    }

    @Test func present() {
        #expect(relations("Trump is reportedly making efforts to broker a deal.") == [.present])
        #expect(relations("This meeting follows ongoing diplomatic efforts.") == [.present])
    }

    @Test func oneEntryPerEvent() {
        let (_, entries) = timeline("The bank is expected to maintain rates. Analysts predict that pressures will continue.")
        #expect(entries.count == 3)
        #expect(entries.filter { $0.sentence == 1 }.map(\.relation).contains(.future))
        #expect(entries.filter { $0.sentence == 1 }.map(\.relation).contains(.present))
    }

    /// A fuzzing find: a group pointing ahead ("is expected to") ran one token past a
    /// sentence that ends at "to", and anchoring a time to it then read outside the tokens.
    @Test func aSentenceEndingAtToEndsItsGroup() {
        for text in ["The upcoming meeting is expected to", "Next week the bank is set to", "It plans to"] {
            let span = TextSpan(0, text.unicodeScalars.count)
            let tokens = TimeTokens.make(PackedScalars(text), in: span)
            let groups = tokens.withUnsafeBufferPointer { VerbGroups.find($0, PackedScalars(text)) }
            #expect(groups.allSatisfy { $0.start < $0.end && $0.end <= tokens.count }, "\(text)")
        }
        let (_, entries) = timeline("The upcoming meeting is expected to")
        #expect(entries.map(\.summary) == ["The upcoming meeting is expected to"])
    }

    @Test func noVerbNoEvent() {
        let (_, entries) = timeline("US President\n\nMarch 27, 2008")
        #expect(entries.isEmpty)
    }
}

@Suite("Timeline: actors, summaries, anchors and order")
struct TimelineEntryTests {
    let text = """
        The EU's foreign affairs chief, Kaja Kallas, is scheduled to meet UK Foreign Secretary David Lammy \
        and Defence Secretary John Healey to discuss pressure on Russia. \
        Lammy held talks in Washington on Monday.
        """
    let people: [(id: String, name: String, kind: ActorKind, forms: [String])] = [
        ("kaja-kallas", "Kaja Kallas", .person, ["Kaja Kallas"]),
        ("david-lammy", "David Lammy", .person, ["David Lammy", "Lammy"]),
        ("john-healey", "John Healey", .person, ["John Healey"]),
        ("russia", "Russia", .place, ["Russia"]),
    ]

    @Test func actorsOfTheSentence() {
        let (_, entries) = timeline(text, actors: people)
        let meeting = entries.first { $0.sentence == 0 && $0.relation == .future }
        #expect(meeting?.actors == ["kaja-kallas", "david-lammy", "john-healey", "russia"])
        let talks = entries.first { $0.sentence == 1 }
        #expect(talks?.actors == ["david-lammy"])
    }

    @Test func summaryInTheTextsWords() {
        let (_, entries) = timeline(text, actors: people)
        #expect(entries.first { $0.sentence == 0 }?.summary == "Kallas to meet Lammy and Healey")
        #expect(entries.first { $0.sentence == 1 }?.summary == "Lammy held talks")
    }

    @Test func summaryNamesPartnersNotModifiers() {
        let text = """
            Lammy held talks in Washington with US Vice President JD Vance. \
            Healey outlined the UK government's commitment to Ukraine. \
            Starmer recently welcomed Canada's new Prime Minister Mark Carney to Downing Street.
            """
        let specs: [(id: String, name: String, kind: ActorKind, forms: [String])] = [
            ("david-lammy", "David Lammy", .person, ["Lammy"]), ("jd-vance", "JD Vance", .person, ["JD Vance"]),
            ("united-states", "United States", .place, ["US"]), ("united-kingdom", "United Kingdom", .place, ["UK"]),
            ("john-healey", "John Healey", .person, ["Healey"]), ("keir-starmer", "Keir Starmer", .person, ["Starmer"]),
            ("canada", "Canada", .place, ["Canada"]), ("mark-carney", "Mark Carney", .person, ["Mark Carney"]),
        ]
        let (_, entries) = timeline(text, actors: specs)
        let summaries = entries.sorted { $0.sentence < $1.sentence }.map(\.summary)
        #expect(summaries == ["Lammy held talks with Vance", "Healey outlined the UK government's commitment",
                              "Starmer welcomed Carney"])
    }

    @Test func summaryWithoutActors() {
        let (_, entries) = timeline("The Bank of England is expected to maintain current interest rates.")
        #expect(entries.first?.summary == "The Bank of England to maintain current interest rates")
    }

    @Test func anchorTime() {
        let (briefing, entries) = timeline(text, actors: people)
        let talks = entries.first { $0.sentence == 1 }
        let time = talks?.time.map { briefing.times[$0] }
        #expect(time.map { briefing.source.slice($0.span) } == "Monday")
        #expect(time?.value == "2025-03-10")
    }

    @Test func orderByDateThenRelationThenText() {
        let text = """
            The ministers will meet next month. The treaty was signed on 4 May 2001. \
            The talks collapsed in 1998. Officials are working on a draft. Prices rose.
            """
        let (_, entries) = timeline(text)
        #expect(entries.map(\.order) == Array(0..<entries.count))
        // 1998, 2001, undated past, present, then next month
        #expect(entries.map(\.sentence) == [2, 1, 4, 3, 0])
        #expect(entries.map(\.relation) == [.past, .past, .past, .present, .future])
    }

    @Test func cuesMoveEventsBefore() {
        let text = "Sharing resumed. Formerly, officials refused the plan."
        let (_, entries) = timeline(text)
        #expect(entries.map(\.sentence) == [1, 0])
    }

    @Test func orderWithoutReference() {
        let text = "The talks collapsed in 1998. The treaty was signed on 4 May 2001. The ministers will meet."
        let (_, entries) = timeline(text, nil)
        #expect(entries.map(\.sentence) == [0, 1, 2])
        #expect(entries.map(\.order) == [0, 1, 2])
    }
}

@Suite("Timeline: what the pane shows")
struct TimelinePaneTests {
    @Test func columnsGroupsAndHighlights() {
        let text = "Officials met on Monday. Prices rose.\n\nIn a separate development, the minister will speak."
        let briefing = BriefingAnalyzer.analyze(text, date: CalendarDate(iso: "2013-03-20"))
        let columns = briefing.timeline.sorted { $0.order < $1.order }.map { briefing.timelineColumn($0) }
        #expect(columns == ["2013-03-18", "past", "next"])
        let listed = briefing.timelinePaneOrder().map { briefing.timeline[$0] }
        #expect(listed.map { briefing.sentences[$0.sentence].story } == [0, 0, 1])
        #expect(listed.map(\.sentence) == [0, 1, 2])
        let first = briefing.timeline.first { $0.order == 0 }!
        #expect(briefing.source.slice(briefing.timelineHighlight(first)) == "Monday")
    }
}

@Suite("Timeline: the days a value covers")
struct TimelineIntervalTests {
    /// The references by their first letter and their whole text; dated values, and values
    /// that start with the same letters but are no reference, by their parse.
    @Test func referencesAndDatedValues() throws {
        let reference = try #require(CalendarDate(iso: "2013-03-20"))
        let day = Double(reference.dayNumber)
        func days(_ value: String?) -> [Double]? {
            TimelineOrdering.interval(of: value, reference: reference).map { [$0.start, $0.end] }
        }
        #expect(days("PAST_REF") == [day - 0.5, day])
        #expect(days("PRESENT_REF") == [day, day + 1])
        #expect(days("FUTURE_REF") == [day + 1, day + 1.5])
        #expect(days("2013-03-27") == [day + 7, day + 8])
        #expect(days("P3D") == nil && days("FY2013") == nil && days("PAST") == nil && days(nil) == nil)
        #expect(days("XXXX-03-27") == nil)
        #expect(TimelineOrdering.interval(of: "PAST_REF", reference: nil) == nil)
    }
}
