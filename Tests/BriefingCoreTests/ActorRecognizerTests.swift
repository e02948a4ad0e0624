import Testing
@testable import BriefingCore

@Suite struct ActorRecognizerTests {
    @Test func placeholder() { #expect(true) }
}
