#!/usr/bin/env bash
# Fetches the BlazeFace and emotion TF.js graph models from the npm package @vladmandic/human
# (MIT) with the ordinary npm client, checks their sha256 against the committed list and caches
# them outside the repository. Run by the affectrec-vision Maven build; safe to rerun (it does
# nothing when the cache already holds the right files).
#
# usage: fetch-face-models.sh VERSION CACHE_DIR SHA256_FILE
set -euo pipefail

if [[ $# -ne 3 ]]; then
  echo "usage: $0 VERSION CACHE_DIR SHA256_FILE" >&2
  exit 64
fi
version="$1"
cache_dir="$2"
sums="$3"

verify() { # dir -> 0 when every listed file exists with the listed sha256
  local dir="$1" expected name actual
  while read -r expected name; do
    [[ -z "$name" ]] && continue
    [[ -f "$dir/$name" ]] || return 1
    actual="$(sha256sum "$dir/$name" | cut -d' ' -f1)"
    [[ "$actual" == "$expected" ]] || return 1
  done <"$sums"
}

if verify "$cache_dir"; then
  exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
  echo "fetch-face-models: npm is required to fetch @vladmandic/human@$version (install nodejs and npm)" >&2
  exit 1
fi

mkdir -p "$cache_dir"
work="$(mktemp -d "${TMPDIR:-/tmp}/affectrec-face-models.XXXXXX")"
trap 'rm -rf "$work"' EXIT
echo "fetch-face-models: npm pack @vladmandic/human@$version into $cache_dir"
(cd "$work" && npm pack --silent "@vladmandic/human@$version" >/dev/null)
tarball="$(ls "$work"/*.tgz)"
members=()
while read -r _ name; do
  [[ -n "$name" ]] && members+=("package/models/$name")
done <"$sums"
tar -xzf "$tarball" -C "$work" "${members[@]}"

status=0
while read -r expected name; do
  [[ -z "$name" ]] && continue
  actual="$(sha256sum "$work/package/models/$name" | cut -d' ' -f1)"
  if [[ "$actual" != "$expected" ]]; then
    echo "fetch-face-models: sha256 mismatch for models/$name in @vladmandic/human@$version:" \
      "expected $expected, got $actual (see $sums)" >&2
    status=1
  fi
done <"$sums"
if [[ $status -ne 0 ]]; then
  exit $status
fi
for member in "${members[@]}"; do
  mv -f "$work/$member" "$cache_dir/"
done
echo "fetch-face-models: cached $(printf '%s ' "${members[@]##*/}")in $cache_dir"
