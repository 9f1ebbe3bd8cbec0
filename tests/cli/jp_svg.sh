# -jp=G,file.svg (or -jp=g): a self-contained SVG flame graph (checked here by its text; a
# headless browser renders it in tests/long/cli/jp_flamegraph_chromium.sh).
W=tests/cli/data/jp_work.lua
F=/tmp/jp_svg.$$.svg
$LUA -jp=G,$F $W
# expect: true
head -1 $F
# expect: <?xml version="1.0" standalone="no"?>
grep -c '^<svg .*xmlns="http://www.w3.org/2000/svg">$' $F
# expect: 1
tail -1 $F
# expect: </svg>
# One group per frame, each with a title (the hover text), a rect and a text.
g=$(grep -c '^<g class="f" ' $F); echo $((g > 3))
# expect: 1
[ "$(grep -c '</g>$' $F)" = "$g" ] && [ "$(grep -c '<title>' $F)" = "$g" ] && echo balanced
# expect: balanced
# The bottom frame is "all", 100%; hot has its function, source:line, samples and percent.
grep -q '<g class="f" data-o="0" data-c="[0-9]*" data-d="0" data-p="100.00" data-n="all"' $F && echo root
# expect: root
grep -Eq 'data-n="hot" data-s="jp_work\.lua:2" data-l="hot \(jp_work\.lua:2\)"><title>hot \(jp_work\.lua:2\): [0-9]+ samples, [0-9.]+%</title>' $F && echo hot
# expect: hot
# Interactive, with nothing outside: the script (zoom on click, status on hover) is inside.
grep -c '<script type="text/ecmascript"><!\[CDATA\[' $F
# expect: 1
grep -c 'addEventListener("click"\|addEventListener("mouseover"' $F
# expect: 3
grep -c 'href=\|xlink\|http://[^w]\|https:' $F
# expect: 0
# Names are escaped (outside the script's CDATA): a chunk named "<&\">".
$LUA -jp=g -e 'loadstring("local c = os.clock() while os.clock() - c < 0.2 do end", "=<&\">")()' > $F
sed '/<script/,$d' $F | grep -c '[^&]&[^a-z#]\|<&'
# expect: 0
grep -c 'data-s="&lt;&amp;&quot;&gt;:0"' $F
# expect: 1
# g writes to stdout without a file.
$LUA -jp=g $W | sed -n 2p
# expect: <?xml version="1.0" standalone="no"?>
rm -f $F
