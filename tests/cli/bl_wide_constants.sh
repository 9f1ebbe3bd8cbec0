# -bl lists a function with wide constants: KWIDE shows its constant, its data word is listed
# as .data (not decoded as an instruction), and GGETV/GSETV use the loaded name.
f=$(mktemp)
trap 'rm -f "$f"' EXIT
{
  printf 'local t '
  seq 0 65535 | awk '{ printf "t=%d.5 ", $1 }'
  printf '\nwide_name = "wide value"\nprint(wide_name)\n'
} > "$f"
$LUA "$f"
# expect: wide value
out=$($LUA -bl "$f")
echo "$out" | grep -c 'KWIDE .*; "wide_name"'
# expect: 2
echo "$out" | grep -c 'KWIDE .*; "wide value"'
# expect: 1
echo "$out" | grep -c 'KWIDE .*; "print"'
# expect: 1
echo "$out" | grep -c '\.data *6553[678]$'
# expect: 4
echo "$out" | grep -c 'GSETV\|GGETV'
# expect: 3
