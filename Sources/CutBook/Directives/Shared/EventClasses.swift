/// Events split by their truth label.
enum EventClasses {
    /// The values of signal events (truth 1) and of background events, in event order.
    static func split(_ values: [Float], truth: [Float]) -> (signal: [Float], background: [Float]) {
        var signal: [Float] = []
        var background: [Float] = []
        for (value, label) in zip(values, truth) {
            if label == 1 { signal.append(value) } else { background.append(value) }
        }
        return (signal, background)
    }
}
