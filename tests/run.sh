#!/usr/bin/env bash
# The whole test suite, as CI runs it (the README's second command):
#   1. the release build (warnings as errors) and every ctest test;
#   2. the same suite built with AddressSanitizer and UndefinedBehaviorSanitizer;
#   3. every libFuzzer target for 30 seconds (clang);
#   4. valgrind memcheck over the unit tests and the program (tests/valgrind.sh).
# Each step builds in its own folder (build, build-asan, build-fuzz) and the script stops
# at the first step that fails.  About 15 minutes on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

step() { printf '\n==== %s\n' "$*"; }

step "release build and test suite"
cmake -S . -B build -DQS_WERROR=ON
cmake --build build -j"$jobs"
ctest --test-dir build --output-on-failure -j"$jobs"

step "the suite under AddressSanitizer and UndefinedBehaviorSanitizer"
cmake -S . -B build-asan -DQS_SANITIZE=ON
cmake --build build-asan -j"$jobs"
# CK_FORK=no: Check runs each test in the process, where ASan sees it whole
CK_FORK=no ctest --test-dir build-asan --output-on-failure -j"$jobs"

step "every fuzz target for 30 seconds"
cmake -S . -B build-fuzz -DQS_FUZZ=ON -DCMAKE_C_COMPILER=clang
cmake --build build-fuzz -j"$jobs"
ctest --test-dir build-fuzz -L fuzz --output-on-failure

step "valgrind memcheck"
bash tests/valgrind.sh build

step "all passed"
