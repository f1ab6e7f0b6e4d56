/** Settings newer than the oldest systemd the units must run on. */
import type { Finding } from "../findings.js";
import { ruleFinding } from "./rules.js";
import type { UnitFile } from "../syntax/parser.js";
import { SETTING_VERSIONS, VALUE_VERSIONS } from "../data/versions.js";

export function versionFindings(files: readonly UnitFile[], known: ReadonlySet<string>, target: number): Finding[] {
  if (target >= 252) return [];
  const findings: Finding[] = [];
  for (const file of files) {
    for (const a of file.assignments) {
      if (!known.has(a.section)) continue;
      const since = SETTING_VERSIONS.get(a.key);
      if (since !== undefined && since !== null && since > target) {
        findings.push(ruleFinding("newer-than-target", { path: file.path, file, span: a.keySpan },
          `${a.key}= came with systemd ${since}, newer than the target ${target}: systemd ${target} ignores it as an unknown key, so the protection is missing there; raise systemd-version or drop the setting`,
        ));
        continue;
      }
      const valueSince = VALUE_VERSIONS.get(`${a.key}=${a.value}`);
      if (valueSince !== undefined && valueSince > target) {
        findings.push(ruleFinding("newer-than-target", { path: file.path, file, span: a.valueSpan },
          `${a.key}=${a.value} came with systemd ${valueSince}, newer than the target ${target}: systemd ${target} rejects the value and ignores the line; use a value it knows or raise systemd-version`,
        ));
      }
    }
  }
  return findings;
}
