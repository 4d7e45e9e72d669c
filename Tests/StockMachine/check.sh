#!/bin/bash
# Checks that the README's setup steps, then `make site` and `make test`, pass on a fresh stock
# Debian 12 (bookworm) or Ubuntu 24.04 (noble). Needs root (debootstrap, chroot, mounts) and
# 20-60 minutes. See docs/setup.md.
#
#   Tests/StockMachine/check.sh bookworm|noble
#
# It makes a minimal root file system with debootstrap (kept as DISTRO-base and copied afresh
# for every run), mounts /proc, /sys and /dev into it, and runs inside it, as root:
#   1. the README's apt-get block for the distribution (marked `stock-check: apt DISTRO`);
#   2. the README's Swift block (`stock-check: swift DISTRO`), when swift.org can be reached;
#   3. `git clone` of this repository's committed branch, then `make site`, then `make test`.
# The output goes to STOCK_ROOTS/logs/DISTRO-TIME.log, and a summary with each step's exit
# status and time to DISTRO-TIME.summary. Exits 0 only when `make site` and `make test` passed.
#
# Stand-ins for the network, each said loudly in the log when used:
#   - swift.org not reachable: the toolchain in SWIFT_TOOLCHAIN (default /opt/swift) is mounted
#     read-only at /opt/swift, where the README's block unpacks it;
#   - github.com not reachable: the Swift packages' repositories in SWIFT_PACKAGES (default
#     /opt/swift-packages, one folder per owner/name) are mounted read-only and git is told to
#     read https://github.com/... from there (url.insteadOf), as on the developers' machines;
#   - the repository's address: the committed branch is cloned from this working copy.
# Settings: STOCK_ROOTS (default .build-stock in the repository), BRANCH (default the current
# one), DEBIAN_MIRROR, UBUNTU_MIRROR, CHROMIUM and CHROMEDRIVER (passed to `make test`),
# STOCK_DIAGNOSE (below).

set -u
distro=${1:-}
case "$distro" in
bookworm) mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian} ;;
noble) mirror=${UBUNTU_MIRROR:-http://archive.ubuntu.com/ubuntu} ;;
*)
    echo "usage: $0 bookworm|noble" >&2
    exit 2
    ;;
esac
if [ "$(id -u)" != 0 ]; then
    echo "$0 needs root (debootstrap, chroot and mounts): run it with sudo." >&2
    exit 2
fi

repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel) || exit 2
roots=${STOCK_ROOTS:-$repo/.build-stock}
branch=${BRANCH:-$(git -C "$repo" rev-parse --abbrev-ref HEAD)}
toolchain=${SWIFT_TOOLCHAIN:-/opt/swift}
packages=${SWIFT_PACKAGES:-/opt/swift-packages}
stamp=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$roots/logs"
roots=$(cd "$roots" && pwd)
log=$roots/logs/$distro-$stamp.log
summary=$roots/logs/$distro-$stamp.summary
base=$roots/$distro-base
root=$roots/$distro
: >"$log"
: >"$summary"

say() { echo "== $*" | tee -a "$log" "$summary"; }
loud() {
    {
        echo "!!"
        echo "!! $*"
        echo "!!"
    } | tee -a "$log" "$summary"
}

say "stock-machine check of $distro, branch $branch ($(git -C "$repo" rev-parse --short "$branch")), started $(date -u '+%Y-%m-%d %H:%M:%S') UTC"
say "log: $log"
if [ -n "$(git -C "$repo" status --porcelain --untracked-files=no)" ]; then
    loud "the working copy has uncommitted changes: they are NOT checked (only the committed branch is cloned)"
fi

