import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { releaseOf } from "../../src/core/release.js";
import { parseUnitFile } from "../../src/core/syntax/parser.js";
import { dropinDirNames, parseUnitName } from "../../src/core/units/names.js";
import {
  analysedName,
  beginLoad,
  copyLoad,
  findDropins,
  finishLoad,
  loadFromFiles,
  readFile,
} from "../../src/core/units/load.js";
import { copySettings } from "../../src/core/units/settings.js";
import { MemoryTree } from "../../src/core/units/tree.js";
import { load } from "../helpers/units.js";

describe("drop-in folders", () => {
  test.each([
    ["foo.service", ["foo.service.d", "service.d"]],
    ["a-b-c.service", ["a-b-c.service.d", "a-b-.service.d", "a-.service.d", "service.d"]],
    [
      "foo-bar@i.service",
      [
        "foo-bar@i.service.d",
        "foo-bar@.service.d",
        "foo-.service.d",
        "foo-@i.service.d",
        "foo-@.service.d",
        "service.d",
      ],
    ],
    ["-.mount", ["-.mount.d", "mount.d"]],
  ])("%s", (name, dirs) => expect(dropinDirNames(parseUnitName(name)!)).toEqual(dirs));

  test("all .conf files of all folders, by file name; the most specific folder wins a name", () => {
    const tree = new MemoryTree([
      ["d/foo.service", ""],
      ["d/foo.service.d/20-b.conf", ""],
      ["d/foo.service.d/10-a.conf", ""],
      ["d/foo.service.d/notes.txt", ""],
      ["d/foo.service.d/.hidden.conf", ""],
      ["d/service.d/20-b.conf", ""],
      ["d/service.d/05-c.conf", ""],
      ["other/service.d/01-x.conf", ""],
    ]);
    expect(findDropins(tree, "d", parseUnitName("foo.service")!)).toEqual([
      "d/service.d/05-c.conf",
      "d/foo.service.d/10-a.conf",
      "d/foo.service.d/20-b.conf",
    ]);
  });
});

describe("effective unit", () => {
  test("later drop-ins win single values, lists accumulate, empty assignments reset", () => {
    const u = load({
      "foo.service": "[Service]\nExecStart=/bin/true\nProtectSystem=full\nSupplementaryGroups=a\n",
      "foo.service.d/10-a.conf": "[Service]\nProtectSystem=strict\nSupplementaryGroups=b\n",
      "foo.service.d/20-b.conf": "[Service]\nSupplementaryGroups=\nSupplementaryGroups=c d\n",
    });
    expect(u.settings.protectSystem.value).toBe("strict");
    expect(u.settings.protectSystem.src?.file.path).toBe("foo.service.d/10-a.conf");
    expect(u.settings.supplementaryGroups.value).toEqual(["c", "d"]);
  });

  test("a template is analysed as instance i, and its specifiers expand to it", () => {
    const u = load({ "web@.service": "[Service]\nExecStart=/bin/true\nUser=%i-%p\n" });
    expect(u.name.name).toBe("web@i.service");
    expect(u.settings.user.value).toBe("i-web");
  });

  test("DynamicUser= implies the sandbox systemd forces, even over explicit weaker values", () => {
    const u = load({
      "svc.service":
        "[Service]\nExecStart=/bin/true\nDynamicUser=yes\nProtectSystem=full\nProtectHome=tmpfs\n",
    });
    const s = u.settings;
    expect([
      s.user.value,
      s.protectSystem.value,
      s.protectHome.value,
      s.bools.privateTmp.value,
      s.bools.noNewPrivileges.value,
    ]).toEqual(["svc", "strict", "tmpfs", true, true]);
  });

  test("a fatal error in a drop-in stops that drop-in, not the unit", () => {
    const u = load({
      "svc.service": "[Service]\nExecStart=/bin/true\n",
      "svc.service.d/x.conf": "[Service]\nPrivateTmp=yes\nUser=-1\nProtectSystem=strict\n",
    });
    expect(u.refusal).toBeNull();
    expect(u.settings.bools.privateTmp.value).toBe(true);
    expect(u.settings.protectSystem.value).toBe("no");
  });

  test.each([
    [
      "[Service]\nPrivateTmp=yes\n",
      "Service has no ExecStart=, ExecStop=, or SuccessAction=. Refusing.",
    ],
    [
      "[Service]\nExecStart=/a\nExecStart=/b\n",
      "Service has more than one ExecStart= setting, which is only allowed for Type=oneshot services. Refusing.",
    ],
    [
      "[Service]\nType=dbus\nExecStart=/a\n",
      "Service is of type D-Bus but no D-Bus service name has been specified. Refusing.",
    ],
    [
      "[Service]\nExecStart=/a\nUser=-1\n",
      "systemd refuses the unit: Invalid user/group name or numeric ID: -1",
    ],
    ["[Service\nExecStart=/a\n", "systemd refuses the unit: Invalid section header '[Service'"],
  ])("refusal: %j", (text, refusal) => expect(load({ "x.service": text }).refusal).toBe(refusal));

  test("a oneshot service may have several ExecStart= lines", () => {
    expect(
      load({ "x.service": "[Service]\nType=oneshot\nExecStart=/a\nExecStart=/b\n" }).refusal,
    ).toBeNull();
  });

  test("warnings carry systemd's own text and the line it names", () => {
    const u = load({
      "x.service":
        "[Service]\nExecStart=/a\nSystemCallArchitectures=amd64\nProtectSystem=strictt\n",
    });
    expect(u.warnings.map((w) => [w.reportLine + 1, w.systemdMessage])).toEqual([
      [3, 'Failed to parse system call architecture "amd64", ignoring: Invalid argument'],
      [4, "Failed to parse protect system value, ignoring: strictt"],
    ]);
  });
});

