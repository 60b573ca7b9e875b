import Foundation

/// Turns a row of Decidim's comment export (CSV or JSON, keys flattened with "/") into a
/// record, following the fields of Decidim's comment serializer.
public enum DecidimMapping {
    /// Decidim names replies' parents by this commentable type.
    static let commentType = "Decidim::Comments::Comment"

    static func record(_ row: RawImportRow) throws -> ImportRecord {
        let f = row
        func fail(_ problem: ImportProblem) -> ImportRowError { ImportRowError(line: row.line, problem) }
        guard let id = ImportText.value(f["id"]) else { throw fail(.noId) }
        let locale = ImportText.value(f["locale"])
        guard let rawBody = body(f, locale: locale) else { throw fail(.noBody(id: id)) }
        guard let rawTime = ImportText.value(f["created_at"]) else { throw fail(.noCreatedAt(id: id)) }
        guard let createdAt = ImportTimestamp.stored(rawTime) else {
            throw fail(.createdAtNotATime(rawTime))
        }
        let alignment = try Self.alignment(f["alignment"], fail: fail)
        var authorId = ImportText.value(f["author/id"])
        var authorName = ImportText.value(f["author/name"]).map(ImportText.normalise)
        // Older exports: a comment posted on behalf of a user group shows the group publicly.
        if let groupId = ImportText.value(f["user_group/id"]) {
            authorId = "group:" + groupId
            authorName = ImportText.value(f["user_group/name"]).map(ImportText.normalise) ?? authorName
        }
        var parent: String?
        if let type = ImportText.value(f["commentable_type"]), type == commentType || type.hasSuffix("::Comment") {
            guard let parentId = ImportText.value(f["commentable_id"]) else { throw fail(.replyWithoutParent(id: id)) }
            guard parentId != id else { throw fail(.repliesToItself(id: id)) }
            parent = parentId
        }
        return ImportRecord(externalId: id, body: ImportText.normalise(rawBody), locale: locale,
                            authorExternalId: authorId, authorName: authorName, alignment: alignment,
                            createdAt: createdAt, parentExternalId: parent,
                            rootURL: ImportText.value(f["root_commentable_url"]), line: row.line)
    }

    /// A plain body, or from a per-locale body the row's locale, then German, then the first
    /// locale by name; machine translations are never taken.
    static func body(_ f: RawImportRow, locale: String?) -> String? {
        if let plain = f["body"], ImportText.value(plain) != nil { return plain }
        var candidates = [String]()
        if let locale { candidates.append("body/" + locale) }
        candidates.append("body/de")
        for key in candidates { if let text = f[key], ImportText.value(text) != nil { return text } }
        let others = f.columns.names.filter { $0.hasPrefix("body/") && !$0.contains("machine_translations") }.sorted()
        for key in others { if let text = f[key], ImportText.value(text) != nil { return text } }
        return nil
    }

    static func alignment(_ text: String?, fail: (ImportProblem) -> ImportRowError) throws -> Int? {
        guard let text = ImportText.value(text) else { return nil }
        guard let value = Int(text), (-1 ... 1).contains(value) else { throw fail(.alignment(text)) }
        return value
    }

    /// The process slug a thread's URL suggests: the Decidim space slug in
    /// ".../processes/SLUG/..." (or assemblies, conferences, initiatives), else host and path.
    public static func processSlug(fromURL text: String?) -> String? {
        guard let text, let url = URL(string: text), let host = url.host else { return nil }
        let parts = url.path.split(separator: "/").map(String.init)
        for space in ["processes", "assemblies", "conferences", "initiatives"] {
            if let index = parts.firstIndex(of: space), index + 1 < parts.count { return slugify(parts[index + 1]) }
        }
        return slugify(([host] + parts).joined(separator: "-"))
    }

    static func slugify(_ text: String) -> String? {
        var out = ""
        var dash = false
        for scalar in text.lowercased().unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar), scalar.isASCII { out.unicodeScalars.append(scalar); dash = false }
            else if !dash && !out.isEmpty { out.append("-"); dash = true }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? nil : String(out.prefix(60))
    }
}
