// swift-tools-version:6.0
import PackageDescription

// Readiness is built and tested on Linux only (Debian and Ubuntu): no other platform is
// claimed here. The system libraries come from apt; the platform calls are in the shims
// listed in docs/design.md ("Platform").
let package = Package(
    name: "Readiness",
    products: [
        .executable(name: "readiness", targets: ["readiness"]),
        .library(name: "ReadinessCore", targets: ["ReadinessCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.0"),
    ],
    targets: [
        // libcmark from Debian's libcmark-dev, found through pkg-config.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // GLPK from Debian's libglpk-dev: the linear programs of the disclosure audit.
        .systemLibrary(
            name: "CGLPK",
            providers: [.apt(["libglpk-dev"])]
        ),
        // The pipeline: load, validate, compute, render, write.
        .target(
            name: "ReadinessCore",
            dependencies: [
                "CCmark",
                "CGLPK",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        // The command: parses arguments, calls the library, prints diagnostics.
        .executableTarget(
            name: "readiness",
            dependencies: [
                "ReadinessCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The fuzz targets, kept out of the shipped library: they reach the pipeline's `package`
        // symbols. Used by ReadinessFuzz and by the tests that replay seeds and regressions.
        .target(
            name: "ReadinessFuzzTargets",
            dependencies: [
                "ReadinessCore",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // libFuzzer targets (make fuzz); an ordinary program that replays inputs otherwise.
        .executableTarget(
            name: "ReadinessFuzz",
            dependencies: ["ReadinessFuzzTargets"]
        ),
        .testTarget(
            name: "ReadinessCoreTests",
            dependencies: ["ReadinessCore", "ReadinessFuzzTargets", "readiness"],
            exclude: ["Fixtures"]
        ),
    ]
)
