import Testing
@testable import BriefingCore

/// The byte test of ASCII names must answer as the Character test does.
@Suite("Alias resolver name shape")
struct NameShapeTests {
    /// The Character test `AliasResolver.isNameShaped` stands for.
    private func characterTest(_ s: String) -> Bool {
        !s.contains(where: { $0.isNumber })
            && s.split(separator: " ").allSatisfy { word in
                word.first!.isUppercase && word.dropFirst().allSatisfy { !$0.isUppercase || $0 == "-" }
            }
    }

    @Test func answersAsTheCharacterTest() {
        let names = [
            "", " ", "Nicolas Sarkozy", "David  Lammy", "McDonald", "NASA", "G8", "Jean-Pierre Raffarin",
            "Jean-pierre", "de Gaulle", "Boeing 787", "A", "a", " Lammy ", "O'Brien", "Élysée Palace",
            "Zoë Ball", "ÉLYSÉE", "Ünal", "Ali ٣", "Tab\tName", "Line\r\nBreak",
        ]
        for name in names {
            #expect(AliasResolver.isNameShaped(name) == characterTest(name), "\(name)")
        }
        var random = SeededRandom(seed: 7)
        let letters = Array("aZ -9.Éé'")
        for _ in 0..<2000 {
            let name = String((0..<random.next(8)).map { _ in random.pick(letters) })
            #expect(AliasResolver.isNameShaped(name) == characterTest(name), "\(name)")
        }
    }
}
