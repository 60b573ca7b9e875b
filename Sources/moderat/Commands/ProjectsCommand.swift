import ArgumentParser
import Foundation
import ModeratCore
import ModeratStore

/// `moderat projects`: the Vorhabenliste (list of planned projects).
struct ProjectsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "projects",
        abstract: "The Vorhabenliste: list, add, edit, export projects; link a participation process to a project.",
        discussion: "Changes are for admins only (exit 1 otherwise). Bad input, an unknown or duplicate slug: exit 65.",
        subcommands: [ProjectsListCommand.self, ProjectsAddCommand.self, ProjectsEditCommand.self,
                      ProjectsExportCommand.self, ProjectsLinkCommand.self]
    )
}

/// The field options `projects add` and `projects edit` share.
struct ProjectFieldOptions: ParsableArguments {
    @Option(name: .long, help: "The project's title.")
    var title: String?
    @Option(name: .long, help: "Description and goals.")
    var description: String?
    @Option(name: .long, help: "Council decisions so far.")
    var councilDecisions: String?
    @Option(name: .long, help: "Current status.")
    var status: String?
    @Option(name: .long, help: "Next steps.")
    var nextSteps: String?
    @Option(name: .long, help: "Timing.")
    var timing: String?
    @Option(name: .long, help: "Cost where known (empty: unknown).")
    var cost: String?
    @Option(name: .long, help: "District(s) affected.")
    var districts: String?
    @Option(name: .long, help: "Topics.")
    var topics: String?
    @Option(name: .long, help: ArgumentHelp("Whether citizens take part.", valueName: "planned|running|done|none|open"))
    var participation: String?
    @Option(name: .long, help: "How citizens take part, or why not.")
    var participationNote: String?
    @Flag(name: .long, inversion: .prefixedNo, help: "Whether the advisory board (Beteiligungsbeirat) is involved.")
    var boardInvolved: Bool?
    @Option(name: .long, help: "Contact person.")
    var contact: String?
    @Option(name: .long, help: ArgumentHelp("Link for more information (http:// or https://; empty: none).", valueName: "url"))
    var link: String?

    var fields: ProjectFields {
        ProjectFields(title: title, description: description, councilDecisions: councilDecisions, status: status,
                      nextSteps: nextSteps, timing: timing, cost: cost, districts: districts, topics: topics,
                      participation: participation, participationNote: participationNote, boardInvolved: boardInvolved,
                      contact: contact, link: link)
    }
}

/// `moderat projects list`.
struct ProjectsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the projects of the Vorhabenliste.")

    @OptionGroup var global: GlobalOptions

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @Option(name: .long, help: "table or json.")
    var format: Format = .table

    func run() throws {
        try runReporting(global) {
            let database = try CommandContext(global).open(readOnly: true)
            let projects = try CommandFailure.wrap { try database.projects() }
            switch format {
            case .json:
                try CLIJSON.print(projects)
            case .table:
                say(CLITable.render(header: ["slug", "updated", "participation", "board", "processes", "title"], rows: projects.map { p in
                    [p.slug, p.updatedOn, p.participation.rawValue, p.boardInvolved ? "yes" : "no",
                     p.processes.map(\.slug).joined(separator: ","), p.title]
                }))
            }
        }
    }
}

/// `moderat projects add --slug S --title T …`.
struct ProjectsAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a project (admins only).")

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("The project's short name (lowercase letters, digits, hyphens).", valueName: "slug"))
    var slug: String

    @OptionGroup var options: ProjectFieldOptions

    func run() throws {
        try runReporting(global) {
            let store = try CommandContext(global).openStore()
            _ = try CommandFailure.wrap { try store.addProject(slug: slug, options.fields) }
            global.note(.projectAdded(slug))
        }
    }
}

/// `moderat projects edit SLUG …`: changes the given fields and the date updated.
struct ProjectsEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "edit", abstract: "Change a project's fields (admins only); sets its date updated.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The project to change.", valueName: "slug"))
    var slug: String

    @OptionGroup var options: ProjectFieldOptions

    func run() throws {
        try runReporting(global) {
            let store = try CommandContext(global).openStore()
            let changed = try CommandFailure.wrap { try store.editProject(slug: slug, options.fields) }
            global.note(.projectChanged(slug, fields: changed))
        }
    }
}

/// `moderat projects link PROCESS PROJECT`.
struct ProjectsLinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "link", abstract: "Make a participation process (and its comments) belong to a project (admins only).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The participation process.", valueName: "process-slug"))
    var process: String

    @Argument(help: ArgumentHelp("The project.", valueName: "project-slug"))
    var project: String

    func run() throws {
        try runReporting(global) {
            let store = try CommandContext(global).openStore()
            try CommandFailure.wrap { try store.linkProcess(processSlug: process, projectSlug: project) }
            global.note(.processLinked(process, project: project))
        }
    }
}

/// `moderat projects export --format md|html [-o FILE]`: the public list.
struct ProjectsExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "The public Vorhabenliste with every field, as Markdown or one self-contained HTML file.",
        discussion: "Labels follow --lang, then config, then LANG (German when none says otherwise)."
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "md or html.")
    var format: ProjectsExport.Format

    @OptionGroup var destination: OutputOption
    var output: String? { destination.output }

    func run() throws {
        try runExport(global) { database, language in
            let projects = try CommandFailure.wrap { try database.projects() }
            let text = ProjectsExport.render(projects, format: format, language: language, asOf: Date())
            try writeOutput(text, to: output)
            if let output { global.note(.wroteProjects(output, count: projects.count)) }
        }
    }
}

extension ProjectsExport.Format: ExpressibleByArgument {}
