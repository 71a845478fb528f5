import type { ObservableQuery } from '@apollo/client';

/**
 * What a planned activity's change shows up in, besides its own deal's or lead's next step (which
 * each mutation's answer updates in the cache): the lists of planned activities, My day, the
 * timelines (a completion is logged there) and the lead page's engagement counts. Only the ones
 * on screen are fetched again: a query its component skips (the lead timeline's twin on a deal
 * page) is on standby, and a refetch by name would otherwise send it with an empty id.
 */
export const plannedRefetch = {
  refetchQueries: [
    'DealPlannedActivities',
    'LeadPlannedActivities',
    'MyDay',
    'DealTimeline',
    'LeadTimeline',
    'LeadPage',
  ],
  awaitRefetchQueries: true,
  onQueryUpdated: (query: ObservableQuery) => query.options.fetchPolicy !== 'standby',
};
