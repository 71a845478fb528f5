import type { FeatureExtractor, FeatureSpec, RawValue } from '../../scoring/model/types';

/**
 * What a deal's win probability is computed from, all as of one moment (now for a live score,
 * the close for a training row; `dealFeaturesAsOf` builds it the same way for both).
 */
export type DealFeatureInput = {
  /** The open stage the deal was in; null when its history does not say. */
  stageName: string | null;
  daysInStage: number | null;
  /** The median of finished stays in that stage that ended before the moment; null when none. */
  stageMedianDays: number | null;
  ageDays: number;
  value: number;
  /** The median value of the pipeline's deals in the same currency created before the moment. */
  typicalValue: number | null;
  daysSinceActivity: number | null;
  /** Calls, emails, meetings and notes logged on the deal before the moment. */
  activityCount: number;
  meetingCount: number;
  healthScore: number | null;
  activeUsers: number | null;
  seats: number | null;
  usageTrend: number | null;
  /** The originating lead's score (0..100) as it stood then; null without a lead or a score. */
  leadScore: number | null;
  /** The owner's won ÷ closed deals before the moment; null below five closed deals. */
  ownerWinRate: number | null;
};

type DealFeature = FeatureSpec & { value: (input: DealFeatureInput) => RawValue };

const ratio = (a: number | null, b: number | null) =>
  a === null || b === null || !(b > 0) ? null : a / b;

const features: DealFeature[] = [
  { name: 'stage', label: 'Stage', kind: 'categorical', value: (d) => d.stageName },
  {
    name: 'daysInStageVsMedian',
    label: 'Days in stage ÷ stage median',
    kind: 'numeric',
    value: (d) => ratio(d.daysInStage, d.stageMedianDays),
  },
  { name: 'ageDays', label: 'Deal age (days)', kind: 'numeric', value: (d) => d.ageDays },
  {
    name: 'valueVsTypical',
    label: 'Value ÷ typical value',
    kind: 'numeric',
    value: (d) => ratio(d.value, d.typicalValue),
  },
  {
    name: 'daysSinceActivity',
    label: 'Days since last activity',
    kind: 'numeric',
    value: (d) => d.daysSinceActivity,
  },
  { name: 'activityCount', label: 'Activities', kind: 'numeric', value: (d) => d.activityCount },
  { name: 'meetingCount', label: 'Meetings', kind: 'numeric', value: (d) => d.meetingCount },
  {
    name: 'healthScore',
    label: 'Customer health',
    kind: 'numeric',
    value: (d) => d.healthScore,
  },
  {
    name: 'seatUsage',
    label: 'Seat usage (active ÷ seats)',
    kind: 'numeric',
    value: (d) => ratio(d.activeUsers, d.seats),
  },
  { name: 'usageTrend', label: 'Usage trend', kind: 'numeric', value: (d) => d.usageTrend },
  { name: 'leadScore', label: 'Lead score', kind: 'numeric', value: (d) => d.leadScore },
  {
    name: 'ownerWinRate',
    label: 'Owner win rate',
    kind: 'numeric',
    value: (d) => d.ownerWinRate,
  },
];

/** The deal model's features, in model order. */
export const dealFeatureExtractor: FeatureExtractor<DealFeatureInput> = {
  features: features.map(({ name, label, kind }) => ({ name, label, kind })),
  extract: (input) => features.map((f) => f.value(input)),
};
