/// Merges candidates that name the same thing into actors, and picks each actor's
/// canonical name, kind, roles and affiliation.
///
/// Rules, in order (every lookup is a hash table keyed by normalised name, so the whole
/// step is linear in the number of candidates):
/// 1. names a table knows go to their canonical name ("UK", "Britain" → United Kingdom);
/// 2. an acronym in brackets joins the name before it ("… Development (OECD)");
/// 3. names of two or more words group by their key, legal suffixes dropped ("Apple Inc." = "Apple");
/// 4. a one-word name joins, in this order: a name with the same key; the person whose
///    surname it is ("Lammy"); the organisation whose first word it is ("Lockheed" →
///    "Lockheed Martin"); the name whose initials it spells ("GAO");
/// 5. what is left stands alone; a sentence-initial word with no evidence is dropped.
enum AliasResolver {
    /// Words an acronym leaves out: "Organisation for … and Development" → "OECD".
    static let initialsSkipped: WordSet = ["of", "for", "and", "the", "&"]

    /// Takes the candidates `inout`: the few it changes are changed in the caller's array,
    /// which is never copied, and which it empties once the actors are made (`ActorStrings`
    /// holds their names), each actor's members' strings let go as it is made: they are
    /// then the most memory the stage holds.
    /// A candidate's repeats (noted in `repeats`) join wherever it joins.
    static func resolve(_ candidates: inout [ActorCandidate], repeats: inout RepeatedMentions) -> [Actor] {
        /// Each group's members and traits, at the group's index.
        var groups = GroupMemberLists()
        var traits: [GroupTraits] = []
        // Room for a group per candidate, the most there can be: grown by doubling, the arrays
        // were copied again and again. Pages past the groups made are never touched.
        groups.reserveCapacity(candidates.count)
        traits.reserveCapacity(candidates.count)
        /// The table kinds of each group with `hasTableKinds`.
        var tableKinds: [Int: TableKindCounts] = [:]
        /// A group's kind as its members say now: the table kind most have, if a table names any.
        func decidedKind(_ g: Int) -> ActorKind {
            traits[g].hasTableKinds ? tableKinds[g]!.kind : GroupEvidence(of: groups[g], cues: traits[g].cues, candidates).kind
        }
        /// Each candidate's group, -1 for none: 4 bytes a candidate, where an `Int?` took 16.
        var groupOf = [Int32](repeating: -1, count: candidates.count)
        // Room for a key for each table name and name of several words (step 1 and 3),
        // most of its keys: a table that grew held its old slots and its new at once.
        // Counted by index: a closure given each candidate copied it, retaining its strings.
        var byKey = GroupKeyTable(capacity: candidates.indices.count {
            candidates[$0].fixedKind != nil || candidates[$0].hasSeveralWords
        })
        /// The gazetteer's name of a group's first place member that has one (few groups):
        /// beside the groups, where a `String?` in each cost 16 bytes a group.
        var placeNames: [Int: String] = [:]

        func join(_ i: Int, _ g: Int) {
            groups.add(i, to: g)
            if let kind = candidates[i].fixedKind {
                tableKinds[g, default: TableKindCounts()].add(kind, mentions: candidates[i].mentionCount)
                traits[g].hasTableKinds = true
            }
            groupOf[i] = Int32(g)
            if candidates[i].fixedKind == .place, placeNames[g] == nil, let n = candidates[i].fixedName,
               let k = candidates[i].fixedNameKey, Gazetteer.shared.places[k] != nil {
                placeNames[g] = n
            }
        }
        /// Where `byKey` reads `k` back, put for candidate `i`: its own key, when it is that,
        /// else the table keeps it, leading to the group made for `i` (at `groups.count`).
        func source(_ k: String, _ i: Int) -> GroupKeyTable.KeySource {
            k == candidates[i].key ? .key(i) : .own(group: groups.count)
        }
        func newGroup(_ i: Int) -> Int {
            groups.appendGroup()
            traits.append(GroupTraits())
            join(i, groups.count - 1)
            return groups.count - 1
        }
        var strippedKeys = StrippedKeys()
        func stripped(_ i: Int) -> String {
            let words = candidates[i].wordKeys
            if let known = strippedKeys[candidates[i].key, words] { return known }
            var keys = words
            while keys.count >= 2, let last = keys.last, NameTables.legalSuffixes.contains(last) { keys.removeLast() }
            let joined = keys.joined(separator: " ")
            // Most names' stripped key is their key: then the key itself, which shares the
            // candidate's storage where it holds a string (a long key said once is made from
            // its `NameStrings`' bytes at each ask, so this is then a copy).
            let made = joined == candidates[i].key ? candidates[i].key : joined
            strippedKeys[candidates[i].key, words] = made
            return made
        }

        // 2 first: an acronym defined in brackets names its expansion everywhere in the text.
        var aliasTo: [String: String] = [:]
        for i in candidates.indices {
            guard let e = candidates[i].expansion else { continue }
            aliasTo[candidates[i].key] = candidates[e].fixedNameKey ?? stripped(e)
        }
        // 1 and 3. Table names and names of several words.
        for i in candidates.indices {
            let alias = aliasTo.isEmpty ? nil : aliasTo[candidates[i].key]
            guard candidates[i].fixedKind != nil || candidates[i].hasSeveralWords || alias != nil else { continue }
            let k = alias ?? candidates[i].fixedNameKey ?? stripped(i)
            // A key not yet known names the group made for the candidate, at `groups.count`.
            if let g = byKey.groupOrInsert(k, from: source(k, i), in: candidates, groupOf) {
                join(i, g)
            } else {
                _ = newGroup(i)
            }
            // Most names are their own group key: then there is nothing more to put.
            if k != candidates[i].key {
                _ = byKey.groupOrInsert(candidates[i].key, from: .key(i), in: candidates, groupOf)
            }
        }
        // People are named again by their surname, organisations by their first word:
        // "Nicolas Sarkozy … Sarkozy", "Lockheed Martin … Lockheed".
        var alone: Set<String> = []
        for i in candidates.indices where !candidates[i].hasSeveralWords && candidates[i].fixedKind == nil
            && !candidates[i].isAcronym {
            alone.insert(candidates[i].key)
        }
        for gi in groups.indices {
            guard let m = groups[gi].first(where: { candidates[$0].hasSeveralWords && candidates[$0].fixedKind == nil })
            else { continue }
            let keys = candidates[m].wordKeys
            let nameShaped = keys.count <= 3 && isNameShaped(candidates[m].surface)
            if nameShaped, alone.contains(keys.last!) { traits[gi].cues.insert(.surnameAlone) }
            if alone.contains(keys[0]) { traits[gi].cues.insert(.firstWordAlone) }
        }
        for gi in groups.indices { traits[gi].kind = decidedKind(gi) }

        // Indexes for one-word names, of the keys step 4 asks for: those of the names not in
        // a group, and of one-word places (which may be someone's surname).
        var asked = AskedKeys(capacity: candidates.indices.count { isAskedInStep4($0, groupOf, candidates) })
        for i in candidates.indices where isAskedInStep4(i, groupOf, candidates) { asked.insert(candidates[i].key) }
        var surname = GroupKeyTable()
        var firstWord = GroupKeyTable()
        var initials = GroupKeyTable()
        func index(_ table: inout GroupKeyTable, _ key: String, _ source: GroupKeyTable.KeySource) {
            if asked.mayContain(key) { table.claim(key, from: source, in: candidates, groupOf) }
        }
        for (gi, members) in groups.enumerated() {
            let kind = traits[gi].kind
            // Indexing the same words again for the same group changes nothing: each form once.
            var seen: Set<[String]> = []
            // Members repeat the words just before: those are in the set already, unhashed.
            var lastKeys: [String] = []
            // Most groups have one form: the set is made at the second, the first put in then.
            var firstKeys: [String]?
            for m in members where candidates[m].hasSeveralWords {
                let keys = candidates[m].wordKeys
                guard keys != lastKeys else { continue }
                lastKeys = keys
                if let first = firstKeys {
                    if seen.isEmpty { seen.insert(first) }
                    guard seen.insert(keys).inserted else { continue }
                } else {
                    firstKeys = keys
                }
                if kind == .person {
                    index(&surname, keys.last!, .lastWord(m))
                    if keys.count >= 3 {
                        index(&surname, keys.suffix(2).joined(separator: " "), .own(group: gi))
                    }
                } else if kind == .organization {
                    if !NameTables.legalSuffixes.contains(keys[0]), RoleReader.wordClass(keys[0]) == .other {
                        index(&firstWord, keys[0], .firstWord(m))
                    }
                    var trimmed = keys
                    while trimmed.count > 2, NameTables.legalSuffixes.contains(trimmed.last!) { trimmed.removeLast() }
                    for form in [keys, trimmed] {
                        let letters = form.filter { !initialsSkipped.contains($0) }
                            .compactMap { $0.first }
                        if letters.count >= 2 { index(&initials, String(letters), .own(group: gi)) }
                    }
                }
            }
        }

        // 4. One-word names.
        /// The groups that a name joins here (or that it makes): only their kinds may change
        /// before step 5 decides them again, the others' members being as they were.
        var joinedInStep4: [Int32] = []
        for i in candidates.indices where isAskedInStep4(i, groupOf, candidates) {
            let k = candidates[i].key
            if groupOf[i] >= 0 {
                let isCountry = Gazetteer.shared.places[k]?.isCountry ?? false
                // A city or region that is also someone's surname here ("Jackson") is the person.
                guard !isCountry, candidates[i].person > 0 || candidates[i].roles.isEmpty,
                      let s = surname.group(of: k, in: candidates, groupOf), traits[s].kind == .person,
                      candidates[i].place < 2 else { continue }
                // Left in the old group's list; only `groupOf` counts from here on. Its key, if
                // `byKey` reads it back from it, still leads to the old group.
                byKey.keepGroup(ofKeyOf: i, in: candidates, groupOf)
                candidates[i].setFixed(nil)
                join(i, s)
                joinedInStep4.append(Int32(s))
                continue
            }
            if let g = byKey.group(of: k, in: candidates, groupOf) {
                join(i, g)
                joinedInStep4.append(Int32(g))
                continue
            }
            if let s = surname.group(of: k, in: candidates, groupOf) {
                join(i, s)
            } else if candidates[i].person < 2, let f = firstWord.group(of: k, in: candidates, groupOf) {
                join(i, f)
            } else if candidates[i].isAcronym, let f = initials.group(of: k, in: candidates, groupOf) {
                join(i, f)
            } else if !candidates[i].weak {
                let g = newGroup(i)
                traits[g].kind = decidedKind(g)
            }
            // The key now names the group it joined (none for a weak name left alone).
            if groupOf[i] >= 0 {
                joinedInStep4.append(groupOf[i])
                byKey.insert(k, from: .key(i), in: candidates)
            }
        }

        // 5. Build actors. The tables for merging are freed first: on a text of many names
        // they are as large as the actors.
        surname = GroupKeyTable()
        firstWord = GroupKeyTable()
        initials = GroupKeyTable()
        asked = AskedKeys(capacity: 0)
        alone = []
        aliasTo = [:]
        strippedKeys = StrippedKeys()
        for g in joinedInStep4 { traits[Int(g)].kind = decidedKind(Int(g)) }
        joinedInStep4 = []
        tableKinds = [:]
        /// `NameKey.make` of each group's name, made once for the lookups below, where it is
        /// not the key of the group's first member (most are).
        var otherNameKeys: [Int: String] = [:]
        // Few members ever move: an array is made only for a group that lost one.
        for gi in groups.indices where groups[gi].contains(where: { Int(groupOf[$0]) != gi }) {
            groups[gi] = GroupMembers(groups[gi].filter { Int(groupOf[$0]) == gi })
        }
        // A capitalised common word used once, with nothing else to say it is a name ("Maintenance").
        // Read in place: a copy of the candidate would retain and release its strings.
        for gi in groups.indices where groups[gi].count == 1 && candidates[groups[gi][0]].mentionCount == 1 {
            let m = groups[gi][0]
            if candidates[m].fixedKind == nil, !candidates[m].hasSeveralWords, !candidates[m].isAcronym,
               candidates[m].documentCount <= 1, Gazetteer.shared.commonWords.contains(candidates[m].key),
               candidates[m].person + candidates[m].organization + candidates[m].place < 1.5 {
                groups[gi] = GroupMembers()
            }
        }
        // Each kept group's name, by its key, which the others' affiliations name; then each
        // group's affiliation; then, the key table freed, each group's actor, its name made
        // again (cheaper than an array of the names beside the groups, on a text of many
        // names as large as the key table); then their ids, once the groups are freed. Names
        // and ids go into one store for the document (`ActorStrings`), not a string each.
        /// The UTF-8 bytes of the actors' names, for the room their store is made with.
        var nameBytes = 0
        for (gi, members) in groups.enumerated() where !members.isEmpty {
            let name = canonicalName(members, placeName: placeNames[gi], candidates)
            nameBytes += name.utf8.count
            // Most names are written as a member's key says: then that key's storage, not a copy.
            let nameKey = NameKey.make(name)
            let isMemberKey = nameKey == candidates[members[0]].key
            if !isMemberKey { otherNameKeys[gi] = nameKey }
            _ = byKey.groupOrInsert(nameKey, from: isMemberKey ? .key(members[0]) : .own(group: gi), in: candidates, groupOf)
        }
        // Each group's affiliation (another group; most have none), found while the key table is
        // kept, which is then freed before the actors are made in full. The members stay in the
        // order they joined, which the name is chosen in (`canonicalName` keeps the first of
        // two names alike in words and length): the votes do not hang on their order, and the
        // fallback below takes the member first in the text.
        var affiliations: [(group: Int, of: Int)] = []
        for gi in groups.indices where !groups[gi].isEmpty {
            /// The member that joined first, whose key the name's key is unless `otherNameKeys` says.
            let first = groups[gi][0]
            var affiliationVotes: [Int: Int] = [:]
            var lastAffiliation: String?
            var lastAffiliationGroup: Int?
            for m in groups[gi] {
                guard let a = candidates[m].affiliation else { continue }
                // Members repeat the affiliation just before: looked up once for a run of them.
                if a != lastAffiliation {
                    lastAffiliation = a
                    lastAffiliationGroup = byKey.group(of: a, in: candidates, groupOf)
                }
                if let ag = lastAffiliationGroup, ag != gi, traits[ag].kind != .person {
                    affiliationVotes[ag, default: 0] += candidates[m].mentionCount
                }
            }
            // Cities and seats of power belong to their country.
            if affiliationVotes.isEmpty {
                let k = otherNameKeys[gi] ?? candidates[first].key
                var country = Gazetteer.shared.places[k]?.country ?? ActorLexicon.seats[k]
                if country == nil {
                    // The country of the member first in the text that has one.
                    var firstPlaced: TextSpan?
                    for m in groups[gi] where firstPlaced.map({ candidates[m].span < $0 }) ?? true {
                        let key = candidates[m].key
                        if let c = Gazetteer.shared.places[key]?.country ?? ActorLexicon.seats[key] {
                            country = c
                            firstPlaced = candidates[m].span
                        }
                    }
                }
                if let country, let ag = byKey.group(of: NameKey.make(country), in: candidates, groupOf), ag != gi {
                    affiliationVotes[ag] = 1
                }
            }
            if let ag = affiliationVotes.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key {
                affiliations.append((gi, ag))
            }
        }
        // The key table freed, and the candidates' groups, which its keys lead to.
        byKey = GroupKeyTable()
        groupOf = []
        otherNameKeys = [:]
        // Made at their number: grown by doubling, the array held up to twice their size.
        var actors: [Actor] = []
        actors.reserveCapacity(groups.count(where: { !$0.isEmpty }))
        // Room for every name and its id (a slug is never longer than its name), and a few
        // bytes more an actor for numbered ids ("-2"): grown, the store would be copied.
        let strings = ActorStrings(capacity: 2 * nameBytes + 4 * actors.capacity)
        /// Members' strings freed since the heap was last handed back (`FreedMemory.returnFreedHeap`).
        var stringsFreed = 0
        for (gi, groupMembers) in groups.enumerated() where !groupMembers.isEmpty {
            let name = canonicalName(groupMembers, placeName: placeNames[gi], candidates)
            let kind = traits[gi].kind
            // Members in text order: a repeat says what its candidate said, so each says its
            // aliases, roles and affiliation first at its own place.
            let members = groupMembers.count == 1 ? groupMembers
                : GroupMembers(groupMembers.sorted { candidates[$0].span < candidates[$1].span })
            var mentions: [Mention] = []
            var aliases: [String] = []
            var roles: [String] = []
            var roleMentions: [Mention] = []
            var seenRoles: Set<String> = []
            // Roles as written: a role seen before costs no `lowercased()`.
            var seenRoleTexts: Set<String> = []
            var seenAliases: Set<String> = []
            var lastSurface: String?
            var lastRoles: [String] = []
            mentions.reserveCapacity(members.reduce(0) { $0 + candidates[$1].mentionCount })
            for m in members {
                candidates[m].takeMentions(into: &mentions, from: &repeats)
                if kind == .person, let r = candidates[m].roleSpan {
                    roleMentions.append(Mention(span: r, sentence: candidates[m].sentence))
                }
                // Members repeat the name just before: that one is in the set already, unhashed.
                let surface = candidates[m].surface
                // A group of one member (most) needs no set.
                if surface != lastSurface, members.count == 1 || seenAliases.insert(surface).inserted {
                    aliases.append(surface)
                }
                lastSurface = surface
                // Members repeat the roles just before: those are in the sets already, unhashed.
                let memberRoles = candidates[m].roles
                if memberRoles != lastRoles {
                    for r in memberRoles
                    where !r.isEmpty && seenRoleTexts.insert(r).inserted && seenRoles.insert(r.lowercased()).inserted {
                        roles.append(r)
                    }
                    lastRoles = memberRoles
                }
            }
            if members.count > 1 { putInTextOrder(&mentions) }
            if !roleMentions.isEmpty {
                // Both lists are in text order: one merge, role phrases that overlap a name left out.
                var merged: [Mention] = []
                merged.reserveCapacity(mentions.count + roleMentions.count)
                var a = 0
                var b = 0
                while a < mentions.count || b < roleMentions.count {
                    if b == roleMentions.count || (a < mentions.count && mentions[a].span < roleMentions[b].span) {
                        merged.append(mentions[a]); a += 1
                    } else {
                        let r = roleMentions[b]
                        b += 1
                        if let last = merged.last, last.span.overlaps(r.span) { continue }
                        if a < mentions.count, mentions[a].span.overlaps(r.span) { continue }
                        merged.append(r)
                    }
                }
                mentions = merged
            }
            actors.append(Actor(name: name, in: strings,
                                kind: kind, aliases: aliases, roles: roles, affiliation: nil, mentions: mentions))
            // Nothing reads the members again: their strings, most of the heap on a text of many
            // names, go now, and in runs (they were made in about text order, as the groups
            // were), so the actors are made in the pages they free, not on top of them.
            for m in members where candidates[m].releaseStrings() { stringsFreed += 1 }
            if stringsFreed >= stringsFreedBeforeTrim {
                FreedMemory.returnFreedHeap()
                stringsFreed = 0
            }
        }
        // The candidates die here, with the strings of those in no actor, and the pages they
        // free go back to the system before the ids are made.
        candidates = []
        repeats = RepeatedMentions()
        FreedMemory.returnFreedHeap()
        // Freed before the ids are given and the actors sorted, which then find room where they were.
        // The affiliations between actors: a group without members has none.
        let actorOf = actorIndexes(of: affiliations.flatMap { [$0.group, $0.of] }, groups)
        let affiliatedActors = affiliations.compactMap { pair in actorOf[pair.of].map { (actorOf[pair.group]!, $0) } }
        affiliations = []
        groups = GroupMemberLists()
        traits = []
        // Ids in the actors' order, each taken at most once: a name's slug, else that with
        // the first free number ("-2", "-3" …).
        var givenIds = GivenIds(capacity: actors.count)
        for a in actors.indices {
            var id = actors[a].withNameUTF8(Slug.make(utf8:))
            if givenIds.contains(id, in: actors) {
                var n = 2
                while givenIds.contains("\(id)-\(n)", in: actors) { n += 1 }
                id = "\(id)-\(n)"
            }
            actors[a].giveId(id)
            givenIds.insert(a, of: actors)
        }
        givenIds = GivenIds(capacity: 0)
        for (a, other) in affiliatedActors { actors[a] = actors[a].affiliated(with: actors[other].id) }
        putInExportOrder(&actors)
        return actors
    }

