#!/usr/bin/env bash
# The .deb on a clean Debian 12: build the package (`cpack -G DEB` from a
# Release build, as scripts/test.sh's release stage does), install it with
# `apt install ./pooltrack_*.deb` into a fresh minimal bookworm (debootstrap)
# and run the installed programs there: pooltrack-analyze on the bundled
# sample driver must report exactly the findings its `// expect:` comments
# name, and pooltrack-compdb and pooltrack-confirm must answer --help.
#
#   scripts/deb-clean-install.sh [--deb FILE] [--build DIR]
#
# Needs root (debootstrap, chroot, mount; sudo is used when not root) and
# Debian's package mirror: the first run downloads a minimal bookworm (about
# 100 MB) and the package's dependencies (libclang, MinGW-w64: about 200 MB).
# Both are cached in PT_DEB_CACHE (default ~/.cache/pooltrack/deb-clean): a
# re-run starts again from an unpacked copy of the pristine system, so every
# run installs into a system that has never seen pooltrack, but downloads
# only what changed. PT_DEB_MIRROR picks another mirror.
set -euo pipefail
cd "$(dirname "$0")/.."
deb="" build=build-release
while [ $# -gt 0 ]; do
  case $1 in
    --deb) deb=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    *) echo "usage: $0 [--deb FILE] [--build DIR]" >&2; exit 2 ;;
  esac
done
mirror=${PT_DEB_MIRROR:-http://deb.debian.org/debian}
cache=${PT_DEB_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pooltrack/deb-clean}
sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
say() { echo "deb-clean-install: $*" >&2; }
t0=$SECONDS

# 1. the package
if [ -z "$deb" ]; then
  say "building the package in $build"
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DCMAKE_C_COMPILER=gcc >/dev/null
  cmake --build "$build" -j"$(nproc)" >/dev/null
  (cd "$build" && rm -f pooltrack_*.deb && cpack -G DEB >/dev/null)
  deb=$(ls "$build"/pooltrack_*.deb)
fi
deb=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")
say "package $(basename "$deb"): Depends: $(dpkg-deb -f "$deb" Depends)"

# 2. a pristine minimal bookworm, made once (debootstrap is only needed then)
mkdir -p "$cache/archives/partial" "$cache/lists/partial"
if [ ! -f "$cache/bookworm.tar" ]; then
  command -v debootstrap >/dev/null || $sudo_cmd apt-get install -y -qq debootstrap >/dev/null
  say "debootstrap bookworm (minbase) from $mirror"
  rm -rf "$cache/base"
  $sudo_cmd debootstrap --variant=minbase bookworm "$cache/base" "$mirror" >"$cache/debootstrap.log" 2>&1 ||
    { tail -20 "$cache/debootstrap.log" >&2; exit 1; }
  $sudo_cmd tar -C "$cache/base" -cf "$cache/bookworm.tar.part" . && mv "$cache/bookworm.tar.part" "$cache/bookworm.tar"
  $sudo_cmd rm -rf "$cache/base"
fi

# 3. a fresh copy of it, the package and the sample inside, then everything
# in the chroot; a private mount namespace drops the mounts however it ends
root=$(mktemp -d "${TMPDIR:-/tmp}/pt-deb-clean.XXXXXX")
cleanup() { $sudo_cmd rm -rf --one-file-system "$root"; }
trap cleanup EXIT
$sudo_cmd tar -C "$root" -xf "$cache/bookworm.tar"
$sudo_cmd cp "$deb" "$root/root/"
$sudo_cmd cp -r samples/pooldemo "$root/root/pooldemo"
$sudo_cmd cp /etc/resolv.conf "$root/etc/resolv.conf"
$sudo_cmd tee "$root/root/check.sh" >/dev/null <<'EOF'
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 PATH=/usr/sbin:/usr/bin:/sbin:/bin
cd /root
if command -v pooltrack-analyze >/dev/null; then echo "not clean: pooltrack is already installed"; exit 1; fi
apt-get update -qq
apt-get install -y -qq ./pooltrack_*.deb >apt.log 2>&1 || { tail -30 apt.log; exit 1; }
echo "installed: $(dpkg-query -W -f='${Package} ${Version}' pooltrack), $(grep -c '^Unpacking' apt.log) packages unpacked"

# the sample, as README's demo runs it, with the installed programs
bash pooldemo/make-compdb.sh /root/pd >/dev/null
rc=0
pooltrack-analyze -p /root/pd/compile_commands.json --srcroot /root/pooldemo --stats >out.txt 2>err.txt || rc=$?
cat out.txt; grep 'translation units' err.txt || true
[ "$rc" -eq 1 ] || { echo "FAIL: pooltrack-analyze exited $rc, want 1 (findings)"; cat err.txt; exit 1; }
# findings (file:line RULE) against the sample's own `// expect: RULE` comments
sed -nE 's/^([a-z]+\.c):([0-9]+):[0-9]+: (warning|error): .*\[(PT[0-9]+)\]$/\1:\2 \4/p' out.txt | sort >got.txt
(cd pooldemo && grep -n -o 'expect: PT[0-9]*' *.c | sed -E 's/^([^:]+):([0-9]+):expect: /\1:\2 /') | sort >want.txt
if ! diff want.txt got.txt; then echo "FAIL: findings differ from the sample's expect comments (< want, > got)"; exit 1; fi
grep -q ' 0 with parse errors' err.txt || { echo "FAIL: parse errors"; cat err.txt; exit 1; }
echo "sample: $(wc -l <got.txt) findings, as expected"
# --help: the usage, exit 0; a program without the option prints it as for
# any bad argument, exit 2 (pooltrack-confirm today): shown, not failed
for p in pooltrack-compdb pooltrack-confirm; do
  rc=0; $p --help >help.txt 2>&1 || rc=$?
  if ! grep -qi '^usage: ' help.txt || { [ "$rc" -ne 0 ] && [ "$rc" -ne 2 ]; }; then
    echo "FAIL: $p --help exited $rc"; cat help.txt; exit 1
  fi
  echo "$p --help (exit $rc): $(head -1 help.txt)"
done
for p in pooltrack-analyze pooltrack-compdb pooltrack-confirm; do
  dpkg -L pooltrack | grep -Eq "^/usr/share/man/man1/$p\.1(\.gz)?$" || { echo "FAIL: no man page for $p"; exit 1; }
done
echo "OK"
EOF
say "apt install ./$(basename "$deb") in a fresh bookworm ($root)"
# shellcheck disable=SC2016
$sudo_cmd unshare --mount --propagation private bash -c '
  set -e
  r=$1 cache=$2
  mount -t proc proc "$r/proc"
  mount --rbind /dev "$r/dev"
  mount --bind "$cache/archives" "$r/var/cache/apt/archives"
  mount --bind "$cache/lists" "$r/var/lib/apt/lists"
  chroot "$r" /bin/bash /root/check.sh' - "$root" "$cache"
say "passed in $((SECONDS - t0)) s"
