import Foundation

/// The replay mode of a plain build (no libFuzzer): reproducers, corpora, and variations of them.
extension FuzzMain {
    /// Runs every file (directories: every file in them) through the target once; with
    /// `--mutations N [--seed S]` then N variations of them (`SeedMutator`), each written to
    /// `--last-input PATH` first, so after a crash that file is the input that caused it.
    static func replay(target: FuzzTarget, paths: [String]) -> Int32 {
        var options = ReplayOptions()
        var files: [String] = []
        var rest = paths[...]
        while let path = rest.popFirst() {
            if path.hasPrefix("--") {
                guard let value = rest.popFirst(), options.set(path, value) else {
                    return usage("\(path): expected --mutations N, --seed N or --last-input PATH")
                }
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                return usage("\(path): no such file", code: 66)
            }
            if isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                files += names.sorted().map { "\(path)/\($0)" }
            } else {
                files.append(path)
            }
        }
        var seeds: [[UInt8]] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else { return usage("\(file): cannot read", code: 66) }
            target.run(data)
            seeds.append([UInt8](data))
        }
        guard options.mutations > 0 else {
            print("moderat-fuzz: \(target.rawValue): \(files.count) inputs replayed, no finding")
            return 0
        }
        guard !seeds.isEmpty else { return usage("--mutations needs at least one seed file") }
        let lastInput = URL(fileURLWithPath: options.lastInput ?? NSTemporaryDirectory() + "moderat-fuzz-\(target.rawValue)-last-input")
        var mutator = SeedMutator(seed: options.seed)
        var input = seeds[0]
        for round in 0..<options.mutations {
            // Half the time mutate a fresh seed, else keep mutating the last variation (deeper changes).
            if round.isMultiple(of: 2) { input = seeds[round / 2 % seeds.count] }
            input = mutator.mutate(input, other: seeds[(round / 2 + 1) % seeds.count])
            let data = Data(input)
            do {
                try data.write(to: lastInput)
            } catch {
                return usage("cannot write \(lastInput.path): \(error)", code: 73)
            }
            target.run(data)
        }
        try? FileManager.default.removeItem(at: lastInput)
        print("moderat-fuzz: \(target.rawValue): \(files.count) inputs replayed, \(options.mutations) variations (seed \(options.seed)), no finding")
        return 0
    }

    /// The replay mode's options.
    struct ReplayOptions {
        var mutations = 0
        var seed: UInt64 = 1
        var lastInput: String?

        mutating func set(_ name: String, _ value: String) -> Bool {
            switch name {
            case "--mutations": guard let n = Int(value), n >= 0 else { return false }; mutations = n
            case "--seed": guard let n = UInt64(value) else { return false }; seed = n
            case "--last-input": lastInput = value
            default: return false
            }
            return true
        }
    }

    private static func usage(_ message: String, code: Int32 = 64) -> Int32 {
        FileHandle.standardError.write(Data("moderat-fuzz: \(message)\n".utf8))
        return code
    }
}
