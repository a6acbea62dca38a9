#!/usr/bin/env bash
# The words of a path's condition steps: a macro whose body holds the `if`
# (CHECK(x) = `if (!(x)) goto fail`) is named by its call with "the test in";
# a condition that is a macro call (IS_BAD(s)) is named as written; an
# assertion the path passes (NT_ASSERT(x)) is said to hold; a buffer still
# in a local after the MDL over it was freed leaks plainly.
set -u
analyzer="$1"; cases="$2"
out=$("$analyzer" --no-cache "$cases/pt005_leak_past_check_macro.c" 2>&1)
pass=0; fail=0
has() { if grep -qF -- "$2" <<<"$out"; then pass=$((pass+1)); else echo "FAIL $1: no \"$2\""; fail=$((fail+1)); fi; }
hasnt() { if grep -qF -- "$2" <<<"$out"; then echo "FAIL $1: \"$2\""; fail=$((fail+1)); else pass=$((pass+1)); fi; }
has macro-holding-the-if "note: the test in 'CHECK(Size > 3)' is false"
hasnt not-the-call-itself "note: 'CHECK(Size > 3)' is false"
has macro-as-condition "note: 'IS_BAD(Status)' is true"
out=$("$analyzer" --no-cache "$cases/pt005_leak_past_assertion.c" 2>&1)
has assertion-holds "note: 'NT_ASSERT(Size > 3)' holds (a failed one ends the path)"
hasnt assertion-not-a-test "note: the test in 'NT_ASSERT(Size > 3)'"
out=$("$analyzer" --no-cache "$cases/pt005_buffer_outlives_its_mdl.c" 2>&1)
has still-held-by-a-local "ReadLocked returns at line 42 without freeing it"
hasnt not-parent-freed "the block that held it was freed"
echo "path-steps: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
