// Which organisations a build holds: every one, or only those `GUIDE_ORGS` names
// (`GUIDE_ORGS=vbc npm run build`, ids separated by commas), so that an organisation can host
// a guide of its own staff's situations only. Everything built from the organisation folders
// (texts, machines, search, diagrams) follows `organisationFolders()` (./machine-files.ts);
// the registry the browser reads follows ./vite/guide-orgs.ts.

/** The ids `GUIDE_ORGS` names, checked against the existing ones; undefined when it is not set. */
export function guideOrganisations(existing: readonly string[], value = process.env.GUIDE_ORGS): string[] | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const asked = value.split(',').map((id) => id.trim()).filter(Boolean);
  const unknown = asked.filter((id) => !existing.includes(id));
  if (unknown.length) throw new Error(`GUIDE_ORGS: no organisation ${unknown.join(', ')} (there are ${existing.join(', ')})`);
  return existing.filter((id) => asked.includes(id));
}

/** Where the build writes the site: `dist/`, or `GUIDE_OUT_DIR` (the single-organisation build test builds beside it). */
export const outDir = () => process.env.GUIDE_OUT_DIR ?? 'dist';
