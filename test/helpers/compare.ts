/** Compares the engine's score of one unit with the oracle's, row by row. */
import { formatExposure, type Score } from "../../src/core/checks/score.js";
import { NA, type OracleResult } from "./oracle.js";

export function compareWithOracle(score: Score | null, oracle: OracleResult): string[] {
  if (oracle.rows === null || score === null) {
    return (oracle.rows === null) === (score === null)
      ? []
      : [`refused: engine ${score === null}, systemd ${oracle.rows === null}`];
  }
  const diffs: string[] = [];
  if (formatExposure(score.exposure) !== oracle.exposure)
    diffs.push(`exposure ${formatExposure(score.exposure)} != ${oracle.exposure}`);
  if (score.rows.length !== oracle.rows.length)
    diffs.push(`rows ${score.rows.length} != ${oracle.rows.length}`);
  oracle.rows.forEach((o, i) => {
    const r = score.rows[i];
    if (!r) return;
    const mine = {
      name: r.check.name,
      json_field: r.check.id,
      description: r.description,
      badness: r.badness === null ? NA : r.badness,
      weight: r.weight,
      range: r.range,
      exposure: r.exposure === null ? null : formatExposure(r.exposure),
      set: r.set,
    };
    for (const k of Object.keys(mine) as (keyof typeof mine)[]) {
      if (mine[k] !== o[k])
        diffs.push(
          `row ${i} ${o.name} ${k}: ${JSON.stringify(mine[k])} != ${JSON.stringify(o[k])}`,
        );
    }
  });
  return diffs;
}