# Every mount made, so that all are undone however the run ends.
mounted=()
cleanup() {
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount -R "${mounted[i]}" 2>/dev/null || umount -lR "${mounted[i]}" 2>/dev/null
    done
    mounted=()
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# 1. The base system, made once per distribution and copied afresh for every run.
if [ ! -d "$base" ]; then
    command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap >>"$log" 2>&1 || {
        say "debootstrap is missing and could not be installed: apt-get install debootstrap"
        exit 2
    }
    args=(--variant=minbase "$distro" "$base.tmp" "$mirror")
    if [ "$distro" = noble ]; then
        keyring=/usr/share/keyrings/ubuntu-archive-keyring.gpg
        if [ ! -f "$keyring" ]; then
            # Debian has no ubuntu-keyring package: take Ubuntu's from its archive, checked
            # against the sum this script was written with.
            deb=$roots/ubuntu-keyring.deb
            curl -fsS -o "$deb" "$mirror/pool/main/u/ubuntu-keyring/ubuntu-keyring_2023.11.28.1_all.deb" &&
                echo "36de43b15853ccae0028e9a767613770c704833f82586f28eb262f0311adb8a8  $deb" | sha256sum -c - >>"$log" || {
                say "could not fetch Ubuntu's archive keyring"
                exit 2
            }
            dpkg-deb -x "$deb" "$roots/ubuntu-keyring"
            keyring=$roots/ubuntu-keyring/usr/share/keyrings/ubuntu-archive-keyring.gpg
        fi
        args=(--keyring="$keyring" "${args[@]}")
        # Older debootstraps (Debian 12's) have no script named noble; gutsy's is the one for every Ubuntu.
        [ -e /usr/share/debootstrap/scripts/noble ] || args+=(/usr/share/debootstrap/scripts/gutsy)
    fi
    say "debootstrap ${args[*]}"
    rm -rf "$base.tmp"
    debootstrap "${args[@]}" >>"$log" 2>&1 || {
        say "debootstrap failed: see $log"
        exit 2
    }
    mv "$base.tmp" "$base"
fi
say "a fresh copy of $base in $root"
# Mounts left inside by a run that was killed are undone first: removing the old copy must
# never reach the computer's own /dev, /sys or toolchain.
findmnt -rn -o TARGET | grep "^$root/" | sort -r | while read -r stale; do umount -lR "$stale"; done
if findmnt -rn -o TARGET | grep -q "^$root/"; then
    say "something is still mounted inside $root: unmount it (findmnt | grep $root), then run again"
    exit 2
fi
rm -rf --one-file-system "$root"
cp -a "$base" "$root"

# A stock system's package sources: its release, updates and security; Ubuntu's with universe.
case "$distro" in
bookworm)
    cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb http://security.debian.org/debian-security bookworm-security main
EOF
    ;;
noble)
    cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror noble main restricted universe multiverse
deb $mirror noble-updates main restricted universe multiverse
deb http://security.ubuntu.com/ubuntu noble-security main restricted universe multiverse
EOF
    ;;
esac
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
# Where this machine reaches PyPI through a proxy with a certificate authority of its own (named
# by `cert` in /etc/pip.conf), pip in the root is given that authority too: a stand-in for the
# open network, said loudly.
host_cert=$(sed -n 's/^[[:space:]]*cert[[:space:]]*=[[:space:]]*//p' /etc/pip.conf 2>/dev/null | head -1)
if [ -n "$host_cert" ] && [ -f "$host_cert" ]; then
    loud "STAND-IN: pip reaches PyPI here through a proxy; its certificate authority ($host_cert) is given to pip in the root (/etc/pip.conf)"
    cp "$host_cert" "$root/etc/readiness-stand-in-ca.crt"
    printf '[global]\ncert = /etc/readiness-stand-in-ca.crt\n' >"$root/etc/pip.conf"
fi

mount -t proc proc "$root/proc" && mounted+=("$root/proc")
mount --rbind /sys "$root/sys" && mount --make-rslave "$root/sys" && mounted+=("$root/sys")
mount --rbind /dev "$root/dev" && mount --make-rslave "$root/dev" && mounted+=("$root/dev")

# Runs a shell script inside the root as root, with a clean environment (PATH as given),
# logging its output; records its exit status and time in the summary.
path=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
inside() {
    local label=$1 script=$2 start rc
    say "$label"
    printf '%s\n' "$script" | sed 's/^/   $ /' | tee -a "$log" "$summary"
    start=$(date +%s)
    # No terminal answers debconf's questions (tzdata's time zone): the defaults are taken.
    chroot "$root" /usr/bin/env -i HOME=/root PATH="$path" TERM=dumb DEBIAN_FRONTEND=noninteractive \
        ${CHROMIUM:+CHROMIUM="$CHROMIUM"} ${CHROMEDRIVER:+CHROMEDRIVER="$CHROMEDRIVER"} \
        /bin/bash -e -o pipefail -c "cd /root; $script" </dev/null >>"$log" 2>&1
    rc=$?
    results+=("$label: $([ $rc = 0 ] && echo PASS || echo "FAIL (exit $rc)") in $(($(date +%s) - start)) s")
    echo "   -> ${results[-1]}" | tee -a "$log" "$summary"
    return $rc
}
results=()

