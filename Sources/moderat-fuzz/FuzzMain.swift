import Foundation
#if MODERAT_FUZZ
import CLibFuzzer
#endif

/// `moderat-fuzz TARGET [FILE…]`: the fuzz targets of moderat's untrusted-input paths.
///
/// Built normally it replays files (a crash reproducer, a corpus) through a target, and with
/// `--mutations N` variations of them too (what `swift test` runs). Built with
/// `-sanitize=fuzzer -D MODERAT_FUZZ` it hands the command line to libFuzzer; the target then
/// comes from the first argument or `MODERAT_FUZZ_TARGET` (kept for libFuzzer's child processes).
/// See `.ci/fuzz`.
@main
enum FuzzMain {
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        let named = arguments.first.flatMap(FuzzTarget.init(rawValue:))
        if named != nil { arguments.removeFirst() }
        guard let target = named ?? ProcessInfo.processInfo.environment[FuzzTarget.environmentVariable].flatMap(FuzzTarget.init(rawValue:)) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("usage: moderat-fuzz TARGET [--mutations N [--seed N] [--last-input PATH]] [FILE…] (targets: \(names); or \(FuzzTarget.environmentVariable)=TARGET)\n".utf8))
            exit(64)
        }
        setenv(FuzzTarget.environmentVariable, target.rawValue, 1)
        #if MODERAT_FUZZ
        exit(runLibFuzzer(target: target, arguments: arguments))
        #else
        exit(replay(target: target, paths: arguments))
        #endif
    }

    #if MODERAT_FUZZ
    nonisolated(unsafe) static var current = FuzzTarget.sanitizer

    static func runLibFuzzer(target: FuzzTarget, arguments: [String]) -> Int32 {
        current = target
        var argv: [UnsafeMutablePointer<CChar>?] = ([CommandLine.arguments[0]] + arguments).map { strdup($0) } + [nil]
        var argc = Int32(argv.count - 1)
        return argv.withUnsafeMutableBufferPointer { buffer in
            var pointer = buffer.baseAddress
            return LLVMFuzzerRunDriver(&argc, &pointer) { data, size in
                FuzzMain.current.run(data.map { Data(bytes: $0, count: size) } ?? Data())
                return 0
            }
        }
    }
    #endif
}
