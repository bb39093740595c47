// swift-tools-version:6.0
import PackageDescription

/// The libFuzzer harnesses, one executable per input format CutBook reads. Built only by
/// `scripts/fuzz.sh` (debug, `--sanitize=fuzzer --sanitize=address`), never by the root
/// package's `swift build` or `swift test`.
let harnesses: [(name: String, dependencies: [Target.Dependency])] = [
    ("FuzzTemplate", [.product(name: "CutBook", package: "CutBook")]),
    ("FuzzDirectives", [.product(name: "CutBook", package: "CutBook")]),
    ("FuzzModelExpression", [.product(name: "CutEngine", package: "CutBook")]),
    ("FuzzTeX", [.product(name: "CutBook", package: "CutBook")]),
    ("FuzzSettings", [.product(name: "CutBook", package: "CutBook")]),
    ("FuzzCSV", [.product(name: "CutEngine", package: "CutBook")]),
    ("FuzzNpy", [.product(name: "CutEngine", package: "CutBook")]),
    ("FuzzCacheEntry", [.product(name: "CutBook", package: "CutBook")]),
]

let package = Package(
    name: "CutBookFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: ".root/CutBook")],
    targets: harnesses.map { harness in
        .executableTarget(
            name: harness.name, dependencies: harness.dependencies,
            // libFuzzer provides `main`; the harness only exports LLVMFuzzerTestOneInput.
            swiftSettings: [.unsafeFlags(["-parse-as-library"])])
    },
    swiftLanguageModes: [.v6]
)
