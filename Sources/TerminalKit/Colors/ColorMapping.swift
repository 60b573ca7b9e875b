/// Maps theme colours to the colour numbers a terminal of some capability understands.
public enum ColorMapping {
    /// The terminal colour number for `color`, or -1 for the terminal's own colour (and for
    /// everything when the terminal shows no colours). In truecolor mode the number is
    /// 0xRRGGBB, except 0-7 which direct-colour terminfo keeps for the ANSI palette.
    public static func terminalColor(_ color: Color, capability: ColorCapability) -> Int32 {
        guard capability.hasColor else { return -1 }
        switch color {
        case .default:
            return -1
        case .ansi(let n):
            return paletteColor(Int(n % 16), capability: capability)
        case .indexed(let n):
            return paletteColor(Int(n), capability: capability)
        case .rgb(let r, let g, let b):
            return rgbColor((Int(r), Int(g), Int(b)), capability: capability)
        }
    }

    static func paletteColor(_ n: Int, capability: ColorCapability) -> Int32 {
        switch capability {
        case .none, .monochrome: return -1
        case .eight: return n < 8 ? Int32(n) : n < 16 ? Int32(n - 8) : nearest(rgb(ofIndex: n), in: 0..<8)
        case .sixteen: return n < 16 ? Int32(n) : nearest(rgb(ofIndex: n), in: 0..<16)
        case .c256: return Int32(n)
        case .truecolor: return n < 8 ? Int32(n) : packed(rgb(ofIndex: n))
        }
    }

    static func rgbColor(_ c: (Int, Int, Int), capability: ColorCapability) -> Int32 {
        switch capability {
        case .none, .monochrome: return -1
        case .eight: return nearest(c, in: 0..<8)
        case .sixteen: return nearest(c, in: 0..<16)
        // The first 16 entries are themable by the user; the cube and grey ramp are fixed.
        case .c256: return nearest(c, in: 16..<256)
        case .truecolor: return packed(c)
        }
    }

    /// 0xRRGGBB, nudged off 0-7 which direct-colour terminals read as palette entries.
    static func packed(_ c: (Int, Int, Int)) -> Int32 {
        let value = Int32(c.0 << 16 | c.1 << 8 | c.2)
        return value < 8 ? 8 : value
    }

    static func nearest(_ c: (Int, Int, Int), in range: Range<Int>) -> Int32 {
        var best = range.lowerBound
        var bestDistance = Int.max
        for n in range {
            let p = rgb(ofIndex: n)
            // Weighted distance: the eye is most sensitive to green, least to blue.
            let d = 3 * (p.0 - c.0) * (p.0 - c.0) + 4 * (p.1 - c.1) * (p.1 - c.1) + 2 * (p.2 - c.2) * (p.2 - c.2)
            if d < bestDistance { best = n; bestDistance = d }
        }
        return Int32(best)
    }

    /// The xterm default RGB of palette entry n (0-255).
    static func rgb(ofIndex n: Int) -> (Int, Int, Int) {
        let basic: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        if n < 16 { return basic[max(0, n)] }
        if n < 232 {
            let steps = [0, 95, 135, 175, 215, 255]
            let i = n - 16
            return (steps[i / 36], steps[(i / 6) % 6], steps[i % 6])
        }
        let grey = 8 + 10 * (n - 232)
        return (grey, grey, grey)
    }
}
