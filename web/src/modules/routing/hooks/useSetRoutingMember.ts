import { useSetRoutingMemberMutation } from '../../../__generated__/lazy';

/** Sets a user's availability and capacity for routing; the member list is read again. */
export function useSetRoutingMember() {
  const [mutate, { loading }] = useSetRoutingMemberMutation({
    refetchQueries: ['RoutingSettings'],
  });
  return {
    setMember: (userId: string, available: boolean, capacity: number | null) =>
      mutate({ variables: { userId, available, capacity } }),
    loading,
  };
}
