import Foundation
import Testing

@testable import CutBook

/// The directive registry, the single source of the reference.
struct RegistryTests {
    @Test func committedReferenceIsCurrent() throws {
        let file = Support.packageRoot.appendingPathComponent("docs/directives.md")
        let committed = try String(contentsOf: file, encoding: .utf8)
        #expect(
            committed == ReferenceWriter.markdown(),
            "docs/directives.md is stale: run `cutbook directives --markdown > docs/directives.md`")
    }

    @Test func everyStudyVerbExists() {
        for verb in ["data", "train", "scan", "plot", "table", "value", "log", "assert", "include"]
        {
            #expect(DirectiveRegistry.verb(named: verb) != nil, "missing verb \(verb)")
        }
    }

    @Test func everyOptionHasHelpAndValidDefault() {
        for verb in DirectiveRegistry.written {
            let spec = verb.spec
            #expect(!spec.summary.isEmpty)
            #expect(!spec.examples.isEmpty)
            for option in spec.options {
                #expect(!option.help.isEmpty, "\(verb) \(option.name) has no help")
                #expect(
                    !(option.isRequired && option.defaultValue != nil),
                    "\(verb) \(option.name)")
            }
            #expect(
                Set(spec.options.map(\.name)).count == spec.options.count,
                "\(verb) repeats an option")
        }
    }

    /// Definitions of the names the examples use, added unless the example defines the name.
    static let prelude: [(name: String, line: String)] = [
        ("d1", "<<data d1 as=d1>>"), ("d3", "<<data d3 as=d3>>"), ("d4", "<<data d4 as=d4>>"),
        ("ml", "<<data d1-ml as=ml>>"), ("brute", "<<scan loss on=d1 as=brute>>"),
        ("grad", "<<scan gradient on=d1 as=grad>>"),
        ("fit", "<<train cuts erf on=d1 epochs=2 as=fit>>"),
        ("sig2d", "<<train cuts sigmoid on=d3 epochs=2 init=1,1 as=sig2d>>"),
        ("ev", "<<data d3 as=ev>>"),
        ("net", "<<train model model=\"sigmoid(mlp(2,15,30,15,1))\" on=d4 epochs=2 as=net>>"),
        ("ev_train", "<<data split of=ev fraction=0.5 as=ev_train,ev_test>>"),
        ("s", "<<train model model=\"sigmoid(mlp(2,3,1))\" on=d4 epochs=2 seeds=1..2 as=s>>"),
    ]

    @Test(
        arguments: DirectiveRegistry.written.flatMap { verb in
            verb.spec.examples.map { (verb.rawValue, $0) }
        })
    func exampleIsValid(verb: String, example: String) throws {
        let parent = try Support.temporaryFolder()
        var text = ""
        for (name, line) in Self.prelude
        where !example.contains("as=\(name) ") && !example.contains("as=\(name)>")
            && !example.contains("as=\(name),")
        {
            text += line + "\n"
        }
        text += example + "\n"
        let folder = try Support.writeReport(in: parent, chapters: [("page", text)])
        try "x,y,label\n1,2,1\n".write(
            to: folder.appendingPathComponent("events.csv"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("shared"), withIntermediateDirectories: true)
        try "Notation.\n".write(
            to: folder.appendingPathComponent("shared/notation.md"), atomically: true,
            encoding: .utf8)
        let found = Support.headlines { try Support.check(folder) }
        #expect(found == nil, "example \(example): \(found ?? [])")
    }
}
