import Testing
@testable import BriefingCore

/// The resolver's cache of group keys answers only for the name it was given, and a slot
/// taken by another name forgets the one before.
@Suite("Alias resolver stripped keys")
struct StrippedKeysTests {
    @Test func answersOnlyForTheSameKeyAndWords() {
        var keys = StrippedKeys()
        #expect(keys["apple inc", ["apple", "inc"]] == nil)
        keys["apple inc", ["apple", "inc"]] = "apple"
        #expect(keys["apple inc", ["apple", "inc"]] == "apple")
        #expect(keys["apple inc", ["apple", "inc", "x"]] == nil)
        #expect(keys["apple", ["apple", "inc"]] == nil)
    }

    @Test func manyNamesStayBoundedAndRight() {
        var keys = StrippedKeys()
        for n in 0..<5000 { keys["name \(n)", ["name", "\(n)"]] = "stripped \(n)" }
        var answered = 0
        for n in 0..<5000 {
            if let s = keys["name \(n)", ["name", "\(n)"]] {
                #expect(s == "stripped \(n)")
                answered += 1
            }
        }
        #expect(answered <= StrippedKeys.slotCount)
    }
}
