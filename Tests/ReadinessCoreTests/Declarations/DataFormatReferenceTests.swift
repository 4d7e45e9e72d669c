import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// docs/data-format.md's column tables are the declarations': set RECORD_SNAPSHOTS=1 to write
/// them again after changing a declaration.
@Suite("Data format reference")
struct DataFormatReferenceTests {
    static let doc = Support.packageRoot.appendingPathComponent("docs/data-format.md")

    @Test("every declared file has a table in docs/data-format.md")
    func everyFileMarked() throws {
        let text = try String(contentsOf: Self.doc, encoding: .utf8)
        #expect(DataFormatReference.markedFiles(in: text) == DataFiles.all.map(\.name))
    }

    @Test("the doc's tables are the ones generated from the declarations")
    func tablesMatch() throws {
        try Support.expectGenerated("docs/data-format.md", rerun: "DataFormatReference") {
            DataFormatReference.updating($0)
        }
    }

    @Test("a table lists each column with its presence, kind, summary and aliases")
    func tableRows() {
        let file = DataFileDeclaration(
            "t.csv", purpose: "a test",
            columns: [
                ColumnKey.date("Due date", aliases: ["Due"], summary: "when it is due").column,
                ColumnKey.evidenceLinks("Evidence", required: false, summary: "links").column,
            ])
        #expect(
            DataFormatReference.table(file)
                == """
                | column | required | accepts | what it holds | aliases |
                | --- | --- | --- | --- | --- |
                | Due date | yes | a date | when it is due | Due |
                | Evidence | no | links separated by `;` or line breaks, each `address` or `label \\| address` | links | |
                """)
    }

    @Test("a drifted table is replaced, the text around it kept")
    func updating() {
        let file = DataFileDeclaration("t.csv", purpose: "a test", columns: [DataColumn("Name", summary: "a name")])
        let doc = "before\n<!-- columns: t.csv -->\n| old |\n<!-- end columns -->\nafter\n"
        #expect(
            DataFormatReference.updating(doc, files: [file])
                == "before\n<!-- columns: t.csv -->\n| column | required | accepts | what it holds | aliases |\n| --- | --- | --- | --- | --- |\n| Name | yes | text | a name | |\n<!-- end columns -->\nafter\n"
        )
    }

    @Test("the personal headings templates may not ask for are the declared personal columns")
    func personalHeadings() {
        // Every heading PersonalFields listed by hand before it was derived from the declarations.
        let before = [
            "Child Unique ID", "Child ID", "Unique ID", "UPN", "NHS Number", "Date of Birth", "DOB", "Gender",
            "Ethnicity", "Age of Child (Years)", "Does the Child have a Disability", "Allocated Worker", "Worker",
            "Worker Name", "Postcode", "Address", "Child Name", "Forename", "Surname", "First Name", "Last Name",
        ]
        #expect(Set(before).isSubset(of: Set(PersonalFields.headings)))
        #expect(
            Set(PersonalFields.headings).subtracting(before)
                == [
                    "Age", "Disability", "Worker ID", "Social worker", "Staff name", "Staff ID", "Family identifier",
                    "Family ID", "Individual adopter identifier", "Adopter ID", "Placement postcode",
                    "URN of Placement",
                ])
        // Of the tables, only supervisions.csv names a person (a worker): never a child.
        #expect(
            DataFiles.tables.filter { !$0.personalColumns.isEmpty }.map(\.name) == [SupervisionsFile.declaration.name])
        for list in AnnexAList.all {
            #expect(list.declaration.personalColumns.count == AnnexAList.personalColumns.count)
        }
    }
}
