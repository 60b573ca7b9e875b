// swift-tools-version:6.0
import PackageDescription

// A generic type at a concrete argument (`[ThemeRole: ThemeStyle]`, `Set<String>`) is by default
// reached through its mangled name, which the runtime demangles at first use, looking up each
// conformance by scanning every conformance record of the static binary (about 450,000
// instructions each, 14 of them before the first frame). With this flag the compiler calls the
// metadata accessor with the witness tables it already knows instead.
let startPath: [SwiftSetting] = [.unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"])]

let package = Package(
    name: "moderat",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "moderat", targets: ["moderat"]),
        .executable(name: "moderat-fuzz", targets: ["moderat-fuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // SHA-256 and HMAC from swift-crypto (see docs/ARCHITECTURE.md, "Hashing").
        .target(name: "ModeratCore", dependencies: [.product(name: "Crypto", package: "swift-crypto")], swiftSettings: startPath),
        .target(
            name: "ModeratStore",
            dependencies: [
                "ModeratCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: startPath
        ),
        // The demo database and the benchmark's data: they seed a database through the store's
        // `package` seeding API, so none of it ships inside ModeratStore.
        .target(
            name: "ModeratSamples",
            dependencies: ["ModeratCore", "ModeratStore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: startPath
        ),
        .target(name: "TerminalKit", dependencies: ["CNcursesw"], swiftSettings: startPath),
        .target(
            name: "ModeratApp",
            dependencies: ["ModeratCore", "ModeratStore", "TerminalKit", "Yams"],
            swiftSettings: startPath
        ),
        .executableTarget(
            name: "moderat",
            dependencies: [
                "ModeratApp", "ModeratSamples", "ModeratStore", "ModeratCore", "TerminalKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: startPath,
            plugins: ["BuildCommit"]
        ),
        // Writes the git commit into `moderat` at build time (for `moderat bench`).
        .plugin(name: "BuildCommit", capability: .buildTool()),
        // Fuzz targets; see .ci/fuzz. CLibFuzzer only declares libFuzzer's driver.
        .systemLibrary(name: "CLibFuzzer", path: "Sources/CLibFuzzer"),
        .executableTarget(name: "moderat-fuzz", dependencies: ["ModeratStore", "ModeratCore", "TerminalKit", "CLibFuzzer"]),
        .testTarget(name: "ModeratCoreTests", dependencies: ["ModeratCore"]),
        .testTarget(
            name: "ModeratStoreTests",
            dependencies: ["ModeratStore", "ModeratSamples", "ModeratCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit"]),
        .testTarget(name: "ModeratAppTests", dependencies: ["ModeratApp", "ModeratSamples", "ModeratStore", "ModeratCore", "TerminalKit"]),
        .testTarget(name: "EndToEndTests", dependencies: ["ModeratStore", "ModeratCore"], exclude: ["README.md"]),
    ],
    swiftLanguageModes: [.v6]
)
