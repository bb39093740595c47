import Foundation

extension Gallery {
    static var surfaceEntries: [Entry] {
        [
            Entry(
                name: "surface-3d-loss",
                caption:
                    "A 3D loss surface (erf S/√B summed over two cuts) on a 50×50 grid: painter's ordering, viridis, box with panes, ticks and labels.",
                make: lossSurface),
            Entry(
                name: "surface-3d-pair-coolwarm",
                caption:
                    "Two 3D surfaces side by side (sum of squares with erf and with sigmoid), coolwarm colormap.",
                make: surfacePair),
        ]
    }

    static func erfWeightSum(_ values: [Double], _ cut: Double) -> Double {
        values.reduce(0) { $0 + (erf($1 - cut) + 1) / 2 }
    }

    static func sigmoidWeightSum(_ values: [Double], _ cut: Double) -> Double {
        values.reduce(0) { $0 + 1 / (1 + exp(-($1 - cut))) }
    }

    @Sendable static func lossSurface() -> Figure {
        let (s, b) = twoDimensional(2000)
        func oneCut(_ sig: [Double], _ bkg: [Double], _ c: Double) -> Double {
            erfWeightSum(sig, c) / max(erfWeightSum(bkg, c), 1e-9).squareRoot()
        }
        let xs = SyntheticStudy.linspace(-12, 12, 50)
        let ys = SyntheticStudy.linspace(-12, 12, 50)
        let fx = xs.map { oneCut(s.x, b.x, $0) }
        let fy = ys.map { oneCut(s.y, b.y, $0) }
        let grid = try! Grid2D(x: xs, y: ys, values: fy.map { v in fx.map { $0 + v } })
        return Figure(
            SurfacePlot(
                grid, colormap: .viridis, title: "$S/\\sqrt{B}$ with erf cuts", xLabel: "cut $x$",
                yLabel: "cut $y$", zLabel: "$S/\\sqrt{B}$"))
    }

    @Sendable static func surfacePair() -> Figure {
        let (s, b) = twoDimensional(1000)
        func squares(
            _ sum: ([Double], Double) -> Double, _ sig: [Double], _ bkg: [Double], _ c: Double
        )
            -> Double
        {
            Double(sig.count) - sum(sig, c) + sum(bkg, c)
        }
        let xs = SyntheticStudy.linspace(-12, 12, 40)
        func surface(_ sum: @escaping ([Double], Double) -> Double, _ title: String) -> SurfacePlot
        {
            let fx = xs.map { squares(sum, s.x, b.x, $0) }
            let fy = xs.map { squares(sum, s.y, b.y, $0) }
            let grid = try! Grid2D(x: xs, y: xs, values: fy.map { v in fx.map { $0 + v } })
            return SurfacePlot(
                grid, colormap: .coolwarm, title: title, xLabel: "cut $x$", yLabel: "cut $y$",
                zLabel: "loss")
        }
        return Figure(
            columns: 2,
            panels: [
                .surface(surface(erfWeightSum, "erf, $\\sum(w - t)^{2}$")),
                .surface(surface(sigmoidWeightSum, "sigmoid, $\\sum(w - t)^{2}$")),
            ], width: 720, height: 340)
    }
}
