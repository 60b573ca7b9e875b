import Foundation
import PackagePlugin

/// Writes the git commit the sources are at into the `moderat` target before each build
/// (`buildCommit`), so `moderat bench` names it wherever the binary runs, with no git then.
/// Outside a git checkout (a source tarball) the commit is empty. The file is rewritten only
/// when the commit changes, so an unchanged tree recompiles nothing.
@main
struct BuildCommit: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let output = context.pluginWorkDirectoryURL.appending(path: "Generated")
        let script = #"""
            out="$1/BuildCommit.swift"
            mkdir -p "$1"
            commit=$(git -C "$2" rev-parse --short HEAD 2>/dev/null || true)
            if [ -n "$commit" ] && ! git -C "$2" diff --quiet HEAD -- 2>/dev/null; then commit="$commit-dirty"; fi
            printf '/// The commit this binary was built from (empty outside a git checkout).\nlet buildCommit = "%s"\n' "$commit" > "$out.new"
            if cmp -s "$out.new" "$out"; then rm -f "$out.new"; else mv "$out.new" "$out"; fi
            """#
        return [.prebuildCommand(displayName: "Embedding the git commit of \(target.name)",
                                 executable: URL(fileURLWithPath: "/bin/sh"),
                                 arguments: ["-c", script, "sh", output.path, context.package.directoryURL.path],
                                 outputFilesDirectory: output)]
    }
}
