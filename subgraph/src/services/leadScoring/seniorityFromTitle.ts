export type Seniority = 'c_level' | 'vp' | 'director' | 'manager' | 'individual';

// Order matters: "VP of Product Management" is a VP, "Director, Sales Operations" a director.
const RULES: [RegExp, Seniority][] = [
  [/\b(ceo|cto|cfo|coo|cmo|cio|cro|chief|founder|co-founder|owner|president)\b/i, 'c_level'],
  [/\b(vp|svp|evp|vice president|head of)\b/i, 'vp'],
  [/\b(director)\b/i, 'director'],
  [/\b(manager|lead|supervisor)\b/i, 'manager'],
];

/** Seniority of a contact from their job title; null when there is no title. */
export function seniorityFromTitle(title: string | null | undefined): Seniority | null {
  const text = title?.trim();
  if (!text) return null;
  for (const [pattern, seniority] of RULES) if (pattern.test(text)) return seniority;
  return 'individual';
}
