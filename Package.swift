// swift-tools-version:6.0
import PackageDescription

// Readiness is built and tested on Linux only (Debian and Ubuntu): no other platform is
// claimed here. The system libraries come from apt; the platform calls are in the shims
// listed in docs/design.md ("Platform").
let package = Package(
    name: "Readiness",
    products: [
        .executable(name: "readiness", targets: ["readiness"]),
        .library(name: "ReadinessCore", targets: ["ReadinessCore", "ReadinessPreview"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
        // Writing .xlsx workbooks in the tests and the fuzz target (its inflate is zlib, zlib1g-dev on Debian).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // libcmark from Debian's libcmark-dev, found through pkg-config.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // ISA-L from Debian's libisal-dev: inflating workbooks' parts and their CRC-32 checks.
        .systemLibrary(
            name: "CISAL",
            pkgConfig: "libisal",
            providers: [.apt(["libisal-dev"])]
        ),
        // GLPK from Debian's libglpk-dev: the linear programs of the disclosure audit.
        .systemLibrary(
            name: "CGLPK",
            providers: [.apt(["libglpk-dev"])]
        ),
        // The pipeline, one target per stage; each depends only on the stages before it
        // (PackageGraphTests keeps it so): model < input < compute < render < write < core < preview.
        // The model: the records, diagnostics and the small value helpers every stage shares.
        .target(name: "ReadinessModel"),
        // Reading and declaring the input files, and loading them into the model.
        .target(
            name: "ReadinessInput",
            dependencies: [
                "ReadinessModel",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
                "CISAL",
            ]
        ),
        // Validating the loaded data and computing the figures, disclosure control included.
        .target(
            name: "ReadinessCompute",
            dependencies: ["ReadinessModel", "CGLPK"]
        ),
        // Rendering the templates into the site's files, in memory.
        .target(
            name: "ReadinessRender",
            dependencies: [
                "ReadinessCompute",
                "ReadinessInput",
                "ReadinessModel",
                "CCmark",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // Writing the site: the output folder's swap, the manifest, self-contained pages, PDFs.
        .target(
            name: "ReadinessWrite",
            dependencies: [
                "ReadinessRender",
                "ReadinessInput",
                "ReadinessModel",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The façade that runs the pipeline (SiteBuilder) and the scaffold of `readiness init`;
        // it re-exports the stages, so `import ReadinessCore` is the whole library.
        .target(
            name: "ReadinessCore",
            dependencies: [
                "ReadinessModel",
                "ReadinessInput",
                "ReadinessCompute",
                "ReadinessRender",
                "ReadinessWrite",
            ]
        ),
        // The preview of `readiness serve`: its own small HTTP server (docs/design.md, "The
        // preview's server"), file-system notifications and server-sent events.
        .target(
            name: "ReadinessPreview",
            dependencies: ["ReadinessCore"]
        ),
        // The command: parses arguments, calls the library, prints diagnostics.
        .executableTarget(
            name: "readiness",
            dependencies: [
                "ReadinessCore",
                "ReadinessPreview",
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
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // libFuzzer targets (make fuzz); an ordinary program that replays inputs otherwise.
        .executableTarget(
            name: "ReadinessFuzz",
            dependencies: ["ReadinessFuzzTargets"]
        ),
        .testTarget(
            name: "ReadinessCoreTests",
            dependencies: [
                "ReadinessModel", "ReadinessInput", "ReadinessCompute", "ReadinessRender", "ReadinessWrite",
                "ReadinessCore", "ReadinessPreview", "ReadinessFuzzTargets", "readiness",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Fixtures"]
        ),
    ]
)
