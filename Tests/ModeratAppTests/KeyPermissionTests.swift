import ModeratCore
import Testing
@testable import ModeratApp

/// What a key binding that needs a role says, in both languages.
@Suite("key bindings that need a role")
struct KeyPermissionTests {
    @Test("the help names the roles that may, from Role.may, never a code")
    func whoMay() {
        let en = Localizer(.en), de = Localizer(.de)
        #expect(en(.permission(.onlyFor(.editRoster))) == "admins only")
        #expect(de(.permission(.onlyFor(.editRoster))) == "nur Administration")
        #expect(en(.permission(.onlyFor(.writeMinutes))) == "secretaries and admins only")
        #expect(en(.permission(.onlyFor(.decideComments))) == "moderators and admins only")
        for action in Action.allCases where action != .read {
            #expect(!en(.permission(.onlyFor(action))).contains(action.rawValue))
            #expect(!de(.permission(.onlyFor(action))).contains(action.rawValue))
        }
    }

    @Test("a refusal names who may and the account's own role, or that it is not on the list")
    func refusal() {
        let en = Localizer(.en)
        #expect(en(.permission(.refused(.editProjects, role: .secretary))) == "Not allowed: admins only (your role: secretary). Nothing was changed.")
        #expect(en(.permission(.refused(.editRoster, role: nil))) == "Not allowed: admins only (your account is not on moderat's list). Nothing was changed.")
    }

    @Test("the README line of a bound key says who may use it; a key anyone may use says nothing more")
    func readmeLines() {
        let lines = RosterKeys.bindings.helpLines(Localizer(.en))
        #expect(lines.map(\.description) == ["add a term to the seat (admins only)", "edit the seat's term (admins only)", "end the seat's term (admins only)"])
        #expect(ListKeys.bindings.helpLines(Localizer(.en)).allSatisfy { !$0.description.contains("only") })
    }
}
