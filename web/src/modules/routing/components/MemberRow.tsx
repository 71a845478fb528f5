import { useEffect, useId, useState } from 'react';
import type { RoutingSettings_SettingsFragment } from '../../../__generated__/lazy';
import { errorMessage } from '../../../lib/graphqlErrors';
import { useToast } from '../../../ui/useToast';
import { useSetRoutingMember } from '../hooks/useSetRoutingMember';

type Member = RoutingSettings_SettingsFragment['members'][number];

/** A user's availability (saved on toggle) and round-robin capacity (saved on Save). */
export function MemberRow({ member }: { member: Member }) {
  const id = useId();
  const [capacity, setCapacity] = useState(member.capacity == null ? '' : String(member.capacity));
  const [error, setError] = useState<string>();
  const { setMember, loading } = useSetRoutingMember();
  const toast = useToast();
  useEffect(
    () => setCapacity(member.capacity == null ? '' : String(member.capacity)),
    [member.capacity],
  );
  const name = member.user.name;

  const save = async (available: boolean, text: string) => {
    const trimmed = text.trim();
    if (trimmed && !/^\d+$/.test(trimmed)) {
      setError('Enter a whole number of open leads, or leave it blank for no cap.');
      return;
    }
    setError(undefined);
    try {
      await setMember(member.user.id, available, trimmed ? Number(trimmed) : null);
      toast.show(
        `Saved ${name}: ${available ? 'available' : 'away'}, ${trimmed ? `up to ${trimmed} open leads` : 'no cap'}.`,
        'success',
      );
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <tr data-member={name}>
      <th scope="row">{name}</th>
      <td>
        <label className="filters__check">
          <input
            type="checkbox"
            checked={member.available}
            disabled={loading}
            onChange={(e) => void save(e.target.checked, capacity)}
          />{' '}
          Available<span className="visually-hidden"> for routing: {name}</span>
        </label>
      </td>
      <td>{member.openLeads}</td>
      <td>
        <div className="routing-capacity">
          <label htmlFor={`${id}-cap`} className="visually-hidden">
            Capacity of {name} (open leads)
          </label>
          <input
            id={`${id}-cap`}
            inputMode="numeric"
            size={5}
            value={capacity}
            placeholder="no cap"
            aria-invalid={Boolean(error)}
            aria-describedby={error ? `${id}-err` : undefined}
            onChange={(e) => setCapacity(e.target.value)}
          />
          <button
            type="button"
            className="button button--small"
            disabled={
              loading || capacity === (member.capacity == null ? '' : String(member.capacity))
            }
            onClick={() => void save(member.available, capacity)}
          >
            Save<span className="visually-hidden"> capacity of {name}</span>
          </button>
        </div>
        {error && (
          <span id={`${id}-err`} className="field__error" role="alert">
            {error}
          </span>
        )}
      </td>
    </tr>
  );
}
