// swift-tools-version:6.0
import PackageDescription

/// Release builds must use the CPU's vector units: without `-target-cpu` Swift emits SSE2-only
/// code with no FMA, about 20× slower for our SIMD kernels. `native` targets the machine that
/// builds, so every build runs where it was built (CI builds and runs on the same machine).
let vectorFlags: [SwiftSetting] = [
    .unsafeFlags(["-target-cpu", "native"])
]

/// The report layer keeps its API small (most of it is internal) and its tests reach the rest
/// through `@testable import CutBook` (CutServe's tests the same way). Debug builds allow that
/// by default; release builds, which `make test` uses because the suite trains networks, need
/// `-enable-testing` for these two targets. CutEngine and CutPlot (the numerics and figures) are
/// built without it, so the kernels that `cutbook bench` times are compiled exactly as before.
let testableFlags: [SwiftSetting] = [
    .unsafeFlags(["-enable-testing"], .when(configuration: .release))
]

let package = Package(
    name: "CutBook",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "cutbook", targets: ["cutbook"]),
        .library(name: "CutEngine", targets: ["CutEngine"]),
        .library(name: "CutPlot", targets: ["CutPlot"]),
        .library(name: "CutBook", targets: ["CutBook"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // The training engine: random streams, data, relaxations, losses, modules, optimizers.
        .target(
            name: "CutEngine", dependencies: ["CCPUFeatures"], exclude: ["README.md"],
            swiftSettings: vectorFlags),

        // What the CPU offers the kernels (its vector registers), asked once at start-up.
        .target(name: "CCPUFeatures"),

        // C libraries behind small system-library targets.
        .systemLibrary(
            name: "CCairo", pkgConfig: "cairo",
            providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(
            name: "CPangoCairo", pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev"])]),
        .systemLibrary(
            name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(
            name: "CQPDF", pkgConfig: "libqpdf",
            providers: [.apt(["libqpdf-dev"])]),
        .systemLibrary(
            name: "CZlib", pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]),

        // Figures over Cairo and Pango.
        .target(
            name: "CutPlot", dependencies: ["CCairo", "CPangoCairo", "CZlib"],
            exclude: ["README.md"],
            swiftSettings: vectorFlags),

        // The report pipeline: templates, directives, execution, cache, HTML and PDF.
        .target(
            name: "CutBook",
            dependencies: [
                "CutEngine", "CutPlot", "CCmarkGFM", "CCairo", "CPangoCairo", "CQPDF",
                .product(name: "Yams", package: "Yams"),
            ],
            exclude: ["README.md", "Directives/README.md"],
            swiftSettings: vectorFlags + testableFlags),

        // The live preview behind `cutbook serve`: rebuild on change, serve on 127.0.0.1, reload
        // the open page. The only target with a web server, so the report layer stays free of one.
        .target(
            name: "CutServe",
            dependencies: [
                "CutBook", .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ],
            exclude: ["README.md"], swiftSettings: testableFlags),

        // The command-line tool.
        .executableTarget(
            name: "cutbook",
            dependencies: [
                "CutEngine", "CutPlot", "CutBook", "CutServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: vectorFlags),

        .testTarget(
            name: "CutEngineTests", dependencies: ["CutEngine"],
            resources: [.copy("Fixtures")], swiftSettings: vectorFlags),
        .testTarget(name: "CutPlotTests", dependencies: ["CutPlot"], swiftSettings: vectorFlags),
        .testTarget(
            name: "CutBookTests", dependencies: ["CutBook", "CutEngine", "CutPlot"],
            exclude: ["Fixtures"], swiftSettings: vectorFlags),
        .testTarget(name: "CutServeTests", dependencies: ["CutServe", "CutBook"]),
    ],
    swiftLanguageModes: [.v6]
)
