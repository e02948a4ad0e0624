import Testing
@testable import BriefingCore

/// The analysis runs the time and timeline stages in one pass over the sentences, sharing
/// each sentence's tokens; it must give what the two stages give one after the other.
@Suite("Times and timeline in one pass")
struct TimesAndTimelineTogetherTests {
    @Test(arguments: [
        BriefingAnalyzer.sampleText,
        // numeric dates read day first for the whole text only once its spelling is known
        "Talks were held on 7/8/07. The organisation will meet again on 3/4/08 to review the programme.",
        "The company said on 7/8/07 it would cut prices. The center opens 0/5/07 and 13/2/08.",
        // present-tense headlines placed by their dated day
        "Kallas meets Lammy on 12 March. Starmer visits Washington tomorrow. Lammy and Kallas engage today.",
    ], [nil, "2025-03-13"])
    func sameAsOneStageAfterTheOther(_ text: String, _ date: String?) {
        let reference = date.flatMap(CalendarDate.init(iso:))
        let briefing = BriefingAnalyzer.analyze(text, date: reference)
        let times = TimeExpressionTagger.tag(briefing.source, sentences: briefing.sentences, reference: reference)
        let timeline = TimelineBuilder.build(briefing.source, sentences: briefing.sentences, actors: briefing.actors,
                                             times: times, reference: reference)
        let together = TimelineBuilder.tagAndBuild(briefing.source, sentences: briefing.sentences,
                                                   actors: briefing.actors, reference: reference)
        #expect(together.times == times)
        #expect(together.timeline == timeline)
        #expect(briefing.times == times && briefing.timeline == timeline)
    }
}
