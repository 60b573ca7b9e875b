import ModeratCore
import Yams

extension ConfigLoader {
    /// `similarity:` — the thresholds of campaign and wave detection, each optional:
    /// near_identical (0…1), burst_comments, burst_minutes, new_accounts, new_account_hours.
    static func similarity(_ node: Node, file: String) throws -> SimilarityThresholds {
        let known = ["near_identical", "campaign_authors", "burst_comments", "burst_minutes", "new_accounts", "new_account_hours"]
        guard let map = node.mapping else {
            throw ConfigError(file: file, line: lineOf(node), problem: .similarityNotAMapping(known: known))
        }
        var thresholds = SimilarityThresholds()
        for (keyNode, value) in map {
            let key = keyNode.string ?? ""
            let raw = value.scalar?.string ?? ""
            func count() throws -> Int {
                guard let number = Int(raw), number >= 1 else {
                    throw ConfigError(file: file, line: lineOf(keyNode), problem: .notAWholeNumber(key: "similarity.\(key)", value: raw))
                }
                return number
            }
            switch key {
            case "near_identical":
                guard let share = Double(raw), share > 0, share <= 1 else {
                    throw ConfigError(file: file, line: lineOf(keyNode), problem: .notAShare(key: "similarity.near_identical", value: raw))
                }
                thresholds.nearIdentical = share
            case "campaign_authors": thresholds.campaignAuthors = try count()
            case "burst_comments": thresholds.burstComments = try count()
            case "burst_minutes": thresholds.burstMinutes = try count()
            case "new_accounts": thresholds.newAccounts = try count()
            case "new_account_hours": thresholds.newAccountHours = try count()
            default:
                throw ConfigError(file: file, line: lineOf(keyNode), problem: .unknownSetting(key, section: "similarity", known: known))
            }
        }
        return thresholds
    }
}