    /// How many members' strings (some 100 bytes each) the actors' loop frees before it hands
    /// the freed pages back: on a text of 220,000 distinct names, every 8,192 kept the loop
    /// within what it started with (16,384: 1 MB over; never: 12 MB over), while a text of
    /// news, with fewer names, never trims there.
    static let stringsFreedBeforeTrim = 8192

    /// The index in the actors of each group in `groupIndexes` that has one: the groups with
    /// members have actors, in order. Counted in one sweep, for the few groups asked about,
    /// where an array of every group's actor cost 4 bytes a group.
    static func actorIndexes(of groupIndexes: [Int], _ groups: GroupMemberLists) -> [Int: Int] {
        let asked = Set(groupIndexes).sorted()
        var actorOf: [Int: Int] = [:]
        var actorsBefore = 0
        var next = 0
        for gi in groups.indices where next < asked.count {
            if asked[next] == gi {
                if !groups[gi].isEmpty { actorOf[gi] = actorsBefore }
                next += 1
            }
            if !groups[gi].isEmpty { actorsBefore += 1 }
        }
        return actorOf
    }

    /// Whether step 4 looks candidate `i` up: a name in no group, or a one-word place (which
    /// may be someone's surname). A function of the arrays, not a local one: a closure
    /// capturing `groupOf` had each of its uses checked for exclusive access at run time.
    static func isAskedInStep4(_ i: Int, _ groupOf: [Int32], _ candidates: [ActorCandidate]) -> Bool {
        groupOf[i] < 0 || (candidates[i].fixedKind == .place && !candidates[i].hasSeveralWords)
    }

