#!/bin/sh
# Packs a readiness binary for release, reproducibly: the same binary and version give the same
# bytes, whatever the umask, file times or owner (sorted names, one fixed time, owner root, no
# time in the gzip header). Writes OUTDIR/readiness-VERSION-linux-x86_64.tar.gz, holding
# readiness-VERSION-linux-x86_64/readiness (debug information stripped), and its .sha256 file in sha256sum's format.
#
# Usage: pack.sh BINARY VERSION OUTDIR [EPOCH]   (EPOCH: the files' time, default 0)
set -eu
if [ $# -lt 3 ]; then echo "usage: $0 BINARY VERSION OUTDIR [EPOCH]" >&2; exit 2; fi
binary=$1
version=$2
out=$3
epoch=${4:-0}
name="readiness-$version-linux-x86_64"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/$name" "$out"
cp "$binary" "$stage/$name/readiness"
# Debug information is a third of the file and no use to a council's CI: it is stripped.
if [ "$(head -c 4 "$stage/$name/readiness" | od -An -c | tr -d ' ')" = '177ELF' ]; then
    strip --strip-debug "$stage/$name/readiness"
fi
(cd "$stage" && LC_ALL=C tar --create --format=gnu --sort=name --mtime="@$epoch" --owner=0 --group=0 \
    --numeric-owner --mode='u=rwX,go=rX' --file=- "$name") | gzip -9 --no-name > "$out/$name.tar.gz"
(cd "$out" && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256")
echo "$out/$name.tar.gz"
