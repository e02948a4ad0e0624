import Testing
@testable import BriefingCore

/// The keys step 4 of the resolver may ask for (`AskedKeys`): every key put in is found, and
/// with eight bits a key, few others are.
@Suite("Asked keys")
struct AskedKeysTests {
    @Test func everyKeyPutInIsFoundAndFewOthers() {
        var asked = AskedKeys(capacity: 1_000)
        for n in 0..<1_000 { asked.insert("lammy\(n)") }
        for n in 0..<1_000 { #expect(asked.mayContain("lammy\(n)")) }
        let others = (0..<1_000).count { asked.mayContain("sarkozy\($0)") }
        #expect(others < 300)
    }

    @Test func anEmptySetHoldsNothing() {
        let asked = AskedKeys(capacity: 0)
        #expect(!asked.mayContain("lammy") && !asked.mayContain(""))
    }
}
