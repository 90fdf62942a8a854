#!/usr/bin/env bash
# CI, part two: a fresh Debian 13 root (what Ubuntu 24.04 and later look like), built with
# debootstrap from the Debian mirror this machine uses. In it, the default preset is built and
# tested twice: with Debian 13's own Boost (1.83) and g++ 14, as most learners there have it,
# then with TUTORIAL_BOOST=1.88 and clang 19 (a third faster than g++; g++ 14 with Boost 1.88
# is left to learners' machines, and CI time). Both build without debug info (-g0): it
# changes no code and no warning, and is two fifths of g++'s compile time; the Debian 12 part
# builds with it, as learners do.
# Run as root. Every mount it makes is undone on exit, also when interrupted.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d /tmp/a2a-debian13.XXXXXX)
root=$work/root

cleanup() {
  local m
  for m in dev sys proc; do umount -R -l "$root/$m" 2>/dev/null || true; done
  if grep -q " $root/" /proc/mounts; then
    echo "debian13: left $work in place: something is still mounted there" >&2
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

timed() {  # what, command...
  local what=$1 start=$SECONDS; shift
  echo "==> debian13: $what"
  "$@"
  echo "==> debian13: $what took $((SECONDS - start)) s"
}

mirror=$(awk '/^URIs:/ { print $2; exit }' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
[[ -n "$mirror" ]] || mirror=$(awk '/^deb / { print $2; exit }' /etc/apt/sources.list 2>/dev/null || true)
[[ -n "$mirror" ]] || mirror=http://deb.debian.org/debian

if ! command -v debootstrap >/dev/null; then
  timed "installing debootstrap" bash -c 'apt-get update -q >/dev/null && apt-get install -y -q debootstrap >/dev/null'
fi
bootstrap() {
  debootstrap --variant=minbase --include=git,ca-certificates trixie "$root" "$mirror" \
    >"$work/debootstrap.log" 2>&1 || { tail -20 "$work/debootstrap.log" >&2; return 1; }
}
timed "debootstrap trixie from $mirror" bootstrap

cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys" && mount --make-rslave "$root/sys"
mount --rbind /dev "$root/dev" && mount --make-rslave "$root/dev"
git clone -q "$repo" "$root/project"

in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root "$@"; }
timed "Boost 1.83 (Debian 13's own), g++: ./tutorial verify --quick" \
  in_root TUTORIAL_CMAKE_ARGS="-DCMAKE_CXX_FLAGS_DEBUG=-g0" \
  bash -c 'cd /project && ./tutorial verify --quick'
timed "installing clang" in_root bash -c 'apt-get install -y -q clang >/dev/null'
timed "Boost 1.88, clang: TUTORIAL_BOOST=1.88 ./tutorial verify --quick" \
  in_root TUTORIAL_CMAKE_ARGS="-DCMAKE_CXX_FLAGS_DEBUG=-g0 -DCMAKE_CXX_COMPILER=clang++" \
  bash -c 'cd /project && TUTORIAL_BOOST=1.88 ./tutorial verify --quick'
