#!/usr/bin/env bash
# Installs the Debian packages CutBook needs, only those that are missing, and says which.
set -euo pipefail

packages=(
    libcairo2-dev        # CutPlot: drawing (PNG, SVG, PDF surfaces)
    libpango1.0-dev      # CutPlot and the PDF book: text layout
    libcmark-gfm-dev     # CutBook: CommonMark parsing
    libcmark-gfm-extensions-dev  # CutBook: GFM tables
    zlib1g-dev           # CutPlot: deflates the PNGs it writes (palette or RGB)
    libqpdf-dev          # the PDF book: places each figure's own PDF in its pages, unchanged
    fonts-dejavu-core    # the fonts figures and pages are set in
    fonts-dejavu-extra   # the PDF book: italic and bold-italic serif faces
    poppler-utils        # tests: pdffonts, pdfinfo, pdfimages, pdftoppm
    qpdf                 # tests: the PDF book's outline (qpdf --json) and soundness
    chromium             # tests: a built page rendered in a real headless browser
)

# Tests only: the ONNX export test runs the exported models in ONNX Runtime and checks them with
# onnx.checker (PyPI packages; CutBook itself needs no Python).
python_packages=(onnxruntime onnx numpy)
if ! python3 -c "import onnxruntime, onnx, numpy" 2>/dev/null; then
    echo "deps: installing the Python packages of the ONNX test: ${python_packages[*]}"
    python3 -m pip install --quiet "${python_packages[@]}"
fi

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    if [[ "$status" != "install ok installed" ]]; then
        missing+=("$package")
    fi
done

if ((${#missing[@]} == 0)); then
    echo "deps: all Debian packages present (${packages[*]})"
    exit 0
fi

echo "deps: installing missing Debian packages: ${missing[*]}"
sudo=""
if [[ $(id -u) -ne 0 ]]; then
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "deps: installed ${missing[*]}"
