import Foundation
import TerminalKit

extension ThemeLoader {
    /// moderat's theme search path: `$XDG_CONFIG_HOME/moderat/themes`, then
    /// `$MODERAT_THEMES_DIR` and the shipped `themes/` (README, "Where files live").
    static func moderat(environment: [String: String] = ProcessInfo.processInfo.environment,
                        executablePath: String? = ExecutablePath.current()) -> ThemeLoader {
        var loader = ThemeLoader(appName: "moderat", directoryVariable: "MODERAT_THEMES_DIR",
                                 environment: environment, executablePath: executablePath)
        loader.fallback = .builtinDefault
        // themes/default.theme ends with the newline the string literal leaves out.
        loader.fallbackText = DefaultThemeText.text + "\n"
        loader.roles = ThemeRole.moderat
        return loader
    }
}
