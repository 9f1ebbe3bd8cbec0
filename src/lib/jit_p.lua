-- jit.p: the profiler behind `apogee -jp[=mode[,output]]` (docs/PROFILER.md), over
-- jit.profile. Mode letters are LuaJIT's (f F l <n> -<n> s p v r m<n> i<ms> G) plus Apogee's
-- c (folded stacks) and g (an SVG flame graph). The samples are counted by the callback; the
-- report is written when the profiler stops: by stop(), or when the state is closed.
-- (Embedded in the binary: src/lib/jit_p.h is generated from this file by the Makefile.)
local profile = require("jit.profile")
local dumpstack = profile.dumpstack
local floor, format, sort, concat = math.floor, string.format, table.sort, table.concat
local pairs, ipairs, tonumber, tostring = pairs, ipairs, tonumber, tostring

local M = {}

local VMNAMES = {
  I = "Interpreted", N = "Compiled", C = "C code", G = "Garbage Collector", J = "JIT Compiler",
}

local S          -- the running profile, or nil
local finisher   -- a userdata whose __gc writes the report at lua_close

local function parse(mode, outname)
  local o = { fmt = "f", depth = 1, min = 3, interval = 1, out = outname }
  local i, n = 1, #mode
  while i <= n do
    local c = mode:sub(i, i)
    local num = mode:match("^%-?%d+", i)
    if num then
      o.depth = tonumber(num)
      o.depthset, o.stack = true, true
      i = i + #num
    elseif c == "m" or c == "i" then
      local v = mode:match("^%d+%.?%d*", i + 1)
      if not v then error("-jp: '" .. c .. "' needs a number", 0) end
      if c == "m" then o.min = tonumber(v) else o.interval = tonumber(v) end
      i = i + 1 + #v
    else
      if c == "f" or c == "F" or c == "l" then o.fmt, o.stack = c, true
      elseif c == "s" then o.split, o.stack = true, true
      elseif c == "p" then o.path = true
      elseif c == "v" then o.vm = true
      elseif c == "r" then o.raw = true
      elseif c == "G" then o.graphical = true   -- folded stacks, or SVG into a .svg file
      elseif c == "c" then o.folded = true
      elseif c == "g" then o.svg = true
      elseif c == "z" or c == "a" or c == "A" then -- LuaJIT's zones and annotations: not done
      else error("-jp: unknown mode letter '" .. c .. "'", 0) end
      i = i + 1
    end
  end
  if outname and not o.folded and not o.svg then
    if outname:match("%.svg$") then o.svg = true
    elseif outname:match("%.folded$") or outname:match("%.collapsed$") then o.folded = true end
  end
  if o.graphical and not o.svg then o.folded = true end
  if o.svg then o.folded = false end
  if o.split and o.depth >= 0 and o.depth < 2 then o.depth = 2 end
  if o.split and o.depth < 0 and o.depth > -2 then o.depth = -2 end
  return o
end

-- The dumpstack format of a sample's key.
local function keyformat(o)
  local p = o.path and "p" or ""
  if o.folded or o.svg then
    -- frames outermost first; a frame is "name\1module:firstline" (f, F) or "module:line" (l)
    if o.fmt == "l" then return p .. "lZ;" end
    return p .. o.fmt .. "\1dZ;"
  end
  return p .. o.fmt .. (o.depth < 0 and "Z > " or "Z < ")
end

local function callback(th, samples, vmstate)
  local s = S
  if not s then return end
  s.total = s.total + samples
  s.vm[vmstate] = (s.vm[vmstate] or 0) + samples
  if s.key then
    local k = dumpstack(th, s.key, s.depth)
    s.counts[k] = (s.counts[k] or 0) + samples
  end
end

-- Keys sorted by count, then by name (a stable report).
local function sorted(counts)
  local keys, n = {}, 0
  for k in pairs(counts) do n = n + 1; keys[n] = k end
  sort(keys, function(a, b)
    local ca, cb = counts[a], counts[b]
    if ca ~= cb then return ca > cb end
    return a < b
  end)
  return keys
end

local function writetop(out, o, counts, total, indent, sub)
  for _, k in ipairs(sorted(counts)) do
    local v = counts[k]
    local pct = floor(v * 100 / total + 0.5)
    if pct < o.min then break end
    if o.raw then out:write(format("%s%5d  %s\n", indent, v, k))
    else out:write(format("%s%2d%%  %s\n", indent, pct, k)) end
    if sub and sub[k] then writetop(out, o, sub[k], v, "  <- ") end
  end
end

