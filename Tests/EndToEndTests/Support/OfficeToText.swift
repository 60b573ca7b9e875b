import Foundation

/// Opens an office document in LibreOffice (headless), converts it to PDF and returns the
/// PDF's text as `pdftotext` reads it: what a reader of the printed document would see.
enum OfficeToText {
    /// - Parameters:
    ///   - data: the document's bytes; `fileExtension` "odt" or "docx" tells LibreOffice the format.
    static func text(of data: Data, fileExtension: String, in workspace: TempWorkspace) async throws -> String {
        guard let soffice = E2ETool.soffice.path, let pdftotext = E2ETool.pdftotext.path else {
            throw E2EError("soffice or pdftotext is not installed")
        }
        let name = "doc-\(UUID().uuidString.prefix(8))"
        let input = workspace.path("\(name).\(fileExtension)")
        try data.write(to: input)
        // A profile of its own: LibreOffice refuses to start twice on one profile.
        let profile = workspace.path("lo-profile-\(name)")
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = workspace.home.path
        try await ProcessRunner.check([
            soffice, "-env:UserInstallation=file://\(profile.path)", "--headless", "--norestore",
            "--convert-to", "pdf", "--outdir", workspace.root.path, input.path,
        ], environment: environment, timeout: .seconds(180))
        let pdf = workspace.path("\(name).pdf")
        guard FileManager.default.fileExists(atPath: pdf.path) else {
            throw E2EError("LibreOffice wrote no PDF for \(input.lastPathComponent) (it could not open the file)")
        }
        return try await ProcessRunner.check([pdftotext, "-enc", "UTF-8", pdf.path, "-"], timeout: .seconds(60)).stdout
    }
}
