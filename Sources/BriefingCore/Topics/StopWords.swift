/// Words that end a key phrase: they carry no topic of their own.
///
/// Function words, reporting and other very common verbs in all their forms,
/// vague adverbs and adjectives, numbers spelt out, and calendar words (times
/// are another pane's business). Hand-written for this model; the phrase miner
/// splits candidate phrases at these words, as RAKE does (Rose et al., 2010).
enum StopWords {
    static let words: String = """
        a an the this that these those there here it its it's itself they them their theirs themselves \
        he him his himself she her hers herself we us our ours ourselves you your yours i me my mine \
        who whom whose which what whatever whoever when where why how whether \
        and or but nor so yet if then than because although though while whereas unless until since \
        as at by for from in into of off on onto out over to up upon with within without about above \
        across after against along amid amidst among around before behind below beneath beside besides \
        between beyond despite down during except inside like near outside past per regarding \
        through throughout toward towards under underneath unlike via versus vs \
        be am is are was were been being have has had having do does did doing done \
        will would shall should can could may might must ought \
        not no yes all any both each either every few many more most much neither none other others \
        own same several some such enough less least lot lots \
        also again already always almost anyway even ever further furthermore however indeed instead \
        just later moreover nevertheless never now often once only perhaps quite rather really \
        recently soon still then thus too very well meanwhile additionally currently reportedly \
        allegedly largely mainly mostly nearly notably particularly possibly probably roughly \
        approximately around about apparently clearly especially simply certainly increasingly \
        today yesterday tomorrow tonight ago earlier later previously formerly subsequently eventually \
        say says said saying tell tells told telling ask asks asked asking announce announces announced \
        announcing report reports reported reporting state states stated stating claim claims claimed \
        add adds added adding note notes noted noting explain explains explained explaining \
        confirm confirms confirmed confirming suggest suggests suggested suggesting \
        indicate indicates indicated indicating mention mentions mentioned describe describes described \
        make makes made making take takes took taken taking give gives gave given giving \
        get gets got gotten getting go goes went gone going come comes came coming \
        see sees saw seen seeing know knows knew known knowing think thinks thought thinking \
        want wants wanted wanting need needs needed needing seem seems seemed seeming \
        become becomes became becoming begin begins began begun beginning start starts started \
        continue continues continued continuing remain remains remained remaining \
        keep keeps kept keeping hold holds held holding put puts putting set sets setting \
        include includes included including expect expects expected expecting \
        follow follows followed following use uses used using let lets allow allows allowed allowing \
        help helps helped helping try tries tried trying show shows showed shown showing \
        find finds found finding look looks looked looking call calls called calling \
        bring brings brought bringing leave leaves left leaving move moves moved moving \
        provide provides provided providing receive receives received receiving \
        plan plans planned planning aim aims aimed aiming hope hopes hoped hoping \
        believe believes believed believing consider considers considered considering \
        mean means meant according accordingly regard regards regarded \
        emphasise emphasises emphasised emphasize emphasizes emphasized outline outlines outlined \
        highlight highlights highlighted highlighting assert asserts asserted asserting \
        seek seeks sought seeking intend intends intended remark remarks remarked \
        unveil unveils unveiled unveiling launch launches launched \
        sell sells sold selling buy buys bought buying pay pays paid paying expose exposes exposed \
        one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen \
        sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety \
        hundred hundreds thousand thousands million millions billion billions trillion \
        first second third fourth fifth last next final latest previous former \
        new old big small large great good bad high low major minor key main various certain \
        possible likely unlikely important significant potential current recent different similar \
        other another whole full total overall entire particular general specific real true \
        additional further broader wider ongoing upcoming forthcoming substantial considerable \
        year years month months week weeks day days time times today's period moment \
        separate related context news regard respect instance example case cases \
        people thing things way ways part parts number numbers kind sort type lot area place \
        percent per cent mr mrs ms dr sir madam st bn mn m k due meet \
        january february march april may june july august september october november december \
        jan feb mar apr jun jul aug sep sept oct nov dec \
        monday tuesday wednesday thursday friday saturday sunday weekend \
        morning afternoon evening night \
        s t don't doesn't didn't won't can't isn't aren't wasn't weren't hasn't haven't hadn't \
        wouldn't shouldn't couldn't i'm i've i'd i'll you're we're they're he's she's that's \
        there's what's who's let's
        """
}