# The README's block marked `<!-- stock-check: WHAT -->`, with `sudo ` taken off (root runs it).
block() {
    awk -v mark="<!-- stock-check: $1 -->" '
        $0 == mark { found = 1; next }
        found && /^```/ { if (inside) exit; inside = 1; next }
        found && inside { print }' "$repo/README.md" | sed 's/\bsudo //g'
}
for what in "apt $distro" "swift $distro" path; do
    if [ -z "$(block "$what")" ]; then
        say "the README has no block marked stock-check: $what"
        exit 1
    fi
done

finish() {
    say "finished $(date -u '+%Y-%m-%d %H:%M:%S') UTC"
    say "summary:"
    printf '   %s\n' "${results[@]}" | tee -a "$log" "$summary"
    cleanup
    exit "$1"
}

inside "README step 1: the packages ($distro)" "$(block "apt $distro")" || finish 1

# 2. Swift, as the README says when swift.org answers; otherwise this machine's toolchain.
if chroot "$root" curl -fsSI -m 20 https://download.swift.org/ >/dev/null 2>&1; then
    inside "README step 2: Swift from swift.org" "$(block "swift $distro")" || finish 1
else
    loud "STAND-IN: swift.org cannot be reached from here, so the README's Swift download was NOT run;
!! $toolchain ($("$toolchain/usr/bin/swift" --version 2>/dev/null | head -1)) is mounted read-only at /opt/swift instead"
    mkdir -p "$root/opt/swift"
    mount --bind -o ro "$toolchain" "$root/opt/swift" && mount -o remount,bind,ro "$root/opt/swift" &&
        mounted+=("$root/opt/swift")
fi
path=$(chroot "$root" /usr/bin/env -i PATH="$path" /bin/bash -c "$(block path); echo \$PATH")
say "PATH from the README: $path"
inside "swift --version" "swift --version" || finish 1

# The Swift packages: github.com, or the developers' copies of its repositories.
if ! chroot "$root" curl -fsSI -m 20 https://github.com/ >/dev/null 2>&1; then
    loud "STAND-IN: github.com cannot be reached from here, so the Swift packages' repositories come
!! from $packages (mounted read-only at /opt/swift-packages, git url.insteadOf in /etc/gitconfig)"
    mkdir -p "$root/opt/swift-packages"
    mount --bind -o ro "$packages" "$root/opt/swift-packages" && mount -o remount,bind,ro "$root/opt/swift-packages" &&
        mounted+=("$root/opt/swift-packages")
    cat >>"$root/etc/gitconfig" <<EOF
# Stand-in for the network, written by Tests/StockMachine/check.sh
[url "/opt/swift-packages/"]
	insteadOf = https://github.com/
[safe]
	directory = *
EOF
fi

# 3. The repository, cloned from the committed branch (the stand-in for its address).
say "the committed branch $branch, cloned into /root/readiness"
git clone -q --bare --no-local --branch "$branch" --single-branch "$repo" "$root/srv/readiness.git" >>"$log" 2>&1 ||
    finish 1
inside "README step 4: git clone" "git clone /srv/readiness.git readiness" || finish 1
site=0
inside "README step 4: make site" "cd readiness && make site" || site=1
test=0
inside "README step 4: make test" "cd readiness && make test" || test=1
# STOCK_DIAGNOSE, a command run in the clone when `make test` failed, to see how far the rest
# gets (say `swift build --build-tests && swift test --skip-build`); it changes no result.
if [ $test != 0 ] && [ -n "${STOCK_DIAGNOSE:-}" ]; then
    loud "DIAGNOSTIC, not a README command and not part of the result: $STOCK_DIAGNOSE"
    inside "diagnostic (not counted): $STOCK_DIAGNOSE" "cd readiness && $STOCK_DIAGNOSE"
fi
finish $((site || test))
