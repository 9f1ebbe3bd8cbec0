# bench/report.awk -- turn bench/run's raw results into the table (stdout), the JSON file and
# the SVG chart. Input: tab-separated lines
#   bench  vm  size  status(ok|FAILURE)  median_s  rss_kb  times(comma-separated)  detail
# Variables set by bench/run: vms, labels, benches, json, svg, versions, cpu, cores, kernel,
# stamp, size_kind, reps, warmup, elapsed.

function jstr(s) {
  gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); gsub(/\t/, "\\t", s)
  return "\"" s "\""
}
function xml(s) {
  gsub(/&/, "\\&amp;", s); gsub(/</, "\\&lt;", s); gsub(/>/, "\\&gt;", s)
  return s
}
function log10(x) { return log(x) / log(10) }
function fmt_ratio(r) {
  if (r >= 100) return sprintf("%.0f", r)
  if (r >= 10) return sprintf("%.1f", r)
  return sprintf("%.2f", r)
}
function fmt_time(t) { return sprintf("%.3f", t) }

BEGIN {
  nv = split(vms, V, ",")
  nb = split(benches, B, ",")
  nl = split(labels, L, ";")
  for (i = 1; i <= nl; i++) if (L[i] != "") { split(L[i], kv, "="); LABEL[kv[1]] = kv[2] }
  while ((getline line < versions) > 0) { split(line, p, "\t"); VERSION[p[1]] = p[2] }
  close(versions)
  # collector pauses of the benchmarks marked `pause` (bench/run): bench vm stall_ms step_ms
  while ((getline line < pauses) > 0) {
    split(line, p, "\t")
    STALL[p[1], p[2]] = p[3]; STEP[p[1], p[2]] = p[4]; SLOW[p[1], p[2]] = p[5]; HASPAUSE[p[1]] = 1
  }
  close(pauses)
}

{
  key = $1 SUBSEP $2
  SIZE[$1] = $3
  STATUS[key] = $4
  MED[key] = $5
  RSS[key] = $6
  TIMES[key] = $7
  DETAIL[key] = $8
}

