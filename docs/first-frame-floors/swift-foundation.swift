// The C floor's work (the bench's FirstFrameFloor.program, its main renamed floor_main) in a Swift program that links Foundation, as GRDB needs.
import Foundation
@_silgen_name("floor_main") func floor_main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32
// Touch Foundation as any program that uses it would at start.
let home = ProcessInfo.processInfo.environment["HOME"] ?? ""
_ = URL(fileURLWithPath: home).path
exit(floor_main(CommandLine.argc, CommandLine.unsafeArgv))
