import Foundation
import ReadinessFuzzTargets
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// Every input the fuzzers found a problem with (Tests/Fuzz/regressions/TARGET/) and every seed
/// is replayed through its target: each must finish without a crash.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static var inputs: [(String, String)] {
        var out: [(String, String)] = []
        for kind in ["regressions", "seeds"] {
            let base = Support.packageRoot.appendingPathComponent("Tests/Fuzz/\(kind)")
            for target in ["csv", "scanner", "yaml", "template", "build", "layout", "expansion", "workbook"] {
                let folder = base.appendingPathComponent(target)
                for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
                where !name.hasPrefix(".") {
                    out.append((target, folder.appendingPathComponent(name).path))
                }
            }
        }
        return out.sorted { $0.1 < $1.1 }
    }

    @Test("replays without a crash", arguments: inputs)
    func replay(_ target: String, _ path: String) throws {
        let data = try #require(FileManager.default.contents(atPath: path))
        FuzzTargets.run(target, Array(data))
    }
}
