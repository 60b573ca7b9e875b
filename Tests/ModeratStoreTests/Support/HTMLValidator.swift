import Foundation
import Testing

/// Checks an HTML document with python3's html.parser plus a strict tag-balance check:
/// every non-void element closed in order, nothing after </html>, no <script>. Returns the
/// problems found (empty: fine). Without python3 the test is skipped with a message (fails
/// under MODERAT_REQUIRE_E2E=1).
enum HTMLValidator {
    static let script = #"""
    import sys
    from html.parser import HTMLParser
    VOID = {"area","base","br","col","embed","hr","img","input","link","meta","source","track","wbr"}
    class Strict(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.stack, self.problems, self.doctype, self.closed = [], [], False, False
        def handle_decl(self, decl):
            self.doctype = self.doctype or decl.lower() == "doctype html"
        def handle_starttag(self, tag, attrs):
            if self.closed: self.problems.append(f"<{tag}> after </html> at {self.getpos()}")
            if tag == "script": self.problems.append(f"script element at {self.getpos()}")
            if tag not in VOID: self.stack.append((tag, self.getpos()))
        def handle_startendtag(self, tag, attrs):
            if tag not in VOID: self.problems.append(f"self-closed <{tag}/> at {self.getpos()}")
        def handle_endtag(self, tag):
            if tag in VOID: self.problems.append(f"end tag for void <{tag}> at {self.getpos()}"); return
            if not self.stack or self.stack[-1][0] != tag:
                self.problems.append(f"</{tag}> at {self.getpos()} does not close {self.stack[-1] if self.stack else 'anything'}")
                return
            self.stack.pop()
            if tag == "html": self.closed = True
    p = Strict()
    p.feed(sys.stdin.read())
    p.close()
    if not p.doctype: p.problems.append("no <!DOCTYPE html>")
    for tag, pos in p.stack: p.problems.append(f"<{tag}> at {pos} never closed")
    print("\n".join(p.problems))
    """#

    static func problems(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let python = try ToolRequirement.require("python3", install: "apt-get install python3", sourceLocation: sourceLocation)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(html.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return ["python3 exited with \(process.terminationStatus)"] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }
}