    /// Sorts the actors by mentions, most first, then by first mention (none counting as 0),
    /// ties left in order: through a sorted array of their indexes, followed in place, so that
    /// the actors are never copied into a second array or a sort's buffer. What the order
    /// compares is read off each actor once, beside it: read in each comparison, it made
    /// each actor's `Mentions` again and again.
    static func putInExportOrder(_ actors: inout [Actor]) {
        let ranks = actors.map { actor in
            let mentions = actor.mentions
            return (count: Int32(mentions.count), first: Int32(mentions.first?.span.start ?? 0))
        }
        var order = Array(actors.indices)
        order.sort { a, b in
            if ranks[a].count != ranks[b].count { return ranks[a].count > ranks[b].count }
            return ranks[a].first != ranks[b].first ? ranks[a].first < ranks[b].first : a < b
        }
        // Each cycle of the permutation by swaps: place k takes the actor at order[k], and is
        // marked done by order[k] = k.
        for start in order.indices where order[start] != start {
            var k = start
            while order[k] != start {
                let next = order[k]
                actors.swapAt(k, next)
                order[k] = k
                k = next
            }
            order[k] = k
        }
    }

    /// The fullest form: a country's table name, else the longest name written.
    static func canonicalName(_ members: GroupMembers, placeName: String?, _ candidates: [ActorCandidate]) -> String {
        if let p = placeName, let place = Gazetteer.shared.places[NameKey.make(p)], place.isCountry {
            return p
        }
        var best = ""
        var bestWords = 0
        var bestLength = 0
        // Members repeat the same few names: a name's length is counted only when it may win.
        func consider(_ name: String, _ words: Int) {
            if words > bestWords {
                best = name
                bestWords = words
                bestLength = name.count
            } else if words == bestWords, name != best {
                let length = name.count
                if length > bestLength {
                    best = name
                    bestLength = length
                }
            }
        }
        // A name considered again changes nothing (it is no longer than the best so far), and
        // members repeat the names just before: those are skipped, uncompared and uncounted.
        var lastFixedName: String?
        var lastSurface: String?
        var lastWords = 0
        for m in members {
            if let name = candidates[m].fixedName, name != lastFixedName {
                consider(name, spaceSeparatedWords(name))
                lastFixedName = name
            }
            let surface = candidates[m].surface
            let words = candidates[m].wordCount
            if surface != lastSurface || words != lastWords {
                consider(surface, words)
                lastSurface = surface
                lastWords = words
            }
        }
        return best
    }

