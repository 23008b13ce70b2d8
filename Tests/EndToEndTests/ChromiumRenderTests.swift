import Foundation
import TestSupport
import Testing

/// Renders the seed report.html in headless Chromium and checks the screenshot is not blank.
@Suite struct ChromiumRenderTests {
    @Test(.enabled(if: Chromium.path != nil, "chromium not installed (apt-get install chromium); CI installs it"))
    func seedReportRendersNonBlank() async throws {
        let chromium = try #require(Chromium.path)
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let out = scratch.path + "/out"
        #expect(try await ReconcileRunner.run(["run", "Inputs", "--db", scratch.path + "/history.sqlite", "--out", out, "--format", "html"]).status == 0)
        let png = scratch.path + "/report.png"
        let render = try Chromium.screenshot(chromium, page: out + "/report.html", to: png, profile: scratch.path + "/profile")
        #expect(render.status == 0, "chromium: \(render.stderr)")
        if let keep = ProcessInfo.processInfo.environment["KEEP_SCREENSHOT"] {
            try? FileManager.default.removeItem(atPath: keep)
            try FileManager.default.copyItem(atPath: png, toPath: keep)
        }
        let size = (try FileManager.default.attributesOfItem(atPath: png)[.size] as? Int) ?? 0
        #expect(size > 20_000, "a blank 1200×900 screenshot is a few KB; got \(size) bytes")
        let stats = try ProcessRunner.python(["-c", PNGStats.script, png])
        #expect(stats.status == 0, "python: \(stats.stderr)")
        let numbers = stats.stdout.split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        #expect(numbers.count == 4, "python: \(stats.stdout)")
        if numbers.count == 4 {
            #expect(numbers[0] == 1200 && numbers[1] == 900, "window size")
            #expect(numbers[2] > 0.05, "share of non-white pixels: \(numbers[2])")
            #expect(numbers[3] > 0.002, "share of strongly coloured pixels (badges, highlights): \(numbers[3])")
        }
    }
}

/// Finds and drives a headless Chromium.
enum Chromium {
    /// `$CHROMIUM_BIN`, else the first `chromium`/`chromium-browser`/`google-chrome` on PATH.
    static let path: String? = {
        let environment = ProcessInfo.processInfo.environment
        if let explicit = environment["CHROMIUM_BIN"], FileManager.default.isExecutableFile(atPath: explicit) {
            return explicit
        }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }()

    /// Screenshots `page` at 1200×900 (`--no-sandbox` so it also runs as root in CI).
    static func screenshot(_ chromium: String, page: String, to png: String, profile: String) throws -> CommandResult {
        try ProcessRunner.run(chromium, [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
            "--user-data-dir=\(profile)", "--window-size=1200,900", "--screenshot=\(png)",
            URL(fileURLWithPath: page).absoluteString,
        ], timeout: 90)
    }
}

/// Decodes an 8-bit RGB(A) PNG with the standard library and prints
/// `width height nonWhiteShare colouredShare`.
enum PNGStats {
    static let script = #"""
import struct, sys, zlib
data = open(sys.argv[1], 'rb').read()
assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
pos, idat, w = 8, b'', 0
while pos < len(data):
    n, kind = struct.unpack('>I4s', data[pos:pos + 8]); body = data[pos + 8:pos + 8 + n]; pos += 12 + n
    if kind == b'IHDR': w, h, depth, ctype = struct.unpack('>IIBB', body[:10])
    elif kind == b'IDAT': idat += body
assert depth == 8 and ctype in (2, 6), 'expected 8-bit RGB or RGBA'
bpp = 3 if ctype == 2 else 4; stride = w * bpp; raw = zlib.decompress(idat)
prev = bytearray(stride); nonwhite = coloured = 0
for y in range(h):
    f = raw[y * (stride + 1)]; line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for i in range(stride):
        a = line[i - bpp] if i >= bpp else 0; b = prev[i]; c = prev[i - bpp] if i >= bpp else 0
        if f == 1: line[i] = (line[i] + a) & 255
        elif f == 2: line[i] = (line[i] + b) & 255
        elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    for x in range(0, stride, bpp):
        r, g, bl = line[x], line[x + 1], line[x + 2]
        if min(r, g, bl) < 235: nonwhite += 1
        if max(r, g, bl) - min(r, g, bl) > 60: coloured += 1
    prev = line
print(w, h, nonwhite / (w * h), coloured / (w * h))
"""#
}
