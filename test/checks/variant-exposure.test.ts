/**
 * The online 252 exposure is worked out from the offline score, re-assessing only the checks the
 * online variant assesses differently (variantExposure): it must equal a full score as that
 * variant, for any unit and any security policy.
 */
import { expect, test } from "vitest";
import { scoreUnit, variantExposure, type SecurityPolicy } from "../../src/core/checks/score.js";
import { onlineVariant, releaseOf } from "../../src/core/release.js";
import { generateCase, Rng } from "../helpers/generate.js";
import { load } from "../helpers/units.js";

const online = onlineVariant(releaseOf(252))!;
const POLICIES: readonly (SecurityPolicy | undefined)[] = [
  undefined,
  new Map([["PrivateMounts", { weight: 0 }]]),
  new Map([["PrivateMounts", { weight: 3000, range: 4, description_good: "mounts: own" }]]),
  new Map([
    ["PrivateTmp", { weight: 0 }],
    ["ProtectHome", { weight: 50 }],
  ]),
];

test("variantExposure equals scoring the unit as the online variant, on 500 generated units", () => {
  const rng = new Rng(14);
  let differs = 0;
  let scored = 0;
  for (let i = 0; i < 500; i++) {
    const c = generateCase(rng);
    const unit = load(c.files, c.unit);
    if (unit.refusal || unit.name.type !== "service") continue;
    for (const policy of POLICIES) {
      const offline = scoreUnit(unit, policy);
      const full = scoreUnit({ ...unit, release: online }, policy).exposure;
      expect(variantExposure(offline, unit, online, policy)).toBe(full);
      if (full !== offline.exposure) differs++;
      scored++;
    }
  }
  // The corpus exercises the difference, not only units where both agree.
  expect(scored).toBeGreaterThan(1000);
  expect(differs).toBeGreaterThan(50);
});

test("a variant that assesses every check alike gives the score's own exposure", () => {
  const unit = load({ "u.service": "[Service]\nExecStart=/bin/true\nPrivateTmp=yes\n" });
  const offline = scoreUnit(unit);
  expect(variantExposure(offline, unit, unit.release)).toBe(offline.exposure);
  expect(variantExposure(offline, unit, online)).toBe(92);
});
