# The flame graph of a bench/ program (-jp=G,file.svg) in a real browser, headless Chromium:
# the screenshot shows it drawn (much more than a blank page of the same size), and in the page
# hovering a frame fills the status line, a click zooms the frame to the full width and hides
# the frames outside it, and "Reset zoom" shows them all again.
# requires-command: chromium
D=$(mktemp -d)
trap 'rm -rf "$D"' EXIT
CHROMIUM="chromium --headless --no-sandbox --disable-gpu --hide-scrollbars"
$LUA -jp=G,$D/fg.svg bench/deltablue.lua 200
# expect: 45889000
H=$(sed -n 's/^<svg .* height="\([0-9]*\)" .*/\1/p' $D/fg.svg)
printf '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="%s"><rect width="1200" height="%s" fill="#f6f6ee"/></svg>\n' $H $H > $D/blank.svg
$CHROMIUM --window-size=1200,$H --screenshot=$D/fg.png file://$D/fg.svg >/dev/null 2>&1
$CHROMIUM --window-size=1200,$H --screenshot=$D/blank.png file://$D/blank.svg >/dev/null 2>&1
head -c 8 $D/fg.png | od -An -c | tr -d ' '
# expect: 211PNG\r\n032\n
fg=$(stat -c %s $D/fg.png); blank=$(stat -c %s $D/blank.png)
echo "screenshot $fg bytes, blank page $blank bytes" >&2
[ "$fg" -gt $((blank * 5)) ] && [ "$fg" -gt 10000 ] && echo "drawn"
# expect: drawn
cat > $D/page.html <<'HTML'
<html><body><object id="o" data="fg.svg" type="image/svg+xml"></object>
<pre id="r">not loaded</pre>
<script>
document.getElementById("o").addEventListener("load", function () {
  var d = this.contentDocument, fs = d.getElementsByClassName("f"), f = null, i;
  for (i = 0; i < fs.length; i++)
    if (fs[i].getAttribute("data-d") == "3") { f = fs[i]; break; }
  f.dispatchEvent(new MouseEvent("mouseover"));
  var st = d.getElementById("status").textContent;
  f.dispatchEvent(new MouseEvent("click"));
  var w = f.getElementsByTagName("rect")[0].getAttribute("width"), hidden = 0, shown = 0;
  for (i = 0; i < fs.length; i++) if (fs[i].style.display == "none") hidden++;
  d.getElementById("reset").dispatchEvent(new MouseEvent("click"));
  for (i = 0; i < fs.length; i++) if (fs[i].style.display != "none") shown++;
  document.getElementById("r").textContent = "hover: " + st + "\nzoomed width: " + w +
    "\nhidden: " + (hidden > 0) + "\nreset: " + (shown == fs.length);
});
</script></body></html>
HTML
$CHROMIUM --allow-file-access-from-files --virtual-time-budget=5000 --dump-dom file://$D/page.html 2>/dev/null > $D/dom.html
grep -Ec '^<pre id="r">hover: [a-z_]+  deltablue\.lua:[0-9]+  [0-9]+ samples \([0-9.]+%\)$' $D/dom.html
# expect: 1
grep -A3 '^<pre id="r">' $D/dom.html | sed 1d
# expect: zoomed width: 1179.50
# expect: hidden: true
# expect: reset: true</pre>
