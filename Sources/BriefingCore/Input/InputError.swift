/// Why an input could not be read. `description` is the one line shown on stderr.
public struct InputError: Error, CustomStringConvertible, Equatable, Sendable {
    public let description: String

    public init(_ description: String) { self.description = description }

    static func cannot(_ name: String, _ reason: String) -> InputError {
        InputError("briefing: \(name): \(reason)")
    }
}
