import Foundation
import ReadinessFuzzTargets

// The fuzz target chosen with FUZZ_TARGET: csv, scanner, yaml, template, build, layout, expansion or workbook.
let fuzzTarget = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? "csv"

#if FUZZING
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
        FuzzTargets.run(fuzzTarget, Array(UnsafeBufferPointer(start: data, count: size)))
        return 0
    }
#else
    @main
    struct FuzzMain {
        /// Without the fuzzer, runs the chosen target over the files named on the command line
        /// (the crash regressions), so they can be replayed in any build.
        static func main() {
            for path in CommandLine.arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                FuzzTargets.run(fuzzTarget, Array(data))
            }
        }
    }
#endif
