#!/bin/sh
# Fails when a readiness binary needs a shared library that docs/publishing.md does not list:
# the C library's own, libstdc++ and libgcc_s (on every Debian and Ubuntu system), and ISA-L
# (libisal2), which the CI workflows install.
#
# Usage: libraries.sh BINARY
set -eu
allowed='^(linux-vdso\.so\.1|/lib64/ld-linux-x86-64\.so\.2|ld-linux-x86-64\.so\.2|libc\.so\.6|libm\.so\.6|libdl\.so\.2|libpthread\.so\.0|librt\.so\.1|libutil\.so\.1|libstdc\+\+\.so\.6|libgcc_s\.so\.1|libisal\.so\.2)$'
needed=$(readelf -d "$1" | sed -n "s/.*(NEEDED).*\[\(.*\)\]/\1/p")
echo "$1 needs:" $needed
extra=$(printf '%s\n' $needed | grep -Ev "$allowed" || true)
if [ -n "$extra" ]; then
    echo "$1 needs libraries a plain runner lacks:" $extra >&2
    echo "link them statically in make dist, or list them in docs/publishing.md and the workflows" >&2
    exit 1
fi
