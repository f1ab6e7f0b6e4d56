import pkg from "../package.json" with { type: "json" };

/** The version of harden-units, from package.json (inlined by the bundler). */
export const VERSION: string = pkg.version;

/** Where users read about harden-units (SARIF's informationUri, links in reports). */
export const INFORMATION_URI = "https://github.com/harden-units/harden-units";
