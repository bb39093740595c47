#!/usr/bin/env python3
"""Small .npy and .csv files for CutEngine's loader tests, written with numpy.

Writes into Tests/CutEngineTests/Fixtures/loaders/. Run from the package root:

    python3 scripts/golden/make_loader_fixtures.py

Good files (the Swift reader must read them and the Swift writer must reproduce the
`written_*` ones byte for byte), bad files (each must be rejected with a specific error), and
`expected.json` with the values numpy stored.
"""
import json
import pathlib

import numpy as np
from numpy.lib import format as npformat

FOLDER = (pathlib.Path(__file__).resolve().parents[2]
          / "Tests" / "CutEngineTests" / "Fixtures" / "loaders")


def save_version(path, array, version):
    with open(path, "wb") as handle:
        npformat.write_array(handle, array, version=version)


def main():
    FOLDER.mkdir(parents=True, exist_ok=True)
    rs = np.random.RandomState(11)
    vector64 = rs.normal(0, 3, 7)
    matrix64 = rs.normal(1, 2, (5, 3))
    vector32 = rs.normal(0, 1, 6).astype(np.float32)
    matrix32 = rs.normal(0, 1, (4, 2)).astype(np.float32)
    expected = {
        "vector64": [float(v) for v in vector64],
        "matrix64": [float(v) for v in matrix64.ravel()],
        "vector32": [float(v) for v in vector32],
        "matrix32": [float(v) for v in matrix32.ravel()],
    }

    # Good files written by numpy's np.save (format 1.0).
    np.save(FOLDER / "written_f8_1d.npy", vector64)
    np.save(FOLDER / "written_f8_2d.npy", matrix64)
    np.save(FOLDER / "written_f4_1d.npy", vector32)
    np.save(FOLDER / "written_f4_2d.npy", matrix32)
    np.save(FOLDER / "written_f8_empty.npy", np.zeros(0))
    # Other header versions.
    save_version(FOLDER / "version2_f8_2d.npy", matrix64, (2, 0))
    save_version(FOLDER / "version3_f4_1d.npy", vector32, (3, 0))

    # Bad files: valid numpy files that CutEngine does not support, and broken ones.
    np.save(FOLDER / "bad_fortran_order.npy", np.asfortranarray(matrix64))
    np.save(FOLDER / "bad_big_endian.npy", vector64.astype(">f8"))
    np.save(FOLDER / "bad_int64.npy", np.arange(5, dtype=np.int64))
    np.save(FOLDER / "bad_three_dimensions.npy", np.zeros((2, 2, 2)))
    np.save(FOLDER / "bad_scalar.npy", np.float64(1.5))
    good = (FOLDER / "written_f8_2d.npy").read_bytes()
    (FOLDER / "bad_truncated_data.npy").write_bytes(good[:-20])
    (FOLDER / "bad_truncated_header.npy").write_bytes(good[:30])
    (FOLDER / "bad_magic.npy").write_bytes(b"PK\x03\x04" + good[4:])
    header_end = good.index(b"\n") + 1
    broken = good[:10] + good[10:header_end].replace(b"'shape'", b"'shope'") + good[header_end:]
    (FOLDER / "bad_header_key.npy").write_bytes(broken)

    # A CSV with a truth column, as numpy's savetxt writes it.
    table = np.column_stack([matrix64[:, 0], matrix64[:, 1], [1, 0, 1, 1, 0]])
    np.savetxt(FOLDER / "events.csv", table, delimiter=",", header="x,y,label", comments="",
               fmt="%.17g")
    expected["csv"] = {"x": [float(v) for v in np.float32(matrix64[:, 0])],
                       "y": [float(v) for v in np.float32(matrix64[:, 1])],
                       "label": [1.0, 0.0, 1.0, 1.0, 0.0]}

    (FOLDER / "expected.json").write_text(json.dumps(expected, indent=1) + "\n")
    print(f"wrote {len(list(FOLDER.iterdir()))} files into {FOLDER.name}/")


if __name__ == "__main__":
    main()