local function vmsummary(s)
  local parts = {}
  for _, k in ipairs(sorted(s.vm)) do
    parts[#parts + 1] = format("%s %d%%", VMNAMES[k] or k, floor(s.vm[k] * 100 / s.total + 0.5))
  end
  return format("-- %d samples every %s ms: %s\n", s.total, tostring(s.o.interval), concat(parts, ", "))
end

-- "name\1module:line" -> "name (module:line)", or the one part when both are the same.
local function framelabel(f)
  local name, src = f:match("^(.-)\1(.*)$")
  if not name then return f, nil, f end
  if name == src then return src, nil, src end
  return name .. " (" .. src .. ")", name, src
end

-- Folded stacks: { {frames...}, count } in key order.
local function folded(s)
  local list = {}
  for _, k in ipairs(sorted(s.counts)) do
    local frames = {}
    for f in (k .. ";"):gmatch("(.-);") do
      if f ~= "" then frames[#frames + 1] = f end
    end
    list[#list + 1] = { frames, s.counts[k] }
  end
  sort(list, function(a, b) return concat(a[1], ";") < concat(b[1], ";") end)
  return list
end

local function writefolded(out, s)
  for _, e in ipairs(folded(s)) do
    local names = {}
    for i, f in ipairs(e[1]) do names[i] = (framelabel(f)):gsub(";", ":") end
    out:write(concat(names, ";"), " ", e[2], "\n")
  end
end

-- --- the SVG flame graph ---

local function xmlesc(str)
  return (str:gsub("[&<>\"]", { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;", ['"'] = "&quot;" }))
end

local function colour(name)
  local h = 0
  for i = 1, #name do h = (h * 31 + name:byte(i)) % 2147483647 end
  local r = 205 + h % 50
  local g = floor(h / 50) % 200 + 20
  local b = floor(h / 10000) % 55
  return format("rgb(%d,%d,%d)", r, g, b)
end

local SVGSCRIPT = [[
var W = 1200, P = 10, CW = 7;
var frames = document.getElementsByClassName("f");
var bar = document.getElementById("status");   // (not "status": window.status)
function fit(g, x, w) {
  var r = g.getElementsByTagName("rect")[0], t = g.getElementsByTagName("text")[0];
  var l = g.getAttribute("data-l"), n = Math.floor((w - 6) / CW);
  r.setAttribute("x", x.toFixed(2));
  r.setAttribute("width", Math.max(w - 0.5, 0).toFixed(2));
  t.setAttribute("x", (x + 3).toFixed(2));
  t.textContent = n < 3 ? "" : (l.length <= n ? l : l.substring(0, n - 2) + "..");
}
function zoom(z) {
  var o = +z.getAttribute("data-o"), c = +z.getAttribute("data-c"), d = +z.getAttribute("data-d");
  var k = (W - 2 * P) / c;
  for (var i = 0; i < frames.length; i++) {
    var f = frames[i], fo = +f.getAttribute("data-o"), fc = +f.getAttribute("data-c");
    var fd = +f.getAttribute("data-d"), a = Math.max(fo, o), b = Math.min(fo + fc, o + c);
    if (b <= a || (fd < d && !(fo <= o && fo + fc >= o + c))) { f.style.display = "none"; continue; }
    f.style.display = "";
    fit(f, P + (a - o) * k, (b - a) * k);
  }
}
function show(f) {
  var src = f.getAttribute("data-s");
  bar.textContent = f.getAttribute("data-n") + (src ? "  " + src : "") + "  " +
    f.getAttribute("data-c") + " samples (" + f.getAttribute("data-p") + "%)";
}
for (var i = 0; i < frames.length; i++) {
  frames[i].addEventListener("click", function () { zoom(this); });
  frames[i].addEventListener("mouseover", function () { show(this); });
  frames[i].addEventListener("mouseout", function () { bar.textContent = " "; });
}
document.getElementById("reset").addEventListener("click", function () { zoom(frames[0]); });
]]

local function writesvg(out, s, title)
  local root = { label = "all", name = "all", n = 0, kids = {}, order = {} }
  local maxd = 0
  for _, e in ipairs(folded(s)) do
    local node, count = root, e[2]
    root.n = root.n + count
    for d, f in ipairs(e[1]) do
      local kid = node.kids[f]
      if not kid then
        local label, name, src = framelabel(f)
        kid = { label = label, name = name or label, src = src, n = 0, kids = {}, order = {} }
        node.kids[f] = kid
        node.order[#node.order + 1] = f
      end
      kid.n = kid.n + count
      node = kid
      if d > maxd then maxd = d end
    end
  end
  local W, P, FH, TOP, BOTTOM = 1200, 10, 16, 36, 26
  local H = TOP + (maxd + 1) * FH + BOTTOM
  local total = root.n > 0 and root.n or 1
  local scale = (W - 2 * P) / total
  out:write('<?xml version="1.0" standalone="no"?>\n')
  out:write(format('<svg version="1.1" width="%d" height="%d" viewBox="0 0 %d %d" ' ..
    'xmlns="http://www.w3.org/2000/svg">\n', W, H, W, H))
  out:write('<style type="text/css">\n',
    'text { font-family: monospace; font-size: 12px; fill: #000; }\n',
    'g.f:hover rect { stroke: #000; stroke-width: 0.5; cursor: pointer; }\n',
    'g.f text { pointer-events: none; }\n',
    '#title { font-size: 17px; text-anchor: middle; }\n',
    '#reset { cursor: pointer; fill: #036; }\n',
    '</style>\n')
  out:write(format('<rect x="0" y="0" width="%d" height="%d" fill="#f6f6ee"/>\n', W, H))
  out:write(format('<text id="title" x="%d" y="22">%s</text>\n', W / 2, xmlesc(title)))
  out:write(format('<text id="reset" x="%d" y="22">Reset zoom</text>\n', P))
  out:write(format('<text id="status" x="%d" y="%d"> </text>\n', P, H - 8))
  local function frame(node, depth, offset)
    local w = node.n * scale
    if w < 0.1 then return end
    local x, y = P + offset * scale, H - BOTTOM - (depth + 1) * FH
    local pct = format("%.2f", node.n * 100 / total)
    local n = floor((w - 6) / 7)
    local text = n < 3 and "" or (#node.label <= n and node.label or node.label:sub(1, n - 2) .. "..")
    out:write(format('<g class="f" data-o="%d" data-c="%d" data-d="%d" data-p="%s" ' ..
      'data-n="%s" data-s="%s" data-l="%s">', offset, node.n, depth, pct,
      xmlesc(node.name), xmlesc(node.src or ""), xmlesc(node.label)))
    out:write(format('<title>%s: %d samples, %s%%</title>', xmlesc(node.label), node.n, pct))
    out:write(format('<rect x="%.2f" y="%d" width="%.2f" height="%d" rx="2" fill="%s"/>',
      x, y, w - 0.5 > 0 and w - 0.5 or 0, FH - 1, depth == 0 and "rgb(220,220,220)" or colour(node.label)))
    out:write(format('<text x="%.2f" y="%d">%s</text></g>\n', x + 3, y + FH - 4, xmlesc(text)))
    local o = offset
    for _, f in ipairs(node.order) do
      local kid = node.kids[f]
      frame(kid, depth + 1, o)
      o = o + kid.n
    end
  end
  frame(root, 0, 0)
  out:write('<script type="text/ecmascript"><![CDATA[\n', SVGSCRIPT, ']]></script>\n</svg>\n')
end

-- --- start and stop ---

local function finish()
  local s = S
  if not s then return end
  S = nil
  profile.stop()
  local out = io.stdout
  if s.o.out and s.o.out ~= "-" then
    local f, err = io.open(s.o.out, "w")
    if not f then io.stderr:write("-jp: ", err, "\n"); return end
    out = f
  end
  if s.o.svg then
    writesvg(out, s, "Apogee -jp: " .. s.total .. " samples")
  elseif s.total == 0 then
    if not s.o.folded then out:write("[No samples collected]\n") end
  elseif s.o.folded then
    writefolded(out, s)
  else
    if s.key then
      if s.o.split then
        -- the first frame, then its callers below it
        local top, sub = {}, {}
        local sep = s.o.depth < 0 and " > " or " < "
        for k, v in pairs(s.counts) do
          local first, rest
          if s.o.depth < 0 then
            rest, first = k:match("^(.*)" .. sep .. "(.-)$")
          else
            first, rest = k:match("^(.-)" .. sep .. "(.*)$")
          end
          first = first or k
          top[first] = (top[first] or 0) + v
          if rest then
            sub[first] = sub[first] or {}
            sub[first][rest] = (sub[first][rest] or 0) + v
          end
        end
        writetop(out, s.o, top, s.total, "", sub)
      else
        writetop(out, s.o, s.counts, s.total, "")
      end
      if s.o.vm then out:write("\n") end
    end
    if s.o.vm then
      local named = {}
      for k, v in pairs(s.vm) do named[VMNAMES[k] or k] = v end
      writetop(out, s.o, named, s.total, "")
    end
    if s.key and not s.o.vm then out:write(vmsummary(s)) end
  end
  if out ~= io.stdout then out:close() else out:flush() end
end

-- start(mode, output): mode as after -jp= (default "f"), output a file name (default stdout).
function M.start(mode, outname)
  if S then finish() end
  mode = mode or ""
  if not outname and mode:find(",", 1, true) then   -- "-jp=mode,output" comes as one string
    mode, outname = mode:match("^([^,]*),(.*)$")
  end
  local o = parse(mode, outname)
  local s = { o = o, total = 0, vm = {}, counts = {} }
  -- 'v' alone reports only the VM states
  if not (o.vm and not o.stack and not o.svg and not o.folded) then
    s.key = keyformat(o)
    s.depth = o.depth
    if (o.folded or o.svg) and not o.depthset then s.depth = -200 end
    if (o.folded or o.svg) and s.depth > 0 then s.depth = -s.depth end
  end
  S = s
  -- The report is written at lua_close if stop() is not called before.
  finisher = newproxy(true)
  getmetatable(finisher).__gc = finish
  profile.start("i" .. o.interval, callback)
end

function M.stop()
  finish()
end

return M
