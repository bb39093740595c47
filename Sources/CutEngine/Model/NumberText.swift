/// Numbers as the expression languages (model expressions, `CutSpec` selections) write them:
/// the longest run of digits, signs, points and exponent letters, read as a finite `Float`.
enum NumberText {
    /// The run starting at `start` and its value (nil when the run is empty, is not a number,
    /// or is not finite); `end` is the index after the run.
    static func scan(_ characters: [Character], from start: Int) -> (
        text: String, value: Float?, end: Int
    ) {
        var end = start
        while end < characters.count, characters[end].isNumber || "+-.eE".contains(characters[end])
        {
            end += 1
        }
        let text = String(characters[start..<end])
        guard !text.isEmpty, let value = Float(text), value.isFinite else {
            return (text, nil, end)
        }
        return (text, value, end)
    }
}
