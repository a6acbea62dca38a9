"""Tables and target checks for speed.py's measurements."""
import os

# The targets of issue 6.
SYNTAX_RATIO = 1.2      # pooltrack cold <= 1.2 x clang -fsyntax-only
WARM_RATIO = 0.05       # warm re-run <= 5% of cold
RSS_MB = 300            # per worker


def _ratio(a, b):
    return a / b if b > 0 else float("inf")


def report(rows, whole, db_path):
    lines, missed = [], []
    in_run = whole["cold-j1"].get("parse_times", {})
    for r in rows:   # the TU's worker inside the whole -j1 run (shared PCH loaded)
        r["run"] = {"cpu": in_run.get(r["file"], float("nan")), "wall": 0.0}
    root = os.path.commonpath([r["file"] for r in rows]) if rows else ""
    w = max([len(os.path.relpath(r["file"], root)) for r in rows] + [8])
    hdr = "%-*s %7s %7s %7s %7s %7s %8s %6s %6s %6s %5s" % (
        w, "TU", "in-run", "cold", "warm", "syntax", "analyze", "cppcheck", "r/ana", "c/ana", "RSS", "errs")
    lines += ["CPU seconds per TU (user+sys); in-run = the TU's worker in the whole cold -j1 run",
              "(shared precompiled headers loaded; building them is counted apart); cold = the TU",
              "alone in its own run (--no-cache: nothing to share); RSS = peak MB of pooltrack's",
              "largest process", hdr]
    slower_than_csa, slower_alone = [], []
    for r in rows:
        c = {k: r[k]["cpu"] for k in ("run", "cold", "warm", "syntax", "analyze", "cppcheck")}
        lines.append("%-*s %7.3f %7.3f %7.3f %7.3f %7.3f %8.3f %6.2f %6.2f %6.0f %5d" % (
            w, os.path.relpath(r["file"], root), c["run"], c["cold"], c["warm"], c["syntax"], c["analyze"],
            c["cppcheck"], _ratio(c["run"], c["analyze"]), _ratio(c["cold"], c["analyze"]),
            r["cold"]["rss"], r["errors"]))
        if r["errors"] == 0 and not c["run"] <= c["analyze"]:
            slower_than_csa.append(os.path.relpath(r["file"], root))
        if r["errors"] == 0 and c["cold"] > c["analyze"]:
            slower_alone.append(os.path.relpath(r["file"], root))
    tot = {k: sum(r[k]["cpu"] for r in rows) for k in ("cold", "warm", "syntax", "analyze", "cppcheck")}
    wall = {k: sum(r[k]["wall"] for r in rows) for k in tot}
    clean = [r for r in rows if r["errors"] == 0]
    n = max(len(rows), 1)
    lines.append("")
    lines.append("Totals over %d TUs (%s)" % (len(rows), db_path))
    lines.append("  %-34s %9s %9s %9s" % ("", "CPU s", "wall s", "s/TU"))
    names = {"cold": "pooltrack cold (one run per TU)", "warm": "pooltrack warm (one run per TU)",
             "syntax": "clang -fsyntax-only (parse limit)", "analyze": "clang --analyze (ownership)",
             "cppcheck": "cppcheck --library=windows"}
    for k in tot:
        lines.append("  %-34s %9.2f %9.2f %9.3f" % (names[k], tot[k], wall[k], tot[k] / n))
    for k, v in whole.items():
        lines.append("  %-34s %9.2f %9.2f %9.3f   peak RSS %.0f MB, exit %d" % (
            "pooltrack whole run " + k, v["cpu"], v["wall"], v["cpu"] / n, v["rss"], v["rc"]))
    pch = whole["cold-j1"].get("pch", {})
    in_run_tot = sum(r["run"]["cpu"] for r in rows if r["run"]["cpu"] == r["run"]["cpu"])
    lines.append("  whole cold -j1: TU workers %.2f s, %d shared precompiled headers built in %.2f s,"
                 " %d TUs loaded one" % (in_run_tot, pch.get("built", 0), pch.get("cpu_seconds", 0.0),
                                         pch.get("translation_units", 0)))
    rs = _ratio(whole["cold-j1"]["cpu"], tot["syntax"])
    rs_alone = _ratio(tot["cold"], tot["syntax"])
    ra = _ratio(sum(r["run"]["cpu"] for r in clean), sum(r["analyze"]["cpu"] for r in clean))
    ra_alone = _ratio(sum(r["cold"]["cpu"] for r in clean), sum(r["analyze"]["cpu"] for r in clean))
    rw = _ratio(whole["warm-j1"]["cpu"], whole["cold-j1"]["cpu"])
    rwt = _ratio(tot["warm"], tot["cold"])
    peak = max([r["cold"]["rss"] for r in rows] + [v["rss"] for v in whole.values()])
    lines.append("")
    lines.append("Ratios (CPU)")
    lines.append("  pooltrack whole cold -j1 / clang -fsyntax-only  %.2f  (target <= %.1f)" % (rs, SYNTAX_RATIO))
    lines.append("  pooltrack one run per TU / clang -fsyntax-only  %.2f" % rs_alone)
    lines.append("  pooltrack in-run / clang --analyze        %.2f  on the %d TUs clang analysed" % (ra, len(clean)))
    lines.append("  pooltrack one run per TU / --analyze      %.2f" % ra_alone)
    lines.append("  TUs where pooltrack (in-run) is slower than --analyze: %d of %d" % (len(slower_than_csa), len(clean)))
    lines.append("  TUs where pooltrack alone is slower than --analyze:    %d of %d" % (len(slower_alone), len(clean)))
    lines.append("  TUs clang --analyze skipped (parse errors): %d of %d" % (len(rows) - len(clean), len(rows)))
    lines.append("  warm / cold, whole run -j1                 %.3f  (target <= %.2f)" % (rw, WARM_RATIO))
    lines.append("  warm / cold, one run per TU                %.3f  (process start and link per TU)" % rwt)
    lines.append("  cppcheck / pooltrack cold                  %.2f" % _ratio(tot["cppcheck"], tot["cold"]))
    lines.append("  peak RSS of any pooltrack process          %.0f MB  (target <= %d)" % (peak, RSS_MB))
    if rs > SYNTAX_RATIO:
        missed.append("pooltrack's whole run is %.2fx clang -fsyntax-only on the same TUs (target %.1fx)" % (rs, SYNTAX_RATIO))
    if slower_than_csa:
        missed.append("pooltrack (in-run) slower than clang --analyze on %d TU(s): %s" % (
            len(slower_than_csa), ", ".join(slower_than_csa[:8]) + (" ..." if len(slower_than_csa) > 8 else "")))
    if rw > WARM_RATIO:
        missed.append("warm re-run is %.1f%% of the cold one (target %.0f%%)" % (100 * rw, 100 * WARM_RATIO))
    if peak > RSS_MB:
        missed.append("peak RSS %.0f MB (target %d MB per worker)" % (peak, RSS_MB))
    return "\n".join(lines), missed
