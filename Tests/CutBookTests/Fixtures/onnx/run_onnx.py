"""Runs exported ONNX models as an analysis framework would, for ONNXExportTests.

Usage: run_onnx.py FOLDER. For every NAME.onnx in FOLDER, with NAME.x.npy (float32 [N, F]) and
NAME.expected.npy (float32 [N]) beside it: checks the file with onnx.checker (full check, with
shape inference), runs it in onnxruntime on x, and compares the output y ([N, 1]) with the
expected values, |y - e| <= 1e-5 * max(1, |e|). Prints one line per model, then
"models ok: N, failed: M"; exits 1 when any failed, 2 when onnx or onnxruntime is missing.
"""

import pathlib
import sys

try:
    import numpy as np
    import onnx
    import onnxruntime
except ImportError as error:  # the test reports this as a failure, never as a skip
    print(f"missing Python package: {error}; run `make deps` (pip install onnxruntime onnx)")
    sys.exit(2)

folder = pathlib.Path(sys.argv[1])
passed = failed = 0
for path in sorted(folder.glob("*.onnx")):
    name = path.stem
    try:
        model = onnx.load(str(path))
        onnx.checker.check_model(model, full_check=True)
        session = onnxruntime.InferenceSession(str(path), providers=["CPUExecutionProvider"])
        inputs = [(i.name, i.shape) for i in session.get_inputs()]
        outputs = [(o.name, o.shape) for o in session.get_outputs()]
        x = np.load(folder / f"{name}.x.npy")
        expected = np.load(folder / f"{name}.expected.npy")
        (y,) = session.run(["y"], {"x": x})
        assert y.dtype == np.float32, f"output type {y.dtype}"
        assert y.shape == (x.shape[0], 1), f"output shape {y.shape}"
        difference = np.abs(y[:, 0] - expected)
        allowed = 1e-5 * np.maximum(1.0, np.abs(expected))
        worst = float(np.max(difference / allowed))
        assert worst <= 1, f"max |y - expected| = {float(np.max(difference)):.3g} (ratio {worst:.3g})"
        print(f"ok {name}: inputs {inputs}, outputs {outputs}, max difference {float(np.max(difference)):.3g}")
        passed += 1
    except Exception as error:  # every model is reported, then the run fails
        print(f"FAILED {name}: {error}")
        failed += 1
print(f"models ok: {passed}, failed: {failed}")
sys.exit(1 if failed or not passed else 0)
