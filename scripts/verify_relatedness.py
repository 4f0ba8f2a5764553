#!/usr/bin/env python3
"""Cross-check Chain Atlas's relatedness measures against the Harvard Growth Lab `ecomplexity` package.

Usage:
    verify_relatedness.py COUNTS.csv OURS.json [--tolerance 1e-9] [--result RESULT.json]

COUNTS.csv is long format with columns region,segment,count. Pairs that are missing count as 0, and
a region or segment listed in OURS.json but absent from the CSV (or present only with zeros) is an
all-zero row or column.

OURS.json holds the project's values: {"regions": [...], "segments": [...], "rca": [[...]],
"proximity": [[...]], "density": [[...]], "presence": [[...]] (optional)}, rows = regions in the
order given, columns = segments.

How the conventions were aligned (see also server/src/gaps/relatedness.ts):
- Zero totals. `ComplexityData.create_full_df` drops every location and product whose total value is
  zero, and `conform_to_original_data` merges them back with NaN measures. Ours keeps them, and the
  0/0 rule makes every RCA, presence, proximity (diagonal included) and density of theirs 0. So we
  compare on the regions and segments the package kept, and assert that ours are exactly 0 on the
  dropped rows and columns.
- Threshold. Both sides use `RCA >= 1` (the package's `np.where(x >= threshold, 1, 0)` after
  `nan_to_num`). RCA is computed in the same order, (x / row sum) / (column sum / total), so for
  integer counts it is bit-identical and RCA = 1 cannot fall on different sides of the threshold;
  presence is compared exactly, cell by cell.
- Diagonal. The package's `proximity()` returns the full square matrix, self-pairs included
  (v0.5.3 comments out the line that drops them; older docs say they are dropped), with 1 on the
  diagonal for kept products, which all have ubiquity >= 1 (a product with a positive total always
  has some location at RCA >= 1, because the total-weighted mean of its RCAs is 1). Missing
  self-pairs, if a version drops them, are filled with 1 before comparing.
- Density. `calc_density` divides by `nansum(phi, axis=1)` — the row sum of the target product —
  which ours does too; the diagonal phi = 1 is included on both sides.

Exits 0 when every measure agrees to the tolerance, 1 on any mismatch, 2 on bad input.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
import warnings

import numpy as np
import pandas as pd

import ecomplexity

COLS = {"time": "year", "loc": "region", "prod": "segment", "val": "count"}


def load_counts(csv_path: str, regions: list[str], segments: list[str]) -> np.ndarray:
    df = pd.read_csv(csv_path, dtype={"region": str, "segment": str})
    missing = {"region", "segment", "count"} - set(df.columns)
    if missing:
        raise ValueError(f"{csv_path}: missing columns {sorted(missing)}")
    unknown_r = set(df["region"]) - set(regions)
    unknown_s = set(df["segment"]) - set(segments)
    if unknown_r or unknown_s:
        raise ValueError(f"CSV names regions {sorted(unknown_r)[:5]} / segments {sorted(unknown_s)[:5]} not in JSON")
    if df.duplicated(["region", "segment"]).any():
        raise ValueError("CSV has duplicate region,segment pairs")
    wide = df.pivot(index="region", columns="segment", values="count")
    wide = wide.reindex(index=regions, columns=segments).fillna(0)
    x = wide.to_numpy(dtype=float)
    if not np.isfinite(x).all() or (x < 0).any():
        raise ValueError("counts must be finite and non-negative")
    # Integer counts stay integers so that the package's sums are the exact ones ours are.
    return x.astype(np.int64) if np.all(x == np.round(x)) else x


def run_package(x: np.ndarray, regions: list[str], segments: list[str]):
    """ecomplexity() and proximity() on the dense matrix, as long-format input with every pair."""
    rr, ss = np.meshgrid(np.arange(len(regions)), np.arange(len(segments)), indexing="ij")
    long = pd.DataFrame(
        {
            "year": 2024,
            "region": np.asarray(regions, dtype=object)[rr.ravel()],
            "segment": np.asarray(segments, dtype=object)[ss.ravel()],
            "count": x.ravel(),
        }
    )
    # The package prints the year and a log-supermodularity line to stdout and warns about ECI on
    # sparse matrices; none of that concerns RCA, proximity or density.
    with contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = ecomplexity.ecomplexity(long, COLS, presence_test="rca")
        prox = ecomplexity.proximity(long, COLS, presence_test="rca")
    return out, prox


def max_abs(a: np.ndarray, b: np.ndarray) -> float:
    if a.size == 0:
        return 0.0
    d = np.abs(a - b)
    if np.isnan(d).any():
        return float("inf")
    return float(d.max())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("counts_csv")
    parser.add_argument("ours_json")
    parser.add_argument("--tolerance", type=float, default=1e-9)
    parser.add_argument("--result", help="write a JSON summary here")
    args = parser.parse_args()

    try:
        with open(args.ours_json, encoding="utf-8") as f:
            ours = json.load(f)
        regions: list[str] = [str(r) for r in ours["regions"]]
        segments: list[str] = [str(s) for s in ours["segments"]]
        our = {k: np.asarray(ours[k], dtype=float) for k in ("rca", "proximity", "density")}
        if "presence" in ours:
            our["presence"] = np.asarray(ours["presence"], dtype=float)
        nr, ns = len(regions), len(segments)
        for k, shape in (("rca", (nr, ns)), ("density", (nr, ns)), ("proximity", (ns, ns)), ("presence", (nr, ns))):
            if k in our and our[k].shape != shape:
                raise ValueError(f"{k} is {our[k].shape}, expected {shape}")
        x = load_counts(args.counts_csv, regions, segments)
    except (OSError, KeyError, ValueError) as e:
        print(f"bad input: {e}", file=sys.stderr)
        return 2

    if x.sum() == 0:
        # The package has nothing left to compute on (and fails on an empty frame): every value of
        # ours must then be 0, which the dropped-rows check below asserts for all of them.
        kept_rows = pd.DataFrame(columns=["region", "segment", "rca", "density", "mcp"])
        prox = pd.DataFrame(columns=[f"{COLS['prod']}_1", f"{COLS['prod']}_2", "proximity"])
    else:
        try:
            out, prox = run_package(x, regions, segments)
        except Exception as e:  # noqa: BLE001 — any failure of the oracle is a failed check, reported
            print(f"MISMATCH:\n  ecomplexity failed: {type(e).__name__}: {e}")
            return 1
        # Kept = what the package computed on: rows of its output with a non-NaN RCA.
        kept_rows = out[out["rca"].notna()]
    kept_region_set, kept_segment_set = set(kept_rows["region"]), set(kept_rows["segment"])
    kept_r = [r for r in regions if r in kept_region_set]
    kept_s = [s for s in segments if s in kept_segment_set]
    ri = [regions.index(r) for r in kept_r]
    si = [segments.index(s) for s in kept_s]
    dropped_r = sorted(set(range(nr)) - set(ri))
    dropped_s = sorted(set(range(ns)) - set(si))

    problems: list[str] = []
    # The package's rule for dropping must be exactly "zero total", or alignment is meaningless.
    if dropped_r != [i for i in range(nr) if x[i].sum() == 0]:
        problems.append("package dropped regions other than the zero-total ones")
    if dropped_s != [j for j in range(ns) if x[:, j].sum() == 0]:
        problems.append("package dropped segments other than the zero-total ones")

    def theirs(col: str) -> np.ndarray:
        wide = kept_rows.pivot(index="region", columns="segment", values=col)
        return wide.reindex(index=kept_r, columns=kept_s).to_numpy(dtype=float)

    sub = np.ix_(ri, si)
    diffs: dict[str, float] = {
        "rca": max_abs(our["rca"][sub], theirs("rca")),
        "density": max_abs(our["density"][sub], theirs("density")),
    }

    prod1, prod2 = f"{COLS['prod']}_1", f"{COLS['prod']}_2"
    prox = prox.astype({prod1: str, prod2: str})
    prox_wide = prox.pivot(index=prod1, columns=prod2, values="proximity").reindex(index=kept_s, columns=kept_s)
    prox_np = prox_wide.to_numpy(dtype=float, copy=True)
    diag = np.diag(prox_np).copy()
    np.fill_diagonal(prox_np, np.where(np.isnan(diag), 1.0, diag))
    diffs["proximity"] = max_abs(our["proximity"][np.ix_(si, si)], prox_np)

    mismatched_presence = None
    if "presence" in our:
        mismatched_presence = int(np.sum(our["presence"][sub] != theirs("mcp")))
        if mismatched_presence:
            problems.append(f"presence differs in {mismatched_presence} cells")

    # Ours on dropped rows/columns must be exactly 0 — the 0/0 convention, nothing approximate.
    dropped_nonzero: dict[str, int] = {}
    region_seg_mask = np.zeros((nr, ns), dtype=bool)
    region_seg_mask[dropped_r, :] = True
    region_seg_mask[:, dropped_s] = True
    for k in ("rca", "density", "presence"):
        if k in our:
            dropped_nonzero[k] = int(np.count_nonzero(our[k][region_seg_mask]))
    seg_seg_mask = np.zeros((ns, ns), dtype=bool)
    seg_seg_mask[dropped_s, :] = True
    seg_seg_mask[:, dropped_s] = True
    dropped_nonzero["proximity"] = int(np.count_nonzero(our["proximity"][seg_seg_mask]))
    for k, n_bad in dropped_nonzero.items():
        if n_bad:
            problems.append(f"{k}: {n_bad} non-zero cells in rows/columns the package dropped")

    for k, d in diffs.items():
        if not d <= args.tolerance:
            problems.append(f"{k}: max abs difference {d:.3e} exceeds {args.tolerance:.0e}")

    print(f"ecomplexity {package_version()}, numpy {np.__version__}, pandas {pd.__version__}")
    print(f"matrix {nr} regions x {ns} segments; package kept {len(kept_r)} x {len(kept_s)} "
          f"(dropped zero-total regions {[regions[i] for i in dropped_r]}, segments {[segments[j] for j in dropped_s]})")
    print(f"presence cells: {int(x.size)}, present (ours): "
          f"{int(our['presence'].sum()) if 'presence' in our else 'n/a'}, mismatched: {mismatched_presence}")
    for k, d in diffs.items():
        print(f"max |ours - ecomplexity| {k:<10} {d:.3e}")
    print("OK" if not problems else "MISMATCH:\n  " + "\n  ".join(problems))

    if args.result:
        with open(args.result, "w", encoding="utf-8") as f:
            json.dump(
                {
                    "ok": not problems,
                    "maxAbsDiff": diffs,
                    "tolerance": args.tolerance,
                    "keptRegions": len(kept_r),
                    "keptSegments": len(kept_s),
                    "droppedRegions": [regions[i] for i in dropped_r],
                    "droppedSegments": [segments[j] for j in dropped_s],
                    "presenceMismatches": mismatched_presence,
                    "problems": problems,
                    "versions": {"ecomplexity": package_version(), "numpy": np.__version__, "pandas": pd.__version__},
                },
                f,
                indent=2,
            )
    return 0 if not problems else 1


def package_version() -> str:
    from importlib.metadata import version

    return version("ecomplexity")


if __name__ == "__main__":
    sys.exit(main())