    /// No digit, and each space-separated word capitalised with no capital after its first
    /// letter ("Nicolas Sarkozy", not "McDonald", "NASA" or "G8"). An ASCII name (most) is
    /// read byte by byte: Character tests cost a grapheme break each.
    static func isNameShaped(_ surface: String) -> Bool {
        if let answer = surface.utf8.withContiguousStorageIfAvailable(asciiNameShape) ?? nil { return answer }
        return !surface.contains(where: { $0.isNumber })
            && surface.split(separator: " ").allSatisfy { word in
                word.first!.isUppercase && word.dropFirst().allSatisfy { !$0.isUppercase || $0 == "-" }
            }
    }

    /// `isNameShaped` of ASCII bytes; nil when a byte is not ASCII.
    static func asciiNameShape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var shaped = true
        var atWordStart = true
        for byte in bytes {
            if byte >= 0x80 { return nil }
            if byte == 0x20 { atWordStart = true; continue }
            let upper = byte >= 0x41 && byte <= 0x5A
            if byte >= 0x30 && byte <= 0x39 { shaped = false }
            if atWordStart != upper { shaped = false }
            atWordStart = false
        }
        return shaped
    }

    /// `name.split(separator: " ").count`, without making the pieces.
    static func spaceSeparatedWords(_ name: String) -> Int {
        var count = 0
        var inWord = false
        for byte in name.utf8 {
            if byte == 0x20 { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    /// The mentions sorted by place, each that overlaps one before it left out (a name
    /// inside a longer one of the same actor), in place.
    static func putInTextOrder(_ mentions: inout [Mention]) {
        mentions.sort { $0.span < $1.span }
        var kept = 0
        var lastEnd = -1
        for i in mentions.indices where mentions[i].span.start >= lastEnd {
            lastEnd = mentions[i].span.end
            mentions[kept] = mentions[i]
            kept += 1
        }
        mentions.removeLast(mentions.count - kept)
    }
}
