# LuaRocks builds and installs rocks for an installed Apogee: `make install` into a scratch
# prefix, then `luarocks --lua-dir=PREFIX/lib/apogee --lua-version=5.1 make` of the two rocks
# under tests/rocks/ (a pure-Lua one, and one with a C module built against Apogee's headers)
# into a scratch tree, offline; then apogee requires them, with the paths `luarocks path` gives.
# requires-command: luarocks
set -e
root=$PWD
build=$(dirname "$LUA")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp/home   # LuaRocks' cache and user config stay in the scratch directory
mkdir -p "$HOME"
make -s -C "$root" install PREFIX="$tmp/prefix" BUILD="$build" >"$tmp/install.log" 2>&1 ||
  { cat "$tmp/install.log" >&2; exit 1; }
luarocks() { command luarocks --lua-dir="$tmp/prefix/lib/apogee" --lua-version=5.1 "$@"; }
for rock in pure c; do
  # (built in a copy: luarocks make leaves objects beside the sources)
  cp -R "$root/tests/rocks/$rock" "$tmp/src-$rock"
  (cd "$tmp/src-$rock" && luarocks make --tree="$tmp/tree") >"$tmp/make.log" 2>&1 ||
    { cat "$tmp/make.log" >&2; exit 1; }
done
grep -c -- "-I$tmp/prefix/lib/apogee/include" "$tmp/make.log"
# expect: 1
luarocks list --tree="$tmp/tree" --porcelain | cut -f1,2 | sort
# expect: apogee-puretest	1.0-1
# expect: apogee-rocktest	1.0-1
eval "$(luarocks path --tree="$tmp/tree")"
cd "$tmp"
"$tmp/prefix/bin/apogee" -e '
  local pure, rock = require("puretest"), require("rocktest")
  print(pure.greet("apogee"))
  print(rock.sum(1, 2, 3.5), rock.headers)
  print((package.loaded["rocktest.core"] and "C module loaded"))'
# expect: hello from a rock, apogee
# expect: 6.5	apogee
# expect: C module loaded
