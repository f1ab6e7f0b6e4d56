/** User and group names as User= and SupplementaryGroups= accept them. */

/** parse_uid(): a decimal uid without sign or leading zero, not -1 and not 65535. */
function isNumericUid(s: string): boolean {
  if (!/^(0|[1-9][0-9]*)$/.test(s)) return false;
  const n = Number(s);
  return n < 4294967295 && n !== 65535;
}

/** valid_user_group_name() with VALID_USER_RELAX|VALID_USER_ALLOW_NUMERIC: what User= accepts. */
export function isRelaxedUserName(s: string): boolean {
  if (s === "") return false;
  if (isNumericUid(s)) return true;
  if (s.startsWith(" ") || s.endsWith(" ")) return false;
  // eslint-disable-next-line no-control-regex -- valid_user_group_name() refuses control characters
  if (/[\x00-\x08\x0b-\x1f\x7f-\x9f]/.test(s)) return false;
  if (s.includes(":") || s.includes("/")) return false;
  if (/^[0-9]+$/.test(s) || /^-[0-9]*$/.test(s)) return false;
  return s !== "." && s !== "..";
}
