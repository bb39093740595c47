import CutPlot
import Foundation
import Testing

@Test func contourOfAParaboloidIsACircle() throws {
    let grid = Grid2D.sampling({ $0 * $0 + $1 * $1 }, x: -2...2, y: -2...2, nx: 81, ny: 81)
    let lines = Contour(grid, levels: [1]).contourLines()
    #expect(lines.count == 1)
    let line = try #require(lines.first)
    #expect(line.closed)
    #expect(line.points.count > 40)
    for p in line.points {
        #expect(abs(hypot(p.x, p.y) - 1) < 0.01)
    }
}

@Test func contourLevelsAsFractionsOfTheMaximum() {
    let grid = Grid2D.sampling({ 10 - ($0 * $0 + $1 * $1) }, x: -2...2, y: -2...2, nx: 41, ny: 41)
    let contour = Contour(grid, fractionsOfMaximum: [0.7, 0.9])
    #expect(
        contour.levels.count == 2 && abs(contour.levels[0] - 7) < 1e-12 && contour.levels[1] == 9)
    let lines = contour.contourLines()
    #expect(lines.count == 2)
    let inner = lines.first { $0.level == 9 }!
    for p in inner.points { #expect(abs(hypot(p.x, p.y) - 1) < 0.02) }
}

@Test func contourSkipsCellsWithNonFiniteCorners() throws {
    var values = Grid2D.sampling({ $0 * $0 + $1 * $1 }, x: -2...2, y: -2...2, nx: 21, ny: 21).values
    values[10][10] = .nan
    let grid = try Grid2D(
        x: (0..<21).map { -2 + 0.2 * Double($0) }, y: (0..<21).map { -2 + 0.2 * Double($0) },
        values: values)
    let lines = Contour(grid, levels: [1]).contourLines()
    #expect(!lines.isEmpty)
    var axes = Axes()
    axes.add(Contour(grid, levels: [1]))
    #expect(Figure(axes).warnings.map(\.message).contains { $0.contains("1 non-finite") })
}

@Test func gridRejectsRaggedValues() {
    #expect(throws: PlotError.self) {
        try Grid2D(x: [0, 1, 2], y: [0, 1], values: [[1, 2, 3], [1, 2]])
    }
}

@Test func histogram2DCountsPairsInBins() {
    let grid = Grid2D.histogram(
        x: [0.5, 0.5, 1.5, .nan], y: [0.5, 0.5, 1.5, 1], bins: 2, xRange: 0...2, yRange: 0...2)
    #expect(grid.values == [[2, 0], [0, 1]])
    #expect(grid.x == [0.5, 1.5])
}