END {
  has_apogee = 0
  for (j = 1; j <= nv; j++) if (V[j] == "apogee") has_apogee = 1
  # peers: every VM other than apogee
  np = 0
  for (j = 1; j <= nv; j++) if (V[j] != "apogee") P[++np] = V[j]

  # ---------------------------------------------------------------- ratios and geomeans
  for (i = 1; i <= nb; i++) {
    b = B[i]
    for (k = 1; k <= np; k++) {
      a = b SUBSEP "apogee"; q = b SUBSEP P[k]
      if (has_apogee && STATUS[a] == "ok" && STATUS[q] == "ok" && MED[q] > 0) {
        R[b, P[k]] = MED[a] / MED[q]
        LOGSUM[P[k]] += log(R[b, P[k]]); NR_OK[P[k]]++
      }
    }
  }
  for (k = 1; k <= np; k++) if (NR_OK[P[k]] > 0) GEO[P[k]] = exp(LOGSUM[P[k]] / NR_OK[P[k]])

  # ---------------------------------------------------------------- table (markdown)
  print ""
  hdr = "| benchmark | size |"; sep = "|---|---:|"
  for (j = 1; j <= nv; j++) { hdr = hdr " " LABEL[V[j]] " (s) |"; sep = sep "---:|" }
  if (has_apogee) for (k = 1; k <= np; k++) { hdr = hdr " apogee / " LABEL[P[k]] " |"; sep = sep "---:|" }
  print hdr; print sep
  for (i = 1; i <= nb; i++) {
    b = B[i]
    row = "| " b " | " SIZE[b] " |"
    for (j = 1; j <= nv; j++) {
      key = b SUBSEP V[j]
      row = row " " (STATUS[key] == "ok" ? fmt_time(MED[key]) : "FAILURE") " |"
    }
    if (has_apogee) for (k = 1; k <= np; k++)
      row = row " " ((b, P[k]) in R ? fmt_ratio(R[b, P[k]]) : "-") " |"
    print row
  }
  if (has_apogee && np > 0) {
    row = "| **geometric mean** | |"
    for (j = 1; j <= nv; j++) row = row " |"
    for (k = 1; k <= np; k++) row = row " **" (P[k] in GEO ? fmt_ratio(GEO[P[k]]) : "-") "** |"
    print row
  }
  print ""
  print "Times are medians of " reps " runs (after " warmup " warm-up); a ratio below 1 means Apogee is faster."
  # peak RSS
  print ""
  hdr = "| peak RSS (MiB) |"; sep = "|---|"
  for (j = 1; j <= nv; j++) { hdr = hdr " " LABEL[V[j]] " |"; sep = sep "---:|" }
  print hdr; print sep
  for (i = 1; i <= nb; i++) {
    b = B[i]; row = "| " b " |"
    for (j = 1; j <= nv; j++) {
      key = b SUBSEP V[j]
      row = row " " (STATUS[key] == "ok" ? sprintf("%.1f", RSS[key] / 1024) : "-") " |"
    }
    print row
  }

  # collector pauses
  np2 = 0
  for (i = 1; i <= nb; i++) if (B[i] in HASPAUSE) np2++
  if (np2 > 0) {
    print ""
    hdr = "| pauses (ms) |"; sep = "|---|"
    for (j = 1; j <= nv; j++) { hdr = hdr " " LABEL[V[j]] " |"; sep = sep "---:|" }
    print hdr; print sep
    for (i = 1; i <= nb; i++) {
      b = B[i]
      if (!(b in HASPAUSE)) continue
      row = "| " b ": longest allocation stall |"
      for (j = 1; j <= nv; j++) row = row " " ((b, V[j]) in STALL && STALL[b, V[j]] != "" ? STALL[b, V[j]] : "-") " |"
      print row
      if (has_apogee && STEP[b, "apogee"] != "") {
        row = "| " b ": longest collector step |"
        for (j = 1; j <= nv; j++) row = row " " (V[j] == "apogee" ? STEP[b, "apogee"] : "-") " |"
        print row
        row = "| " b ": collector steps over 1 ms |"
        for (j = 1; j <= nv; j++) row = row " " (V[j] == "apogee" ? SLOW[b, "apogee"] : "-") " |"
        print row
      }
    }
    print ""
    print "Medians over the timed runs. A stall is the CPU time of 10 allocations as the program measures it"
    print "(os.clock); a collector step is timed inside Apogee (APOGEE_GCSTATS)."
  }

  # ---------------------------------------------------------------- JSON
  printf "{\n" > json
  printf "  \"generated\": %s,\n", jstr(stamp) > json
  printf "  \"machine\": {\"cpu\": %s, \"cores\": %s, \"kernel\": %s},\n", jstr(cpu), jstr(cores), jstr(kernel) > json
  printf "  \"size\": %s, \"repetitions\": %d, \"warmup\": %d, \"elapsed_s\": %d,\n", jstr(size_kind), reps, warmup, elapsed > json
  printf "  \"vms\": [" > json
  for (j = 1; j <= nv; j++)
    printf "%s{\"id\": %s, \"label\": %s, \"version\": %s}", (j > 1 ? ", " : ""), jstr(V[j]), jstr(LABEL[V[j]]), jstr(VERSION[V[j]]) > json
  printf "],\n" > json
  printf "  \"geomean_ratio_apogee_to\": {" > json
  first = 1
  for (k = 1; k <= np; k++) if (P[k] in GEO) {
    printf "%s%s: %.4f", (first ? "" : ", "), jstr(P[k]), GEO[P[k]] > json; first = 0
  }
  printf "},\n" > json
  printf "  \"benchmarks\": [\n" > json
  for (i = 1; i <= nb; i++) {
    b = B[i]
    printf "    {\"name\": %s, \"size\": %s, \"results\": {", jstr(b), SIZE[b] + 0 > json
    for (j = 1; j <= nv; j++) {
      key = b SUBSEP V[j]
      printf "%s\n      %s: ", (j > 1 ? "," : ""), jstr(V[j]) > json
      if (STATUS[key] == "ok")
        printf "{\"status\": \"ok\", \"median_s\": %.6f, \"peak_rss_kb\": %d, \"times_s\": [%s]}", MED[key], RSS[key], TIMES[key] > json
      else
        printf "{\"status\": \"FAILURE\", \"detail\": %s}", jstr(DETAIL[key]) > json
    }
    printf "},\n      \"ratio_apogee_to\": {" > json
    first = 1
    for (k = 1; k <= np; k++) if ((b, P[k]) in R) {
      printf "%s%s: %.4f", (first ? "" : ", "), jstr(P[k]), R[b, P[k]] > json; first = 0
    }
    printf "}" > json
    if (b in HASPAUSE) {
      printf ",\n      \"pauses_ms\": {" > json
      first = 1
      for (j = 1; j <= nv; j++) if ((b, V[j]) in STALL && STALL[b, V[j]] != "") {
        printf "%s%s: {\"longest_stall\": %s%s}", (first ? "" : ", "), jstr(V[j]), STALL[b, V[j]],
               (STEP[b, V[j]] != "" ? ", \"longest_step\": " STEP[b, V[j]] ", \"steps_over_1ms\": " SLOW[b, V[j]] : "") > json
        first = 0
      }
      printf "}" > json
    }
    printf "}%s\n", (i < nb ? "," : "") > json
  }
  printf "  ]\n}\n" > json
  close(json)

  # ---------------------------------------------------------------- SVG chart
  # Horizontal bars on a log axis: each bar starts at ratio 1 and ends at Apogee's time divided
  # by the peer's time, so bars going left mean Apogee is faster and bars going right slower.
  colors["lua5.1"] = "#4e79a7"; colors["luajit-joff"] = "#f28e2b"; colors["luajit"] = "#e15759"
  lo = 1; hi = 1
  for (i = 1; i <= nb; i++) for (k = 1; k <= np; k++) if ((B[i], P[k]) in R) {
    r = R[B[i], P[k]]; if (r < lo) lo = r; if (r > hi) hi = r
  }
  # snap the axis to a 1-2-5 grid with some room
  nticks = 0
  for (e = -4; e <= 4; e++) { T[++nticks] = 10 ^ e; T[++nticks] = 2 * 10 ^ e; T[++nticks] = 5 * 10 ^ e }
  axlo = T[1]; for (t = 1; t <= nticks; t++) if (T[t] <= lo / 1.15) axlo = T[t]
  axhi = T[nticks]; for (t = nticks; t >= 1; t--) if (T[t] >= hi * 1.15) axhi = T[t]
  if (axlo >= 1) axlo = 0.5
  if (axhi <= 1) axhi = 2

  left = 150; plotw = 620; right = 70; top = 92
  barh = 9; gap = 12
  groups = nb + 1
  grouph = (np > 0 ? np : 1) * barh + gap
  ploth = groups * grouph
  width = left + plotw + right
  height = top + ploth + 46
  lx0 = log10(axlo); lx1 = log10(axhi)

  printf "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\" font-size=\"11\">\n", width, height, width, height > svg
  printf "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n" > svg
  printf "<text x=\"%d\" y=\"22\" font-size=\"15\" font-weight=\"bold\">Apogee time / peer time (log scale; left of 1 = Apogee faster)</text>\n", left - 130 > svg
  printf "<text x=\"%d\" y=\"40\" fill=\"#555\">%s, %s core(s); %s size; median of %d runs; %s</text>\n", left - 130, xml(cpu), cores, size_kind, reps, stamp > svg
  # legend
  lgx = left - 130
  for (k = 1; k <= np; k++) {
    printf "<rect x=\"%d\" y=\"52\" width=\"14\" height=\"10\" fill=\"%s\"/>\n", lgx, colors[P[k]] > svg
    printf "<text x=\"%d\" y=\"61\">apogee vs %s (geomean %s)</text>\n", lgx + 18, xml(LABEL[P[k]]), (P[k] in GEO ? fmt_ratio(GEO[P[k]]) : "-") > svg
    lgx += 230
  }
  # grid and axis labels
  for (t = 1; t <= nticks; t++) if (T[t] >= axlo * 0.999 && T[t] <= axhi * 1.001) {
    x = left + (log10(T[t]) - lx0) / (lx1 - lx0) * plotw
    printf "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" stroke-width=\"%s\"/>\n", x, top - 6, x, top + ploth, (T[t] == 1 ? "#000" : "#ddd"), (T[t] == 1 ? "1.2" : "1") > svg
    printf "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#444\">%g</text>\n", x, top - 10, T[t] > svg
    printf "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#444\">%g</text>\n", x, top + ploth + 14, T[t] > svg
  }
  x1 = left + (0 - lx0) / (lx1 - lx0) * plotw
  printf "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#444\">ratio (log scale)</text>\n", left + plotw / 2, top + ploth + 32 > svg
  for (g = 1; g <= groups; g++) {
    y0 = top + (g - 1) * grouph + gap / 2
    if (g % 2 == 0) printf "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#000\" fill-opacity=\"0.035\"/>\n", 4, y0 - gap / 2, width - 8, grouph > svg
    if (g <= nb) { b = B[g]; name = b; weight = "normal" } else { b = ""; name = "geometric mean"; weight = "bold" }
    printf "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" font-weight=\"%s\">%s</text>\n", left - 8, y0 + np * barh / 2 + 4, weight, name > svg
    failed = (g <= nb && STATUS[b SUBSEP "apogee"] != "ok")
    if (failed) {
      printf "<text x=\"%.1f\" y=\"%.1f\" fill=\"#c00\" font-weight=\"bold\">apogee FAILURE</text>\n", x1 + 6, y0 + np * barh / 2 + 4 > svg
      continue
    }
    for (k = 1; k <= np; k++) {
      if (g <= nb) { ok = ((b, P[k]) in R); r = R[b, P[k]] } else { ok = (P[k] in GEO); r = GEO[P[k]] }
      y = y0 + (k - 1) * barh
      if (!ok) {
        printf "<text x=\"%.1f\" y=\"%.1f\" fill=\"#c00\" font-size=\"9\">%s: no result</text>\n", x1 + 4, y + barh - 1, xml(LABEL[P[k]]) > svg
        continue
      }
      x = left + (log10(r) - lx0) / (lx1 - lx0) * plotw
      bx = (x < x1 ? x : x1); bw = (x < x1 ? x1 - x : x - x1); if (bw < 1) bw = 1
      printf "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s: apogee / %s = %s</title></rect>\n", bx, y, bw, barh - 1, colors[P[k]], (g <= nb ? b : "geometric mean"), xml(LABEL[P[k]]), fmt_ratio(r) > svg
      if (x >= x1) printf "<text x=\"%.1f\" y=\"%.1f\" font-size=\"9\" fill=\"#333\">%s</text>\n", x + 3, y + barh - 1, fmt_ratio(r) > svg
      else printf "<text x=\"%.1f\" y=\"%.1f\" font-size=\"9\" fill=\"#333\" text-anchor=\"end\">%s</text>\n", x - 3, y + barh - 1, fmt_ratio(r) > svg
    }
  }
  printf "</svg>\n" > svg
  close(svg)
}
