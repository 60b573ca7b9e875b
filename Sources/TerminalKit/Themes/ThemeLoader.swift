import Foundation

/// What loading a theme gave: always a usable theme, and warnings to show the user.
public struct ThemeLoadResult: Sendable {
    public var theme: Theme
    /// Human messages such as "~/.config/APP/themes/dark.theme:3: unknown colour 'blu'".
    public var warnings: [String]
    /// The file the theme came from; nil for the built-in default.
    public var path: String?
}

/// Finds theme files by name: the user's directory first, then the shipped ones.
public struct ThemeLoader: Sendable {
    /// `$XDG_CONFIG_HOME/APP/themes`, default `~/.config/APP/themes`.
    public var userDirectory: String
    /// `$APP_THEMES_DIR`, `<exe dir>/themes`, `<exe dir>/../share/APP/themes`, and
    /// `themes/` next to the `Package.swift` of a development checkout above the executable.
    public var shippedDirectories: [String]
    /// The application's default theme: what a missing or broken file gives, and where the
    /// roles a file leaves out come from. Empty (every role plain) until the application sets it.
    public var fallback = Theme(name: "default", styles: [:])
    /// The text `fallback` was parsed from, if the application says so: a file holding exactly
    /// this text (a shipped default.theme is the built-in one) gives the fallback's styles
    /// without being parsed a second time at every start.
    public var fallbackText: String?
    /// The roles theme files may set (TerminalKit's and the application's).
    public var roles = ThemeRole.standard

    public init(userDirectory: String, shippedDirectories: [String]) {
        self.userDirectory = userDirectory
        self.shippedDirectories = shippedDirectories
    }

    /// The standard search path of an application called `appName` whose shipped themes may
    /// also be named by the variable `directoryVariable`, from an environment and the running
    /// executable's path (both injectable for tests).
    public init(appName: String, directoryVariable: String,
                environment: [String: String] = ProcessInfo.processInfo.environment,
                executablePath: String? = ExecutablePath.current()) {
        let home = environment["HOME"] ?? NSHomeDirectory()
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.config"
        var shipped: [String] = []
        if let dir = environment[directoryVariable], !dir.isEmpty { shipped.append(dir) }
        if let exe = executablePath {
            let exeDir = URL(fileURLWithPath: exe).resolvingSymlinksInPath().deletingLastPathComponent()
            shipped.append(exeDir.appendingPathComponent("themes").path)
            shipped.append(exeDir.deletingLastPathComponent().appendingPathComponent("share/\(appName)/themes").path)
            if let checkout = Self.checkoutThemes(above: exeDir) { shipped.append(checkout) }
        }
        self.init(userDirectory: config + "/\(appName)/themes", shippedDirectories: shipped)
    }

    /// Every directory searched, in order.
    public var searchPath: [String] { [userDirectory] + shippedDirectories }

    /// The theme called `name` (or at a path, if `name` contains a slash). Unknown names and
    /// broken files give the built-in default and a warning, so the app always starts.
    public func load(named name: String) -> ThemeLoadResult {
        if name == "default" && path(forTheme: name) == nil {
            return ThemeLoadResult(theme: fallback, warnings: [], path: nil)
        }
        guard let path = path(forTheme: name) else {
            let warning = "theme '\(name)' not found (a name from \(searchPath.joined(separator: ", ")), or a path to a .theme file); using the default theme"
            return ThemeLoadResult(theme: fallback, warnings: [warning], path: nil)
        }
        return load(path: path, name: Self.themeName(ofFile: path))
    }

    /// Parses one file; a broken file gives the default theme and one warning per mistake.
    public func load(path: String, name: String) -> ThemeLoadResult {
        guard let data = FileManager.default.contents(atPath: path) else {
            return ThemeLoadResult(theme: fallback, warnings: ["\(path): cannot be read; using the default theme"], path: nil)
        }
        let text = String(decoding: data, as: UTF8.self)
        if let fallbackText, text == fallbackText {
            return ThemeLoadResult(theme: Theme(name: name, styles: fallback.styles), warnings: [], path: path)
        }
        do {
            let theme = try ThemeParser.parse(text, name: name, file: path, base: fallback, roles: roles)
            return ThemeLoadResult(theme: theme, warnings: [], path: path)
        } catch {
            let warnings = error.errors.map(\.description) + ["theme '\(name)' has mistakes; using the default theme"]
            return ThemeLoadResult(theme: fallback, warnings: warnings, path: nil)
        }
    }

    /// The file a name refers to, the user's directory winning over the shipped ones.
    /// A path is taken only when it names a regular `.theme` file, and a name only when it is
    /// a plain file name, so `--theme /etc/shadow` or `../../x` reads nothing (a setgid application
    /// must not show a line of a file its caller could not read).
    public func path(forTheme name: String) -> String? {
        if name.contains("/") {
            var isDirectory: ObjCBool = false
            guard name.hasSuffix(".theme"), FileManager.default.fileExists(atPath: name, isDirectory: &isDirectory),
                  !isDirectory.boolValue else { return nil }
            return name
        }
        guard !name.isEmpty, !name.hasPrefix("."),
              name.unicodeScalars.allSatisfy({ $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0)) })
        else { return nil }
        for directory in searchPath {
            let candidate = directory + "/" + name + ".theme"
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The names of every theme found, sorted, each once.
    public func availableThemeNames() -> [String] {
        var names: Set<String> = ["default"]
        for directory in searchPath {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            for file in files where file.hasSuffix(".theme") { names.insert(String(file.dropLast(6))) }
        }
        return names.sorted()
    }

    static func themeName(ofFile path: String) -> String {
        let file = URL(fileURLWithPath: path).lastPathComponent
        return file.hasSuffix(".theme") ? String(file.dropLast(6)) : file
    }

    /// A development checkout runs .build/debug/APP: find `themes/` beside Package.swift.
    static func checkoutThemes(above start: URL) -> String? {
        var dir = start
        while dir.path != "/" && !dir.path.isEmpty {
            let themes = dir.appendingPathComponent("themes").path
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path),
               FileManager.default.fileExists(atPath: themes, isDirectory: &isDirectory), isDirectory.boolValue {
                return themes
            }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }
}
