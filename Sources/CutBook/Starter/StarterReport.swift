import Foundation

/// The small report `cutbook init DIR` writes: it builds as it is (a built-in data set, a scan,
/// a figure and numbers in the prose, with two parameters), and its README says what to change.
///
/// ```swift
/// try StarterReport.write(to: "/home/me/study")  // then: cutbook build /home/me/study
/// ```
public enum StarterReport {
    /// Why `init` refused a folder.
    ///
    /// ```swift
    /// do { try StarterReport.write(to: "notes") } catch let refusal as StarterReport.Refusal {
    ///     print("error: \(refusal)")  // refusing to create a report in 'notes': …
    /// }
    /// ```
    public struct Refusal: Error, Sendable, CustomStringConvertible {
        /// The one-line message: the folder, why, and what to do.
        public var description: String
    }

    /// The files of the starter report, by name, in the order they are written.
    static let files: [(name: String, text: String)] = [
        ("report.yml", settings),
        ("data.md", dataChapter),
        ("scan.md", scanChapter),
        ("README.md", readme),
        (".gitignore", "\(ReportPaths.outputFolderName)/\n\(ReportPaths.cacheFolderName)/\n"),
    ]

    /// Writes the starter report into `directory`, creating it (and the folders above it)
    /// when missing. Throws `Refusal` when `directory` is a file or a folder that is not
    /// empty, and the file system's error when writing fails; nothing is overwritten.
    public static func write(to directory: String) throws {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: directory, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw Refusal(
                    description:
                        "refusing to create a report in '\(directory)': it exists and is not a folder; choose a new or empty folder"
                )
            }
            let entries = try manager.contentsOfDirectory(atPath: directory)
            if !entries.isEmpty {
                throw Refusal(
                    description:
                        "refusing to create a report in '\(directory)': the folder is not empty (it holds \(entries.sorted().prefix(3).joined(separator: ", "))\(entries.count > 3 ? ", …" : "")), and cutbook init never overwrites files; choose a new or empty folder"
                )
            }
        }
        try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let folder = URL(fileURLWithPath: directory)
        for file in files {
            try Data(file.text.utf8).write(
                to: folder.appendingPathComponent(file.name), options: .withoutOverwriting)
        }
    }

    static let settings = """
        title: My study
        authors: [Your Name]
        chapters: [data, scan]
        defaults:
          formats: [html]
        params:
          seed: 19680801
          steps: 100
        """ + "\n"

    static let dataChapter = """
        # The data

        We draw 1,000 signal events around 5 and 10,000 background events around 0 from
        numpy's random stream with seed <<value params.seed fmt=d>>.

        <<data d1 as=events seed=params.seed>>

        The data set has <<value events.events fmt=,d>> events: <<value events.signal fmt=,d>>
        signal and <<value events.background fmt=,d>> background.

        <<plot hist of=events bins=100 range=-10,10 label=data caption="Background (wide) and signal (narrow)">>

        @fig:data shows the signal on the tail of the background: any cut keeps some
        background. The next page finds the best cut.
        """ + "\n"

    static let scanChapter = """
        # Trying every cut

        We keep the events with $x > c$ and measure $S/\\sqrt{B}$, the signal over the square
        root of the background that passes, for <<value params.steps fmt=d>> cut values
        between −10 and 10.

        <<scan loss cut=hard loss=ssb on=events from=-10 to=10 steps=params.steps as=brute>>

        <<plot line of=brute mark=max xlabel="cut value $c$" ylabel="$S/\\sqrt{B}$" label=brute caption="$S/\\sqrt{B}$ of the cut $x > c$; the dashed line marks the best cut">>

        The best cut is $c =$ <<value brute.argmax fmt=.3f>>, where $S/\\sqrt{B} =$
        <<value brute.max fmt=.2f>> (@fig:brute).
        """ + "\n"

    static let readme = """
        # My study

        A CutBook report: `report.yml` lists the chapters, each chapter is a Markdown file,
        and `<<directives>>` in them make data sets, scans, trainings, figures and numbers.

        Build it (from any folder):

            cutbook build path/to/this/folder

        The site is written to `_build/` here (open `_build/index.html`) and results are
        cached in `.cutbook-cache/`, so a rebuild after a prose edit computes nothing.

        What to change:

        - `report.yml`: the `title:`, the `authors:` and the `chapters:` (one `NAME.md` each,
          in reading order). `defaults: formats: [html, pdf]` also writes a PDF book.
        - `params:` in `report.yml`: values the chapters use as `params.NAME` (`seed=params.seed`,
          `<<value params.steps>>`). Try another without editing:
          `cutbook build . --param seed=7` (or `-P seed=7`); switching back computes nothing.
        - `data.md` and `scan.md`: replace the text and directives with your study. Read your
          own events with `<<data csv file=events.csv as=events>>` (a file in this folder).
        - Every directive and option: `cutbook directives`.
        - The page layout is built into CutBook; to change it, put your own `page.html`,
          `index.html` and `style.css` in a `templates/` folder here (or pass `--templates`).
        """ + "\n"
}
