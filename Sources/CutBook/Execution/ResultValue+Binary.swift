import Foundation

/// The cache entry body of a result: a kind tag, then the payload's fields in a fixed order.
extension ResultValue {
    private enum Tag: UInt64 {
        case scalar = 1, series, table, grid, training, figure, check, text, file
    }

    /// The compact binary form (throws `NotCacheable` for in-memory objects).
    func binaryEncoded() throws -> Data {
        var out = BinaryWriter()
        switch self {
        case .scalar(let value):
            out.write(Tag.scalar.rawValue, value)
        case .text(let text):
            out.write(Tag.text.rawValue, text)
        case .series(let series):
            out.write(Tag.series.rawValue, series.xName, series.x, series.columns.count)
            for column in series.columns { out.write(column.name, column.values) }
        case .table(let table):
            out.write(Tag.table.rawValue, table.headers, table.rows.count)
            for row in table.rows {
                out.write(row.count)
                for cell in row {
                    switch cell {
                    case .number(let value): out.write(true, value)
                    case .text(let text): out.write(false, text)
                    }
                }
            }
            let aliases = table.aliases.keys.sorted()
            out.write(aliases, aliases.map { table.aliases[$0]! })
        case .grid(let grid):
            out.write(
                Tag.grid.rawValue, grid.xName, grid.x, grid.yName, grid.y, grid.valueName,
                grid.values)
        case .training(let record):
            out.write(Tag.training.rawValue)
            record.write(to: &out)
        case .figure(let figure):
            out.write(
                Tag.figure.rawValue, figure.png, figure.svg, figure.pdf, figure.width,
                figure.height, figure.alternative)
        case .check(let check):
            out.write(
                Tag.check.rawValue, check.field, check.found, check.expected, check.allowed)
        case .file(let file):
            out.write(Tag.file.rawValue, file.path, file.contents)
        case .object:
            throw NotCacheable()
        }
        return out.data
    }

    /// Reads a body written by `binaryEncoded()`; throws when it is truncated or has extra bytes.
    init(binary data: Data) throws {
        var input = BinaryReader(data)
        guard let tag = Tag(rawValue: try input.readUInt64()) else {
            throw BinaryReader.Truncated()
        }
        switch tag {
        case .scalar: self = .scalar(try input.readDouble())
        case .text: self = .text(try input.readString())
        case .series:
            let name = try input.readString()
            let x = try input.readDoubles()
            let count = try input.readCount(elementSize: 16)
            let columns = try (0..<count).map { _ in
                Series.Column(name: try input.readString(), values: try input.readDoubles())
            }
            self = .series(Series(xName: name, x: x, columns: columns))
        case .table:
            let headers = try input.readStrings()
            let rowCount = try input.readCount(elementSize: 8)
            let rows = try (0..<rowCount).map { _ in
                try (0..<input.readCount(elementSize: 9)).map { _ -> ResultTable.Cell in
                    try input.readBool()
                        ? .number(try input.readDouble()) : .text(try input.readString())
                }
            }
            let aliases = try input.readStrings()
            let columns = try input.readStrings()
            guard aliases.count == columns.count else { throw BinaryReader.Truncated() }
            self = .table(
                ResultTable(
                    headers: headers, rows: rows,
                    aliases: Dictionary(
                        zip(aliases, columns), uniquingKeysWith: { first, _ in first })))
        case .grid:
            self = .grid(
                Grid(
                    xName: try input.readString(), x: try input.readDoubles(),
                    yName: try input.readString(), y: try input.readDoubles(),
                    valueName: try input.readString(), values: try input.readDoubles()))
        case .training: self = .training(try TrainingRecord(from: &input))
        case .figure:
            self = .figure(
                FigureFiles(
                    png: try input.readData(), svg: try input.readData(), pdf: try input.readData(),
                    width: try input.readInt(), height: try input.readInt(),
                    alternative: try input.readString()))
        case .check:
            self = .check(
                CheckOutcome(
                    field: try input.readString(), found: try input.readDouble(),
                    expected: try input.readDouble(), allowed: try input.readDouble()))
        case .file:
            self = .file(OutputFile(path: try input.readString(), contents: try input.readData()))
        }
        guard input.isAtEnd else { throw BinaryReader.Truncated() }
    }
}

extension TrainingRecord {
    fileprivate func write(to out: inout BinaryWriter) {
        out.write(model, epochs, seconds, log.count)
        for entry in log { out.write(entry.epoch, entry.loss, entry.cuts) }
        out.write(losses, trackedCuts)
        out.write(parameters.count)
        for parameter in parameters { out.write(parameter.name, parameter.shape, parameter.values) }
        out.write(warnings)
        out.write(validationLosses, columns)
        out.write(misclassified.map { [$0] } ?? [], estimatorVariance)
    }

    fileprivate init(from input: inout BinaryReader) throws {
        let model = try input.readString()
        let epochs = try input.readInt()
        let seconds = try input.readDouble()
        let log = try (0..<input.readCount(elementSize: 24)).map { _ in
            Entry(
                epoch: try input.readInt(), loss: try input.readDouble(),
                cuts: try input.readDoubles())
        }
        let losses = try input.readDoubles()
        let tracked = try (0..<input.readCount(elementSize: 8)).map { _ in try input.readDoubles() }
        let parameters = try (0..<input.readCount(elementSize: 24)).map { _ in
            Parameter(
                name: try input.readString(), shape: try input.readInts(),
                values: try input.readDoubles())
        }
        self.init(
            model: model, epochs: epochs, seconds: seconds, log: log, losses: losses,
            trackedCuts: tracked, parameters: parameters, warnings: try input.readStrings(),
            validationLosses: try input.readDoubles(), columns: try input.readStrings(),
            misclassified: try input.readInts().first, estimatorVariance: try input.readDoubles())
    }
}
