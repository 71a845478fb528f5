/**
 * Legend entries in the page's text colour: recharts colours them like their series, which for
 * light series (#a5b4fc, #94a3b8) is 2-2.6:1 on white. The swatch beside each keeps the colour.
 */
export function legendText(value: string) {
  return <span style={{ color: 'var(--text)' }}>{value}</span>;
}
