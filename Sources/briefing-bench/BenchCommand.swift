/// What the benchmark was asked to do: a table (generated sizes or a file of the user's),
/// the hostile texts, or one measurement in a child process of its own.
enum BenchCommand: Equatable {
    case table([BenchInput])
    case hostile
    case child(Stage, BenchInput)
    case startupChild
    case hostileChild(HostileInput)

    static let usage = "usage: briefing-bench [MB ...] | --file PATH | --hostile"

    /// The command the arguments (without the program's name) ask for, or a one-line reason
    /// they ask for none: an argument that means nothing is an error, not a default run.
    static func parse(_ arguments: [String]) -> Result<BenchCommand, BenchCommandError> {
        switch arguments.first {
        case "--child":
            guard arguments.count >= 3, let stage = Stage(rawValue: arguments[1]),
                  let input = BenchInput(childArguments: arguments[2...])
            else { return .failure(BenchCommandError("--child needs a stage and an input")) }
            return .success(.child(stage, input))
        case "--startup-child":
            return arguments.count == 1 ? .success(.startupChild) : .failure(BenchCommandError("--startup-child takes nothing"))
        case "--hostile-child":
            guard arguments.count == 2, let input = HostileInput.allCases.first(where: { $0.key == arguments[1] })
            else { return .failure(BenchCommandError("--hostile-child needs a hostile input's name")) }
            return .success(.hostileChild(input))
        case "--hostile":
            return arguments.count == 1 ? .success(.hostile) : .failure(BenchCommandError("--hostile takes nothing"))
        case "--file":
            guard arguments.count == 2 else { return .failure(BenchCommandError("--file needs one path")) }
            return .success(.table([.file(path: arguments[1])]))
        default:
            var sizes: [Int] = []
            for argument in arguments {
                guard let megabytes = Int(argument), (1...10_000).contains(megabytes) else {
                    return .failure(BenchCommandError("'\(argument)' is not a size in MB (1 to 10000)"))
                }
                sizes.append(megabytes)
            }
            return .success(.table((sizes.isEmpty ? [1, 10, 100] : sizes).map { .generated(megabytes: $0) }))
        }
    }
}

/// Why the arguments name no benchmark, said in one line.
struct BenchCommandError: Error, Equatable {
    let message: String
    init(_ message: String) { self.message = message }
}
