// swift-tools-version:6.0
import PackageDescription
let package = Package(
    name: "gfloor",
    dependencies: [.package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0")],
    targets: [
        .target(name: "CFloor", linkerSettings: [.linkedLibrary("ncursesw")]),
        .executableTarget(name: "gfloor", dependencies: ["CFloor", .product(name: "GRDB", package: "GRDB.swift")]),
    ]
)
