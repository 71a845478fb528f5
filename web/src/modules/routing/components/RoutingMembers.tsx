import type { RoutingSettings_SettingsFragment } from '../../../__generated__/lazy';
import { EmptyState } from '../../../ui/EmptyState';
import { MemberRow } from './MemberRow';

/** Every user's availability and capacity for round-robin routing. */
export function RoutingMembers({
  members,
}: {
  members: RoutingSettings_SettingsFragment['members'];
}) {
  if (!members.length) return <EmptyState title="No users to route to yet" />;
  return (
    <div className="table-wrap">
      <table className="table routing-members">
        <caption className="visually-hidden">Routing availability and capacity per user</caption>
        <thead>
          <tr>
            <th scope="col">User</th>
            <th scope="col">Routing</th>
            <th scope="col">Open leads</th>
            <th scope="col">Capacity</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <MemberRow key={m.user.id} member={m} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
