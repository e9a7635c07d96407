# Source this file (`. scripts/use-node-lts.sh`): puts the project's Node.js LTS (the version in
# .nvmrc) first on PATH. When the machine's `node` is of another major version, the LTS is
# installed from the npm registry's `node-linux-<arch>` package (the official binaries, checked
# against the registry's integrity hash by npm) into .tools/node, once; npm itself stays the
# machine's (npm 11), now running on that Node. Native modules (better-sqlite3) are compiled
# against the headers shipped in the same package (npm_config_nodedir), not the machine's.
_bg_root="$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)"
_bg_want="$(tr -d ' \nv' < "$_bg_root/.nvmrc")"
_bg_major="${_bg_want%%.*}"
_bg_have="$(node --version 2>/dev/null | tr -d v)"
if [ "${_bg_have%%.*}" != "$_bg_major" ]; then
  _bg_dir="$_bg_root/.tools/node"
  if [ "$("$_bg_dir/bin/node" --version 2>/dev/null)" != "v$_bg_want" ]; then
    case "$(uname -m)" in x86_64) _bg_arch=x64 ;; aarch64 | arm64) _bg_arch=arm64 ;; *) _bg_arch="$(uname -m)" ;; esac
    echo "use-node-lts: machine Node ${_bg_have:-none}; installing Node $_bg_want from the npm registry (node-linux-$_bg_arch) into .tools/node" >&2
    _bg_tmp="$(mktemp -d)"
    if (cd "$_bg_tmp" && npm pack --silent "node-linux-$_bg_arch@$_bg_want" > /dev/null) &&
      rm -rf "$_bg_dir" && mkdir -p "$_bg_dir" && tar -xzf "$_bg_tmp"/node-linux-*.tgz -C "$_bg_dir" --strip-components=1; then
      :
    else
      echo "use-node-lts: could not install Node $_bg_want; staying on $(node --version 2>/dev/null)" >&2
    fi
    rm -rf "$_bg_tmp"
  fi
  if [ -x "$_bg_dir/bin/node" ]; then
    export PATH="$_bg_dir/bin:$PATH"
    export npm_config_nodedir="$_bg_dir"
    hash -r 2>/dev/null || true
  fi
fi
echo "use-node-lts: node $(node --version) ($(command -v node)), npm $(npm --version)" >&2
unset _bg_root _bg_want _bg_major _bg_have _bg_dir _bg_arch _bg_tmp
