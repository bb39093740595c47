import CutPlot
import Foundation

/// A `plot` executor that also hands over the figure it draws, so the book can draw it straight
/// into its pages as vector graphics (the cache keeps only a figure's files).
public protocol FigureDrawingExecutor: DirectiveExecutor {
    /// The figure of a `plot` directive, from the results it reads.
    func figure(_ directive: ResolvedDirective, inputs: ExecutionInputs) throws -> Figure
}

/// Draws the plots of a book again as CutPlot figures. A figure's inputs come from the build's
/// results, else from the cache, else they are computed (data sets are never cached).
struct BookDrawings {
    let plan: ExecutionPlan
    let cache: ResultCache
    let executors: ExecutorSet
    let context: ExecutionContext
    var results: [String: ResultValue]

    /// The figure of every `plot` among `ids`, by id, and the problems met.
    mutating func figures(for ids: [String]) -> (
        figures: [String: Figure], diagnostics: [Diagnostic]
    ) {
        var figures: [String: Figure] = [:]
        var diagnostics: [Diagnostic] = []
        for id in ids {
            guard let node = plan.nodes[id], node.directive.verb == .plot else { continue }
            let item = node.directive
            guard let drawer = executors.executors[.plot] as? any FigureDrawingExecutor else {
                diagnostics.append(
                    Diagnostic(
                        location: item.directive.location, directive: item.directive.text,
                        message:
                            "the PDF book needs the plot executor to hand over its figures (FigureDrawingExecutor)"
                    ))
                continue
            }
            do {
                figures[id] = try drawer.figure(item, inputs: try inputs(of: node))
            } catch let error as ExecutionError {
                diagnostics.append(Messages.executionFailed(item, error: error))
            } catch let failure as BuildFailure {
                diagnostics += failure.diagnostics
            } catch {
                diagnostics.append(
                    Messages.executionFailed(item, error: ExecutionError("\(error)")))
            }
        }
        return (figures, diagnostics)
    }

    private mutating func inputs(of node: ExecutionPlan.Node) throws -> ExecutionInputs {
        var values: [String: ResultValue] = [:]
        for (name, inputID) in zip(node.directive.inputs, node.inputIDs) {
            values[name] = try value(of: inputID)
        }
        return ExecutionInputs(values: values)
    }

    /// The result of `id`: known, cached, or computed now (with its own inputs).
    private mutating func value(of id: String) throws -> ResultValue {
        if let known = results[id] { return known }
        guard let node = plan.nodes[id] else {
            throw ExecutionError("no directive '\(id)' in the plan")
        }
        if case .hit(let value) = cache.load(node.key) {
            results[id] = value
            return value
        }
        guard let executor = executors.executors[node.directive.verb] else {
            throw BuildFailure([Messages.noExecutor(node.directive)])
        }
        let inputs = try inputs(of: node)
        var context = self.context
        context.id = id
        do {
            let value = try executor.execute(node.directive, inputs: inputs, context: context)
            results[id] = value
            return value
        } catch let error as ExecutionError {
            throw BuildFailure([Messages.executionFailed(node.directive, error: error)])
        }
    }
}
