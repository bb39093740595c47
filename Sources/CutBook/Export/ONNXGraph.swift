import Foundation

/// An ONNX computation graph and its encoding as an ONNX `ModelProto` file (opset 17, IR
/// version 8), written with `ProtobufWriter`.
///
/// Only what CutBook's models need: float32 tensors, one float32 input `x` of shape
/// `[N, features]` and one output `y` of shape `[N, 1]` (`N` symbolic), nodes of the default
/// domain with integer attributes, and initializers (the trained parameters and constants) in
/// `raw_data` as little-endian bytes. Field numbers are those of ONNX's `onnx.proto`.
struct ONNXGraph {
    /// A constant tensor: float32 or int64 values, row-major, with their shape.
    struct Tensor {
        /// The element type, with ONNX's `TensorProto.DataType` number.
        enum Elements {
            case float([Float])
            case int64([Int64])
        }

        /// The name nodes read it by.
        var name: String
        /// The shape (`[]` for a scalar).
        var shape: [Int]
        /// The values.
        var elements: Elements
    }

    /// One operator application.
    struct Node {
        /// The operator (`MatMul`, `Sigmoid`, …) of the default ONNX domain.
        var op: String
        /// The names of its inputs.
        var inputs: [String]
        /// The name of its output.
        var output: String
        /// Its integer attributes (`axis`, `to`).
        var attributes: [(name: String, value: Int)] = []
    }

    /// The opset the graph's operators are taken from.
    static let opsetVersion = 17
    /// The file format's IR version (8 goes with opsets up to 18).
    static let irVersion = 8

    /// The graph's name.
    var name: String
    /// The input's width (the number of data columns).
    var features: Int
    /// The nodes in a valid execution order.
    var nodes: [Node] = []
    /// The constant tensors.
    var initializers: [Tensor] = []
    /// `key: value` pairs stored in the model's `metadata_props` (column names, expression).
    var metadata: [(key: String, value: String)] = []
    /// The model's description (`doc_string`).
    var documentation = ""

    private var nextName = 0

    /// An empty graph named `name` over `features` input columns.
    init(name: String, features: Int) {
        self.name = name
        self.features = features
    }

    /// A new value name, unique in the graph: `prefix_0`, `prefix_1`, …
    mutating func fresh(_ prefix: String) -> String {
        nextName += 1
        return "\(prefix)_\(nextName)"
    }

    /// Adds a float32 constant and returns its name.
    mutating func constant(_ prefix: String, shape: [Int], values: [Float]) -> String {
        let name = fresh(prefix)
        initializers.append(Tensor(name: name, shape: shape, elements: .float(values)))
        return name
    }

    /// Adds an int64 constant and returns its name.
    mutating func integerConstant(_ prefix: String, shape: [Int], values: [Int64]) -> String {
        let name = fresh(prefix)
        initializers.append(Tensor(name: name, shape: shape, elements: .int64(values)))
        return name
    }

    /// Adds a node applying `op` to `inputs` and returns the name of its output.
    mutating func apply(
        _ op: String, _ inputs: [String], attributes: [(name: String, value: Int)] = []
    ) -> String {
        let output = fresh(op.lowercased())
        nodes.append(Node(op: op, inputs: inputs, output: output, attributes: attributes))
        return output
    }

    /// Makes `value` the graph's output `y` (through an `Identity` node).
    mutating func setOutput(_ value: String) {
        nodes.append(Node(op: "Identity", inputs: [value], output: "y"))
    }

    /// The graph as the bytes of an `.onnx` file.
    func encoded(producerVersion: String) -> Data {
        var model = ProtobufWriter()
        model.integer(1, Self.irVersion)
        model.string(2, "CutBook")
        model.string(3, producerVersion)
        if !documentation.isEmpty { model.string(6, documentation) }
        model.message(7, writeGraph)
        model.message(8) { opset in
            opset.string(1, "")
            opset.integer(2, Self.opsetVersion)
        }
        for entry in metadata {
            model.message(14) { pair in
                pair.string(1, entry.key)
                pair.string(2, entry.value)
            }
        }
        return model.data
    }

    private func writeGraph(_ graph: inout ProtobufWriter) {
        for node in nodes {
            graph.message(1) { proto in
                for input in node.inputs { proto.string(1, input) }
                proto.string(2, node.output)
                proto.string(3, node.output)
                proto.string(4, node.op)
                for attribute in node.attributes {
                    proto.message(5) { value in
                        value.string(1, attribute.name)
                        value.integer(3, attribute.value)
                        value.integer(20, 2)  // AttributeType INT
                    }
                }
            }
        }
        graph.string(2, name)
        for tensor in initializers { graph.message(5) { Self.write(tensor, to: &$0) } }
        graph.message(11) { Self.writeValueInfo("x", width: features, to: &$0) }
        graph.message(12) { Self.writeValueInfo("y", width: 1, to: &$0) }
    }

    private static func write(_ tensor: Tensor, to proto: inout ProtobufWriter) {
        for dimension in tensor.shape { proto.integer(1, dimension) }
        var raw: [UInt8] = []
        switch tensor.elements {
        case .float(let values):
            proto.integer(2, 1)  // DataType FLOAT
            for value in values {
                withUnsafeBytes(of: value.bitPattern.littleEndian) { raw.append(contentsOf: $0) }
            }
        case .int64(let values):
            proto.integer(2, 7)  // DataType INT64
            for value in values {
                withUnsafeBytes(of: value.littleEndian) { raw.append(contentsOf: $0) }
            }
        }
        proto.string(8, tensor.name)
        proto.bytes(9, raw)
    }

    /// A float32 tensor `[N, width]` with a symbolic `N`.
    private static func writeValueInfo(
        _ name: String, width: Int, to proto: inout ProtobufWriter
    ) {
        proto.string(1, name)
        proto.message(2) { type in
            type.message(1) { tensor in
                tensor.integer(1, 1)  // elem_type FLOAT
                tensor.message(2) { shape in
                    shape.message(1) { $0.string(2, "N") }
                    shape.message(1) { $0.integer(1, width) }
                }
            }
        }
    }
}
