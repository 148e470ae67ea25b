#!/bin/sh
# The text layout and the HTML walk in C (src/teikit/writers/_textplain.c, _htmlwalk.c)
# under AddressSanitizer and UBSan, by hand; not a test. The package is copied to a
# temporary folder, the modules built there with the sanitizers, and the tests that
# compare them with the Python code run against them
# (a memory error or undefined behaviour stops the run with its report, on the terminal:
# pytest's capture is off, as a captured report would be lost with the process):
#
#     fuzz/asan.sh                                  # test_export_cwalk, _cfuzz and _hspeed
#     TEIKIT_EXAMPLES=5000 fuzz/asan.sh             # longer hypothesis runs
#     fuzz/asan.sh tests/test_export_cfuzz.py -x    # other pytest arguments
#
# Needs gcc and its libasan/libubsan (Debian: gcc brings them). PYTHON: the venv's python.
set -e
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cp -r "$ROOT/src" "$TMP/src"
rm -f "$TMP"/src/teikit/writers/_textplain*.so "$TMP"/src/teikit/writers/_htmlwalk*.so
INCLUDE=$("$PYTHON" -c "import sysconfig; print(sysconfig.get_paths()['include'])")
SUFFIX=$("$PYTHON" -c "import sysconfig; print(sysconfig.get_config_var('EXT_SUFFIX'))")
for MODULE in _textplain _htmlwalk; do
  gcc -shared -fPIC -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all \
      -fno-omit-frame-pointer -Wall -Wextra -Wno-missing-field-initializers -I"$INCLUDE" \
      -o "$TMP/src/teikit/writers/$MODULE$SUFFIX" "$ROOT/src/teikit/writers/$MODULE.c"
done
[ $# -gt 0 ] || set -- tests/test_export_cwalk.py tests/test_export_cfuzz.py \
    tests/test_export_hspeed.py
cd "$ROOT"
# (Python's own allocations are not leaks to report; a huge request fails as MemoryError)
ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
LD_PRELOAD="$(gcc -print-file-name=libasan.so):$(gcc -print-file-name=libubsan.so)" \
PYTHONPATH="$TMP/src" "$PYTHON" -m pytest -q -s -p no:cacheprovider -p no:xdist "$@"
