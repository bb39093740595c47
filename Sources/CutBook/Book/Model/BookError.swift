/// Why a book could not be made.
enum BookError: Error, CustomStringConvertible, Equatable {
    /// Cairo reported an error.
    case cairo(operation: String, status: String)
    /// Cairo's PDF could not be read back to add the links and figures.
    case unreadablePDF(String)
    /// A paper size the book does not know.
    case unknownPaper(String)
    /// A figure's PDF file that qpdf could not read.
    case unreadableFigure(String)

    /// The message shown to the user.
    var description: String {
        switch self {
        case .cairo(let operation, let status):
            return "PDF book: Cairo failed while \(operation): \(status)"
        case .unreadablePDF(let reason):
            return "PDF book: could not add the links and figures to Cairo's PDF: \(reason)"
        case .unknownPaper(let name):
            return "unknown paper size '\(name)': expected a4 or letter"
        case .unreadableFigure(let reason):
            return "PDF book: could not read a figure's PDF file: \(reason)"
        }
    }
}
