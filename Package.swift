// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "briefing",
    products: [
        .executable(name: "briefing", targets: ["briefing"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // The system ncursesw library; only BriefingTerminal imports it.
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // The model, text decoding, segmentation, the analysers and the export. No dependency,
        // Foundation included (the standard library and the C library only): a process that
        // analyses need not load Foundation's ~8 MB of pages.
        .target(
            name: "BriefingCore",
            resources: [.embedInCode("Resources/sample-briefing.txt")]
        ),
        // The reader as pure state: ReaderState, Action, reduce, key map, layout, panes
        // rendering into a CellGrid, themes. No terminal here.
        .target(
            name: "BriefingUI",
            dependencies: [
                "BriefingCore",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // The ncurses adapter: the only target that imports CNcursesw.
        .target(
            name: "BriefingTerminal",
            dependencies: ["CNcursesw", "BriefingUI"]
        ),
        .executableTarget(
            name: "briefing",
            dependencies: [
                "BriefingCore",
                "BriefingUI",
                "BriefingTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // In a release build the Swift libraries (Foundation and its ICU with them) are
            // linked into the program, not loaded at each start: the dynamic loader resolving
            // their symbols was about a third of a one-article export's time. Compiled with the
            // flag too, so that the static libraries' own dependencies are linked. (Release
            // only: a debug build keeps every unreferenced section, and some of Foundation's
            // refer to ICU symbols no module asks to link.)
            swiftSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))],
            linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]
        ),
        .executableTarget(
            name: "briefing-bench",
            dependencies: ["BriefingCore"]
        ),
        // The reader's frame time for a scripted set of keys, small and huge documents.
        .executableTarget(
            name: "briefing-frame-bench",
            dependencies: ["BriefingCore", "BriefingUI"]
        ),
        // The analysis under libFuzzer (scripts/fuzz.sh); built normally it replays files.
        .executableTarget(
            name: "briefing-fuzz",
            dependencies: ["BriefingCore"]
        ),
        .testTarget(
            name: "BriefingCoreTests",
            dependencies: [
                "BriefingCore",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "BriefingUITests",
            dependencies: ["BriefingUI", "BriefingCore"],
            // Read from the source tree by path (and rewritten with BRIEFING_UPDATE_SNAPSHOTS=1).
            exclude: ["Snapshots"]
        ),
    ]
)
