import type { WinChance_DealFragment } from '../../../__generated__/graphql';
import './winChance.css';

/**
 * A deal's chance of being won, compact for its card: "62%" from the deal model, a dashed "30%"
 * when it is the stage's rate; the tooltip and the screen reader say which.
 */
export function WinChance({ deal }: { deal: WinChance_DealFragment }) {
  const win = deal.winProbability;
  if (!win) return null;
  const percent = Math.round(win.probability * 100);
  const fromModel = win.source === 'MODEL';
  return (
    <span
      className={`win-chance ${fromModel ? '' : 'win-chance--stage'}`}
      title={`Chance to win: ${win.basis}`}
      data-testid="win-chance"
    >
      <span aria-hidden="true">{percent}%</span>
      <span className="visually-hidden">
        {percent}% chance to win{fromModel ? '' : " (the stage's rate)"}
      </span>
    </span>
  );
}
