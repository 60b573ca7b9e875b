// The C floor's work (the bench's FirstFrameFloor.program, its main renamed floor_main) in a Swift program that uses only the standard library.
import Glibc
@_silgen_name("floor_main") func floor_main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32
let home = String(cString: getenv("HOME"))
_ = home.count
exit(floor_main(CommandLine.argc, CommandLine.unsafeArgv))
