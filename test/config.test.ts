import { describe, expect, test } from "vitest";
import {
  ConfigError,
  loadPolicy,
  OPTION_WORDING,
  readGiven,
  resolveConfig,
  scanOptions,
} from "../src/core/config.js";

const files = (map: Record<string, string>) => (path: string) => map[path];
const option = (values: Record<string, string>) =>
  readGiven((name) => values[name], OPTION_WORDING);

describe("the configuration resolver", () => {
  test("given, then the policy file, then the default", async () => {
    const policy = await loadPolicy(
      {},
      files({ ".github/harden-units.ini": "profile = strict\nmax-exposure = 6\n" }),
    );
    expect(resolveConfig(option({ "max-exposure": "4" }), policy)).toMatchObject({
      profile: "strict",
      maxExposure: 4,
      failOn: "error",
    });
    expect(resolveConfig({}, policy)).toMatchObject({ profile: "strict", maxExposure: 6 });
    expect(resolveConfig({}, undefined)).toMatchObject({
      profile: "baseline",
      maxExposure: undefined,
      systemdVersions: [252],
    });
  });

  test("the fix options are the same whoever asks", () => {
    const config = resolveConfig(
      option({ profile: "strict", "dropin-name": "50-x.conf", "systemd-version": "257,254" }),
      undefined,
    );
    expect(scanOptions(config)).toEqual({
      systemdVersions: [254, 257],
      fix: { profile: "strict", dropinName: "50-x.conf", systemdVersions: [254, 257] },
    });
    expect(scanOptions(config, false)).toEqual({ systemdVersions: [254, 257] });
  });

  test("the policy file: the default one only if present, a given one must exist, and so must the JSON it names", async () => {
    expect(await loadPolicy({}, files({}))).toBeUndefined();
    await expect(loadPolicy(option({ config: "p.ini" }), files({}))).rejects.toThrow(
      new ConfigError("cannot read the policy file 'p.ini'"),
    );
    await expect(
      loadPolicy({}, files({ ".github/harden-units.ini": "security-policy = sp.json\n" })),
    ).rejects.toThrow(
      new ConfigError(
        "cannot read the security policy 'sp.json' named by .github/harden-units.ini",
      ),
    );
    const policy = await loadPolicy({}, async (p) =>
      p === "sp.json"
        ? new TextEncoder().encode('{"PrivateTmp": {"weight": 0}}')
        : p.endsWith(".ini")
          ? "security-policy = sp.json\n"
          : undefined,
    );
    expect(policy?.securityPolicy?.get("PrivateTmp")).toEqual({ weight: 0 });
  });

  test("a bad value given on the command line is one line in the command line's words", () => {
    expect(() => option({ "annotate-exposure": "11" })).toThrow(
      new ConfigError("--annotate-exposure takes a number from 0 to 10, or never, not '11'"),
    );
    expect(() => option({ fix: "maybe" })).toThrow(
      new ConfigError("--fix takes none, suggest, commit or pull-request, not 'maybe'"),
    );
  });
});