describe("a load resumed from a copy (the fix engine's trials)", () => {
  const fixtures = path.resolve(import.meta.dirname, "../fixtures");
  const services = readdirSync(fixtures, { recursive: true, encoding: "utf8" })
    .filter((p) => p.endsWith(".service"))
    .map((p) => path.join(fixtures, p));
  // Drop-ins that change what the fragment set (lists, sets, capabilities, filters), or break.
  const dropins = [
    "[Service]\nNoNewPrivileges=yes\nPrivateDevices=yes\nProtectKernelModules=yes\nProtectClock=yes\n",
    "[Service]\nCapabilityBoundingSet=~CAP_SYS_ADMIN\nAmbientCapabilities=CAP_NET_RAW\nSupplementaryGroups=adm\n",
    "[Service]\nSystemCallFilter=@system-service\nSystemCallFilter=~@privileged @resources\nSystemCallErrorNumber=EPERM\nSystemCallArchitectures=native\n",
    "[Service]\nRestrictAddressFamilies=AF_UNIX AF_INET\nRestrictNamespaces=~net user\nIPAddressDeny=any\nIPAddressAllow=localhost\n",
    "[Service]\nDynamicUser=yes\nDeviceAllow=/dev/null rw\nReadWritePaths=/var/lib/x\nLoadCredential=a:/b\nExecStartPre=/bin/true\n",
    "[Service]\nProtectSystem=bogus\nUser=\nExecStart=\n",
  ];

  test.each(services.map((p) => [path.relative(fixtures, p), p]))("%s", (_, file) => {
    const name = analysedName(path.basename(file))!;
    const fragment = parseUnitFile(path.basename(file), readFileSync(file));
    const before = beginLoad(name, fragment, releaseOf());
    for (const text of dropins) {
      const dropin = parseUnitFile("x.service.d/hardening.conf", text);
      const trial = copyLoad(before);
      readFile(trial, dropin);
      expect(finishLoad(trial)).toEqual(loadFromFiles(name, fragment, [dropin]));
    }
    // The trials left the copied load as it was.
    expect(finishLoad(copyLoad(before))).toEqual(loadFromFiles(name, fragment, []));
  });

  test("copySettings shares nothing the parsers change in place", () => {
    const unit = load({
      "x.service": `[Service]\nExecStart=/bin/app\n${dropins.slice(0, 5).join("")}`,
    });
    const shared: string[] = [];
    const walk = (a: unknown, b: unknown, at: string): void => {
      if (typeof a !== "object" || a === null) return;
      // Sources are never changed: shared on purpose.
      if ("file" in a && "assignment" in a) return;
      if (a === b) shared.push(at);
      if (a instanceof Map)
        for (const [k, v] of a) walk(v, (b as Map<unknown, unknown>).get(k), `${at}.${String(k)}`);
      else if (!(a instanceof Set) && !Array.isArray(a))
        for (const k of Object.keys(a))
          walk((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`);
    };
    const copy = copySettings(unit.settings);
    walk(unit.settings, copy, "settings");
    expect(shared).toEqual([]);
    expect(copy).toEqual(unit.settings);
  });
});
